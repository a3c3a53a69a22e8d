using System;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

/// <summary>What a failing test prints for a key: its tags and related keys as values, not as type names.</summary>
public class ToStringTests
{
    private static readonly DateTimeOffset s_now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void KeyTagCollection_ToString_ListsTheTagsInOrderOfKey()
    {
        var key = KeyTransitions.TagResource(KmsKey.Create(KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"), s_now),
            [new KeyTag("team", "payments"), new KeyTag("env", "")]).AsT0;

        key.Tags.ToString().ShouldBe("[env=, team=payments]");
        KeyTagCollection.Empty.ToString().ShouldBe("[]");
        key.ToString().ShouldContain("Tags = [env=, team=payments]");
    }

    [Fact]
    public void KmsKey_ToString_ShowsTheMultiRegionConfigurationWithItsReplicas()
    {
        var primary = KmsKey.Create(KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"), s_now);
        var replication = KeyTransitions.ReplicateKey(primary, AwsRegion.Parse("eu-west-1"), null, null, s_now).AsT0;

        replication.Primary.ToString().ShouldContain(
            "MultiRegionConfiguration = MultiRegionConfiguration { KeyType = Primary, PrimaryKey = arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab, "
            + "ReplicaKeys = [arn:aws:kms:eu-west-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab] }");
        replication.Primary.ToString().ShouldNotContain("ImmutableArray");
    }

    [Fact]
    public void KeyCreationRequest_ToString_ShowsEveryMemberAndTheTags() =>
        new KeyCreationRequest { Description = "d", MultiRegion = true, Tags = [new KeyTag("a", "1"), new KeyTag("b", "2")] }.ToString().ShouldBe(
            "KeyCreationRequest { Description = \"d\", KeyUsage = null, KeySpec = SymmetricDefault, Origin = AwsKms, MultiRegion = True, "
            + "CustomKeyStoreId = null, KeyManager = Customer, Tags = [a=1, b=2] }");
}
