using System;
using System.Collections.Generic;

namespace KeyLifecycle.Testing.Conformance;

/// <summary>How <see cref="ConformanceSuite"/> searches: how many scenarios, from which seed, with which keys and identifiers.</summary>
/// <remarks>Every property has a default that suits an in-process implementation and a local emulator alike.</remarks>
public sealed record ConformanceOptions
{
    /// <summary>Gets the number of random scenarios each search round runs before it declares the implementation conforming; the default is 100.</summary>
    public int MaxTest { get; init; } = 100;

    /// <summary>Gets the seed of the search; <see langword="null"/> (the default) picks one at random, which the report shows so the run can be replayed.</summary>
    /// <remarks>The same seed against an implementation that answers the same way finds the same faults with the same sequences.</remarks>
    public ulong? Seed { get; init; }

    /// <summary>Gets the most distinct faults to look for; the default is 20. Each fault found costs one more search round.</summary>
    public int MaxFaults { get; init; } = 20;

    /// <summary>Gets the most lifecycle calls in one scenario, after its keys are created; the default is 12.</summary>
    public int MaxSteps { get; init; } = 12;

    /// <summary>Gets the most keys one scenario creates; the default is 2.</summary>
    public int MaxKeys { get; init; } = 2;

    /// <summary>Gets the origins of the keys scenarios create; the default is <c>AWS_KMS</c> and <c>EXTERNAL</c>, the two an endpoint can create without a custom key store.</summary>
    public IReadOnlyList<KeyOrigin> Origins { get; init; } = [KeyOrigin.AwsKms, KeyOrigin.External];

    /// <summary>Gets a value indicating whether scenarios create multi-Region keys too; the default is <see langword="true"/>.</summary>
    public bool MultiRegionKeys { get; init; } = true;

    /// <summary>Gets a value indicating whether steps name keys in the wrong ways too (other Regions, partitions and accounts, malformed and truncated ARNs, aliases, malformed, empty, missing and over-long key IDs); the default is <see langword="true"/>.</summary>
    public bool IdentifierChecks { get; init; } = true;

    /// <summary>Gets a value indicating whether <c>ScheduleKeyDeletion</c> is sometimes sent a waiting period outside 7..30 days; the default is <see langword="true"/>.</summary>
    public bool InvalidWindows { get; init; } = true;

    /// <summary>
    /// Gets a value indicating whether scenarios call <c>Encrypt</c>, <c>GenerateDataKey</c> and <c>Decrypt</c> too, when the
    /// adapter is an <see cref="IKmsCryptographyAdapter"/>; the default is <see langword="true"/>. With any other adapter
    /// the suite leaves them out.
    /// </summary>
    public bool CryptographicOperations { get; init; } = true;

    /// <summary>Gets a callback told of progress (a line per round and per fault found), or <see langword="null"/> for none.</summary>
    public Action<string>? Progress { get; init; }
}
