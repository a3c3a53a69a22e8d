using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Testing.Tests.Generators;

/// <summary>The identifier generators, registered the way users register them, produce only values the specification calls valid.</summary>
[Properties(Arbitrary = [typeof(KmsArbitraries)], MaxTest = 300)]
public class IdentifierGeneratorTests
{
    [Property]
    public bool KeyId_IsAUuidOrAnMrkId(KeyId keyId)
    {
        var text = keyId.ToString();
        return keyId.IsMultiRegion
            ? Oracles.MultiRegionKeyId().IsMatch(text) && Guid.TryParseExact(text["mrk-".Length..], "N", out _)
            : Oracles.SingleRegionKeyId().IsMatch(text) && Guid.TryParseExact(text, "D", out _);
    }

    [Property]
    public Property KeyIds_ComeInBothKinds(KeyId keyId) =>
        true.ToProperty().Classify(keyId.IsMultiRegion, "multi-Region").Classify(!keyId.IsMultiRegion, "single-Region");

    [Property]
    public bool KeyArn_MatchesTheArnFormatWithARegionOfItsPartition(KeyArn arn)
    {
        var match = Oracles.KeyArn().Match(arn.ToString());
        return match.Success
            && Oracles.RegionBelongsTo(match.Groups["region"].Value, match.Groups["partition"].Value)
            && KeyArn.Parse(arn.ToString()) == arn;
    }

    [Property]
    public bool AliasName_MatchesTheModelPattern(AliasName name) =>
        Oracles.AliasName().IsMatch(name.ToString()) && name.ToString().Length <= 256;

    [Property]
    public bool AliasArn_MatchesTheArnFormatWithARegionOfItsPartition(AliasArn arn)
    {
        var match = Oracles.AliasArn().Match(arn.ToString());
        return match.Success && Oracles.RegionBelongsTo(match.Groups["region"].Value, match.Groups["partition"].Value);
    }

    [Property]
    public bool AccountId_IsTwelveDigits(AwsAccountId account) => Oracles.AccountId().IsMatch(account.ToString());

    [Property]
    public bool Region_BelongsToItsPartition(AwsRegion region) =>
        region.Partition is { } partition && Oracles.RegionBelongsTo(region.ToString(), partition.ToString());

    [Property]
    public bool Caller_RegionBelongsToItsPartition(KmsCaller caller) => Oracles.RegionBelongsTo(caller.Region.ToString(), caller.Partition.ToString());

    [Fact]
    public void KeyArns_CoverEveryPartition()
    {
        var partitions = Gen.Sample(KmsGen.KeyArns, 2000).Select(arn => arn.Partition).Distinct().ToArray();

        partitions.ShouldBe(AwsPartition.All, ignoreOrder: true);
    }

    [Fact]
    public void RegionsIn_EveryPartition_GivesOnlyThatPartitionsRegions()
    {
        foreach (var partition in AwsPartition.All)
        {
            Gen.Sample(KmsGen.RegionsIn(partition), 50).ShouldAllBe(region => Oracles.RegionBelongsTo(region.ToString(), partition.ToString()));
        }
    }
}
