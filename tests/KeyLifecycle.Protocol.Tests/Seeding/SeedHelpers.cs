using System;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Seeding;
using Shouldly;

namespace KeyLifecycle.Protocol.Tests.Seeding;

internal static class SeedHelpers
{
    public static KmsCaller Defaults { get; } = KmsCaller.Create(AwsRegion.Parse(KmsTestServer.Region), AwsAccountId.Parse(KmsTestServer.AccountId));

    /// <summary>Applies <paramref name="json"/> to the server's store at its clock's time, as the emulator does at start.</summary>
    public static KmsSeedApplied Seed(KmsTestServer kms, string json)
    {
        var result = Apply(kms, json);
        result.IsT0.ShouldBeTrue(result.IsT1 ? $"The seed was refused:{Environment.NewLine}{result.AsT1}" : null);
        return result.AsT0;
    }

    public static OneOf.OneOf<KmsSeedApplied, KmsSeedRefusal> Apply(KmsTestServer kms, string json)
    {
        var parsed = KmsSeed.Parse(json);
        return parsed.IsT1 ? parsed.AsT1 : parsed.AsT0.ApplyTo(kms.Store, Defaults, kms.Clock.GetUtcNow());
    }
}
