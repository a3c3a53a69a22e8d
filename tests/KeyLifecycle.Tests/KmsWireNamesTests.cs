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

    // The enumerations of the KMS service model (botocore service-2.json), in model order, as literal text.
    [Fact]
    public void KeySpec_EveryMember_HasTheModelSpelling() => AssertSpellings(
        ["SYMMETRIC_DEFAULT", "RSA_2048", "RSA_3072", "RSA_4096", "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1",
         "ECC_NIST_EDWARDS25519", "HMAC_224", "HMAC_256", "HMAC_384", "HMAC_512", "SM2", "ML_DSA_44", "ML_DSA_65", "ML_DSA_87"],
        KmsWireNames.KeySpecValues, v => v.ToWireName(), (string w, out KeySpec v) => KmsWireNames.TryParseKeySpec(w, out v));

    [Fact]
    public void KeyUsage_EveryMember_HasTheModelSpelling() => AssertSpellings(
        ["ENCRYPT_DECRYPT", "SIGN_VERIFY", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT"],
        KmsWireNames.KeyUsageValues, v => v.ToWireName(), (string w, out KeyUsage v) => KmsWireNames.TryParseKeyUsage(w, out v));

    [Fact]
    public void KeyOrigin_EveryMember_HasTheModelSpelling() => AssertSpellings(
        ["AWS_KMS", "EXTERNAL", "AWS_CLOUDHSM", "EXTERNAL_KEY_STORE"],
        KmsWireNames.KeyOriginValues, v => v.ToWireName(), (string w, out KeyOrigin v) => KmsWireNames.TryParseKeyOrigin(w, out v));

    [Fact]
    public void KeyManager_EveryMember_HasTheModelSpelling() => AssertSpellings(
        ["CUSTOMER", "AWS"],
        KmsWireNames.KeyManagerValues, v => v.ToWireName(), (string w, out KeyManager v) => KmsWireNames.TryParseKeyManager(w, out v));

    [Fact]
    public void ExpirationModel_EveryMember_HasTheModelSpelling() => AssertSpellings(
        ["KEY_MATERIAL_EXPIRES", "KEY_MATERIAL_DOES_NOT_EXPIRE"],
        KmsWireNames.ExpirationModelValues, v => v.ToWireName(), (string w, out ExpirationModel v) => KmsWireNames.TryParseExpirationModel(w, out v));

    [Fact]
    public void MultiRegionKeyType_EveryMember_HasTheModelSpelling() => AssertSpellings(
        ["PRIMARY", "REPLICA"],
        KmsWireNames.MultiRegionKeyTypeValues, v => v.ToWireName(), (string w, out MultiRegionKeyType v) => KmsWireNames.TryParseMultiRegionKeyType(w, out v));

    [Fact]
    public void KeyState_EveryMember_HasTheModelSpelling() => AssertSpellings(
        ["Creating", "Enabled", "Disabled", "PendingDeletion", "PendingImport", "PendingReplicaDeletion", "Unavailable", "Updating"],
        KmsWireNames.KeyStateValues, v => v.ToWireName(), (string w, out KeyState v) => KmsWireNames.TryParseKeyState(w, out v));

    [Fact]
    public void KmsOperation_EveryMember_IsTheApiOperationName() => AssertSpellings(
        ["CancelKeyDeletion", "CreateAlias", "CreateGrant", "Decrypt", "DeleteAlias", "DeleteImportedKeyMaterial", "DeriveSharedSecret",
         "DescribeKey", "DisableKey", "DisableKeyRotation", "EnableKey", "EnableKeyRotation", "Encrypt", "GenerateDataKey",
         "GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext", "GenerateDataKeyWithoutPlaintext", "GenerateMac",
         "GetKeyLastUsage", "GetKeyPolicy", "GetKeyRotationStatus", "GetParametersForImport", "GetPublicKey", "ImportKeyMaterial",
         "ListAliases", "ListGrants", "ListKeyPolicies", "ListKeyRotations", "ListResourceTags", "PutKeyPolicy", "ReEncrypt",
         "ReplicateKey", "RetireGrant", "RevokeGrant", "RotateKeyOnDemand", "ScheduleKeyDeletion", "Sign", "TagResource",
         "UntagResource", "UpdateAlias", "UpdateKeyDescription", "UpdatePrimaryRegion", "Verify", "VerifyMac"],
        KmsWireNames.KmsOperationValues, v => v.ToWireName(), (string w, out KmsOperation v) => KmsWireNames.TryParseKmsOperation(w, out v));

    [Fact]
    public void ToWireName_UndefinedValueOfAnyEnumeration_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ((KeyState)99).ToWireName());
        Should.Throw<ArgumentOutOfRangeException>(() => ((KeyUsage)99).ToWireName());
        Should.Throw<ArgumentOutOfRangeException>(() => ((KeyOrigin)99).ToWireName());
        Should.Throw<ArgumentOutOfRangeException>(() => ((KeyManager)99).ToWireName());
        Should.Throw<ArgumentOutOfRangeException>(() => ((ExpirationModel)99).ToWireName());
        Should.Throw<ArgumentOutOfRangeException>(() => ((MultiRegionKeyType)99).ToWireName());
        Should.Throw<ArgumentOutOfRangeException>(() => ((KmsOperation)99).ToWireName());
    }

    [Fact]
    public void TryParse_UnknownSpelling_IsFalseWithTheDefault()
    {
        KmsWireNames.TryParseKeyState("enabled", out var state).ShouldBeFalse();
        state.ShouldBe(default);
        KmsWireNames.TryParseKeyUsage("SIGN", out var usage).ShouldBeFalse();
        usage.ShouldBe(default);
        KmsWireNames.TryParseKeyOrigin(null, out var origin).ShouldBeFalse();
        origin.ShouldBe(default);
        KmsWireNames.TryParseKeyManager("Customer", out var manager).ShouldBeFalse();
        manager.ShouldBe(default);
        KmsWireNames.TryParseExpirationModel("", out var expiration).ShouldBeFalse();
        expiration.ShouldBe(default);
        KmsWireNames.TryParseMultiRegionKeyType("primary", out var type).ShouldBeFalse();
        type.ShouldBe(default);
        KmsWireNames.TryParseKmsOperation("CreateKey", out var operation).ShouldBeFalse();
        operation.ShouldBe(default);
    }

    private delegate bool TryParse<T>(string wire, out T value);

    private static void AssertSpellings<T>(string[] model, ReadOnlySpan<string> values, Func<T, string> toWire, TryParse<T> tryParse)
        where T : struct, Enum
    {
        var members = Enum.GetValues<T>();
        members.Length.ShouldBe(model.Length);
        values.ToArray().ShouldBe(model);
        for (var i = 0; i < model.Length; i++)
        {
            toWire(members[i]).ShouldBe(model[i]);
            tryParse(model[i], out var parsed).ShouldBeTrue(model[i]);
            parsed.ShouldBe(members[i]);
        }
    }

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
