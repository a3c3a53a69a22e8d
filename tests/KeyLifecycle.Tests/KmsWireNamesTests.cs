using System;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

public class KmsWireNamesTests
{
    [Theory]
    [InlineData(KeySpec.SymmetricDefault, "SYMMETRIC_DEFAULT")]
    [InlineData(KeySpec.EccSecgP256K1, "ECC_SECG_P256K1")]
    [InlineData(KeySpec.EccNistEdwards25519, "ECC_NIST_EDWARDS25519")]
    [InlineData(KeySpec.Hmac512, "HMAC_512")]
    [InlineData(KeySpec.MlDsa87, "ML_DSA_87")]
    public void ToWireName_KeySpec_IsTheModelSpelling(KeySpec spec, string wire) => spec.ToWireName().ShouldBe(wire);

    [Fact]
    public void ToWireName_Enums_AreTheModelSpellings()
    {
        KeyOrigin.ExternalKeyStore.ToWireName().ShouldBe("EXTERNAL_KEY_STORE");
        KeyOrigin.AwsCloudHsm.ToWireName().ShouldBe("AWS_CLOUDHSM");
        KeyUsage.GenerateVerifyMac.ToWireName().ShouldBe("GENERATE_VERIFY_MAC");
        KeyManager.Aws.ToWireName().ShouldBe("AWS");
        ExpirationModel.KeyMaterialDoesNotExpire.ToWireName().ShouldBe("KEY_MATERIAL_DOES_NOT_EXPIRE");
        MultiRegionKeyType.Replica.ToWireName().ShouldBe("REPLICA");
        KeyState.PendingReplicaDeletion.ToWireName().ShouldBe("PendingReplicaDeletion");
        KmsOperation.GenerateDataKeyPairWithoutPlaintext.ToWireName().ShouldBe("GenerateDataKeyPairWithoutPlaintext");
    }

    [Fact]
    public void KeyStateValues_AreTheEightModelValuesInModelOrder() =>
        KmsWireNames.KeyStateValues.ToArray().ShouldBe(
            ["Creating", "Enabled", "Disabled", "PendingDeletion", "PendingImport", "PendingReplicaDeletion", "Unavailable", "Updating"]);

    [Fact]
    public void KeyUsageValues_AreTheModelValues() =>
        KmsWireNames.KeyUsageValues.ToArray().ShouldBe(["ENCRYPT_DECRYPT", "SIGN_VERIFY", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT"]);

    [Fact]
    public void TryParse_EveryWireName_RoundTrips()
    {
        foreach (var spec in Enum.GetValues<KeySpec>())
        {
            KmsWireNames.TryParseKeySpec(spec.ToWireName(), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(spec);
        }

        foreach (var operation in Enum.GetValues<KmsOperation>())
        {
            KmsWireNames.TryParseKmsOperation(operation.ToWireName(), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(operation);
        }

        KmsWireNames.KeySpecValues.Length.ShouldBe(Enum.GetValues<KeySpec>().Length);
        KmsWireNames.KmsOperationValues.Length.ShouldBe(Enum.GetValues<KmsOperation>().Length);
    }

    [Theory]
    [InlineData("symmetric_default")]
    [InlineData("SYMMETRIC_DEFAULT ")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseKeySpec_NotTheExactSpelling_IsFalse(string? wire) =>
        KmsWireNames.TryParseKeySpec(wire, out _).ShouldBeFalse();

    [Fact]
    public void ToWireName_UndefinedValue_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => ((KeySpec)999).ToWireName());
}
