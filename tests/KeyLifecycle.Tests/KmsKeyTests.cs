using System;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

public class KmsKeyTests
{
    [Fact]
    public void Create_SingleRegionArn_IsAnEnabledSymmetricCustomerKeyWithMaterial()
    {
        var key = KmsKey.Create(KeyArn.Parse("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"), TestKeys.Created);

        key.State.ShouldBe(KeyState.Enabled);
        key.Enabled.ShouldBeTrue();
        key.KeySpec.ShouldBe(KeySpec.SymmetricDefault);
        key.KeyUsage.ShouldBe(KeyUsage.EncryptDecrypt);
        key.Origin.ShouldBe(KeyOrigin.AwsKms);
        key.KeyManager.ShouldBe(KeyManager.Customer);
        key.HasKeyMaterial.ShouldBeTrue();
        key.Description.ShouldBe("");
        key.MultiRegion.ShouldBeFalse();
        key.MultiRegionConfiguration.ShouldBeNull();
        key.DeletionDate.ShouldBeNull();
        key.CreationDate.ShouldBe(TestKeys.Created);
        key.KeyId.ToString().ShouldBe("1234abcd-12ab-34cd-56ef-1234567890ab");
        key.AccountId.ToString().ShouldBe("111122223333");
        key.Region.ToString().ShouldBe("us-west-2");
    }

    [Fact]
    public void Create_MultiRegionArn_IsAPrimaryWithNoReplicas()
    {
        var arn = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab");

        var key = KmsKey.Create(arn, TestKeys.Created);

        key.MultiRegion.ShouldBeTrue();
        key.MultiRegionConfiguration.ShouldNotBeNull();
        key.MultiRegionConfiguration.KeyType.ShouldBe(MultiRegionKeyType.Primary);
        key.MultiRegionConfiguration.PrimaryKey.ShouldBe(arn);
        key.MultiRegionConfiguration.ReplicaKeys.ShouldBeEmpty();
    }

    [Fact]
    public void Create_DefaultArn_Throws() =>
        Should.Throw<ArgumentException>(() => KmsKey.Create(default(KeyArn), TestKeys.Created));
}
