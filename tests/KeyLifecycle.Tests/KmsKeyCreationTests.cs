using System;
using System.Collections.Generic;
using System.Linq;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

/// <summary>CreateKey (<see cref="KmsKey.Create(KeyCreationRequest, Guid, KmsCaller, DateTimeOffset)"/>) against sections 3.6 and 3.7 of the specification.</summary>
public class KmsKeyCreationTests
{
    private const string Single = LifecycleKeys.SingleRegionArn;
    private static readonly DateTimeOffset s_now = LifecycleKeys.Now;
    private static readonly KmsCaller s_china = KmsCaller.Create(AwsRegion.Parse("cn-north-1"), AwsAccountId.Parse("111122223333"));

    // Which key usages each key spec allows, from "Choosing a KMS key type" in the developer guide, in wire spelling.
    private static readonly Dictionary<string, string[]> s_allowedUsages = new()
    {
        ["SYMMETRIC_DEFAULT"] = ["ENCRYPT_DECRYPT"],
        ["RSA_2048"] = ["ENCRYPT_DECRYPT", "SIGN_VERIFY"],
        ["RSA_3072"] = ["ENCRYPT_DECRYPT", "SIGN_VERIFY"],
        ["RSA_4096"] = ["ENCRYPT_DECRYPT", "SIGN_VERIFY"],
        ["ECC_NIST_P256"] = ["SIGN_VERIFY", "KEY_AGREEMENT"],
        ["ECC_NIST_P384"] = ["SIGN_VERIFY", "KEY_AGREEMENT"],
        ["ECC_NIST_P521"] = ["SIGN_VERIFY", "KEY_AGREEMENT"],
        ["ECC_SECG_P256K1"] = ["SIGN_VERIFY"],
        ["ECC_NIST_EDWARDS25519"] = ["SIGN_VERIFY"],
        ["HMAC_224"] = ["GENERATE_VERIFY_MAC"],
        ["HMAC_256"] = ["GENERATE_VERIFY_MAC"],
        ["HMAC_384"] = ["GENERATE_VERIFY_MAC"],
        ["HMAC_512"] = ["GENERATE_VERIFY_MAC"],
        ["SM2"] = ["ENCRYPT_DECRYPT", "SIGN_VERIFY", "KEY_AGREEMENT"],
        ["ML_DSA_44"] = ["SIGN_VERIFY"],
        ["ML_DSA_65"] = ["SIGN_VERIFY"],
        ["ML_DSA_87"] = ["SIGN_VERIFY"],
    };

    public static TheoryData<string, string> EverySpecAndUsage()
    {
        var data = new TheoryData<string, string>();
        foreach (var spec in s_allowedUsages.Keys)
        {
            foreach (var usage in new[] { "ENCRYPT_DECRYPT", "SIGN_VERIFY", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT" })
            {
                data.Add(spec, usage);
            }
        }

        return data;
    }

    private static string Create(KeyCreationRequest request, KmsCaller? caller = null) =>
        LifecycleKeys.Outcome(KmsKey.Create(request, LifecycleKeys.Id, caller ?? LifecycleKeys.Caller, s_now).Value);

    [Fact]
    public void Create_NoParameters_IsAnEnabledSymmetricAwsKmsKey()
    {
        var key = LifecycleKeys.Create(new KeyCreationRequest());

        key.Arn.ToString().ShouldBe(Single);
        key.KeyId.ToString().ShouldBe("1234abcd-12ab-34cd-56ef-1234567890ab");
        key.AccountId.ToString().ShouldBe("111122223333");
        key.Region.ToString().ShouldBe("us-west-2");
        key.CreationDate.ShouldBe(s_now);
        key.State.ShouldBe(KeyState.Enabled);
        key.Enabled.ShouldBeTrue();
        key.KeySpec.ShouldBe(KeySpec.SymmetricDefault);
        key.KeyUsage.ShouldBe(KeyUsage.EncryptDecrypt);
        key.Origin.ShouldBe(KeyOrigin.AwsKms);
        key.KeyManager.ShouldBe(KeyManager.Customer);
        key.Description.ShouldBe(string.Empty);
        key.MultiRegion.ShouldBeFalse();
        key.MultiRegionConfiguration.ShouldBeNull();
        key.CustomKeyStoreId.ShouldBeNull();
        key.HasKeyMaterial.ShouldBeTrue();
        key.ExpirationModel.ShouldBeNull();
        key.DeletionDate.ShouldBeNull();
        key.KeyRotationEnabled.ShouldBeFalse();
        key.Tags.ShouldBeEmpty();
        key.StateWhenAvailable.ShouldBeNull();
    }

    [Fact]
    public void KeyCreationRequest_Defaults_AreTheServiceDefaults()
    {
        var request = new KeyCreationRequest();

        request.KeySpec.ShouldBe(KeySpec.SymmetricDefault);
        request.KeyUsage.ShouldBeNull();
        request.Origin.ShouldBe(KeyOrigin.AwsKms);
        request.KeyManager.ShouldBe(KeyManager.Customer);
        request.MultiRegion.ShouldBeFalse();
        request.CustomKeyStoreId.ShouldBeNull();
        request.Description.ShouldBeNull();
        request.Tags.ShouldBeEmpty();
    }

    [Fact]
    public void Create_OriginExternal_IsPendingImportWithoutMaterial()
    {
        var key = LifecycleKeys.External();

        key.State.ShouldBe(KeyState.PendingImport);
        key.Enabled.ShouldBeFalse();
        key.HasKeyMaterial.ShouldBeFalse();
        key.ExpirationModel.ShouldBeNull();
        key.Origin.ShouldBe(KeyOrigin.External);
    }

    [Theory]
    [InlineData(KeyOrigin.AwsCloudHsm)]
    [InlineData(KeyOrigin.ExternalKeyStore)]
    public void Create_InACustomKeyStore_IsEnabledInThatStore(KeyOrigin origin)
    {
        var key = LifecycleKeys.Create(new KeyCreationRequest { Origin = origin, CustomKeyStoreId = "cks-1234567890abcdef0" });

        key.State.ShouldBe(KeyState.Enabled);
        key.CustomKeyStoreId.ShouldBe("cks-1234567890abcdef0");
        key.HasKeyMaterial.ShouldBeTrue();
    }

    [Theory]
    [InlineData(KeyOrigin.AwsCloudHsm, null, "ValidationException: CustomKeyStoreId is required when Origin is AWS_CLOUDHSM.")]
    [InlineData(KeyOrigin.AwsCloudHsm, "", "ValidationException: CustomKeyStoreId is required when Origin is AWS_CLOUDHSM.")]
    [InlineData(KeyOrigin.ExternalKeyStore, null, "ValidationException: CustomKeyStoreId is required when Origin is EXTERNAL_KEY_STORE.")]
    [InlineData(KeyOrigin.AwsKms, "cks-1234567890abcdef0", "UnsupportedOperationException: AWS_KMS origin is not valid with a custom key store.")]
    [InlineData(KeyOrigin.External, "cks-1234567890abcdef0", "UnsupportedOperationException: EXTERNAL origin is not valid with a custom key store.")]
    [InlineData(KeyOrigin.AwsKms, "", "UnsupportedOperationException: AWS_KMS origin is not valid with a custom key store.")]
    public void Create_CustomKeyStoreIdNotMatchingTheOrigin_IsRefused(KeyOrigin origin, string? store, string expected) =>
        Create(new KeyCreationRequest { Origin = origin, CustomKeyStoreId = store }).ShouldBe(expected);

    [Fact]
    public void Create_AsymmetricKeyInACustomKeyStore_IsUnsupported() =>
        Create(new KeyCreationRequest { Origin = KeyOrigin.AwsCloudHsm, CustomKeyStoreId = "cks-1234567890abcdef0", KeySpec = KeySpec.Rsa2048, KeyUsage = KeyUsage.SignVerify })
            .ShouldBe("UnsupportedOperationException: KeySpec RSA_2048 is not supported in a custom key store.");

    [Theory]
    [InlineData(KeyOrigin.AwsCloudHsm)]
    [InlineData(KeyOrigin.ExternalKeyStore)]
    public void Create_MultiRegionKeyInACustomKeyStore_IsUnsupported(KeyOrigin origin) =>
        Create(new KeyCreationRequest { Origin = origin, CustomKeyStoreId = "cks-1234567890abcdef0", MultiRegion = true })
            .ShouldBe("UnsupportedOperationException: Multi-Region keys cannot be created in a custom key store.");

    [Fact]
    public void Create_MultiRegion_IsAPrimaryWithAnMrkKeyId()
    {
        var key = LifecycleKeys.Primary();

        key.Arn.ToString().ShouldBe("arn:aws:kms:us-west-2:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab");
        key.KeyId.IsMultiRegion.ShouldBeTrue();
        key.MultiRegion.ShouldBeTrue();
        key.State.ShouldBe(KeyState.Enabled);
        key.MultiRegionConfiguration!.KeyType.ShouldBe(MultiRegionKeyType.Primary);
        key.MultiRegionConfiguration.PrimaryKey.ShouldBe(key.Arn);
        key.MultiRegionConfiguration.ReplicaKeys.ShouldBeEmpty();
    }

    [Fact]
    public void Create_MultiRegionExternal_IsAPendingImportPrimary()
    {
        var key = LifecycleKeys.Primary(KeyOrigin.External);

        key.State.ShouldBe(KeyState.PendingImport);
        key.KeyId.ToString().ShouldBe("mrk-1234abcd12ab34cd56ef1234567890ab");
    }

    [Fact]
    public void Create_AwsManaged_KeepsTheManager() =>
        LifecycleKeys.AwsManaged().KeyManager.ShouldBe(KeyManager.Aws);

    [Fact]
    public void Create_WithDescriptionAndTags_KeepsThem()
    {
        var key = LifecycleKeys.Create(new KeyCreationRequest { Description = "billing", Tags = [new("Team", "Blue"), new("Cost", "42")] });

        key.Description.ShouldBe("billing");
        key.Tags.ShouldBe([new("Cost", "42"), new("Team", "Blue")]);
    }

    [Theory]
    [MemberData(nameof(EverySpecAndUsage))]
    public void Create_EveryKeySpecAndKeyUsage_IsRefusedExactlyWhenTheSpecDoesNotAllowTheUsage(string specWire, string usageWire)
    {
        KmsWireNames.TryParseKeySpec(specWire, out var spec).ShouldBeTrue();
        KmsWireNames.TryParseKeyUsage(usageWire, out var usage).ShouldBeTrue();
        var allowed = s_allowedUsages[specWire].Contains(usageWire);

        var result = Create(new KeyCreationRequest { KeySpec = spec, KeyUsage = usage }, spec == KeySpec.Sm2 ? s_china : null);

        KeySpecs.Allows(spec, usage).ShouldBe(allowed);
        result.ShouldBe(
            allowed ? "ok: Enabled"
            : spec == KeySpec.SymmetricDefault
                ? $"ValidationException: The operation failed because the KeyUsage value of the CMK is {usageWire}. To perform this operation, the KeyUsage value must be ENCRYPT_DECRYPT."
                : $"ValidationException: KeyUsage {usageWire} is not compatible with KeySpec {specWire}");
    }

    [Theory]
    [InlineData(KeySpec.SymmetricDefault, "ok: Enabled")]
    [InlineData(KeySpec.Rsa4096, "ValidationException: You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.")]
    [InlineData(KeySpec.Hmac256, "ValidationException: You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.")]
    [InlineData(KeySpec.EccNistP256, "ValidationException: You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.")]
    [InlineData(KeySpec.MlDsa65, "ValidationException: You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.")]
    public void Create_NoKeyUsage_IsRequiredExceptForSymmetricEncryptionKeys(KeySpec spec, string expected) =>
        Create(new KeyCreationRequest { KeySpec = spec }).ShouldBe(expected);

    [Fact]
    public void Create_Sm2OutsideChina_IsUnsupportedInThisRegion() =>
        Create(new KeyCreationRequest { KeySpec = KeySpec.Sm2, KeyUsage = KeyUsage.SignVerify })
            .ShouldBe("UnsupportedOperationException: KeySpec SM2 is not supported in this Region");

    [Fact]
    public void Create_Sm2InChina_IsAKeyInTheChinaPartition() =>
        KmsKey.Create(new KeyCreationRequest { KeySpec = KeySpec.Sm2, KeyUsage = KeyUsage.SignVerify }, LifecycleKeys.Id, s_china, s_now).AsT0
            .Arn.ToString().ShouldBe("arn:aws-cn:kms:cn-north-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");

    [Fact]
    public void Create_DescriptionOf8192_IsAcceptedAnd8193IsNot()
    {
        LifecycleKeys.Create(new KeyCreationRequest { Description = new string('d', 8192) }).Description.Length.ShouldBe(8192);
        var text = new string('d', 8193);

        Create(new KeyCreationRequest { Description = text }).ShouldBe(
            "ValidationException: 1 validation error detected: Value '" + text
            + "' at 'description' failed to satisfy constraint: Member must have length less than or equal to 8192");
    }

    [Fact]
    public void Create_LongDescriptionAndBadUsage_ReportsTheDescriptionFirst() =>
        Create(new KeyCreationRequest { Description = new string('d', 8193), KeySpec = KeySpec.Hmac256 })
            .ShouldStartWith("ValidationException: 1 validation error detected: Value 'ddd");

    [Fact]
    public void Create_ReservedTag_IsTagException() =>
        Create(new KeyCreationRequest { Tags = [new("aws:createdBy", "me")] }).ShouldBe("TagException: Tags beginning with aws: are reserved");

    [Fact]
    public void Create_FiftyOneTags_IsTagException() =>
        Create(new KeyCreationRequest { Tags = [.. Enumerable.Range(0, 51).Select(i => new KeyTag($"k{i}", "v"))] })
            .ShouldBe("TagException: Too many tags");

    [Fact]
    public void NotInEnum_KeyUsage_ListsTheModelsValuesInTheRecordedGrammar() =>
        ValidationFailed.ForViolations([ConstraintViolation.NotInEnum("keyUsage", "RANDOM", KmsWireNames.KeyUsageValues)]).Message.ShouldBe(
            "1 validation error detected: Value 'RANDOM' at 'keyUsage' failed to satisfy constraint: Member must satisfy enum value set: "
            + "[ENCRYPT_DECRYPT, SIGN_VERIFY, GENERATE_VERIFY_MAC, KEY_AGREEMENT]");

    [Fact]
    public void Create_NullArguments_Throw()
    {
        Should.Throw<ArgumentNullException>(() => KmsKey.Create(null!, LifecycleKeys.Id, LifecycleKeys.Caller, s_now));
        Should.Throw<ArgumentNullException>(() => KmsKey.Create(new KeyCreationRequest(), LifecycleKeys.Id, null!, s_now));
        Should.Throw<ArgumentException>(() => KmsKey.Create(default(KeyArn), s_now));
    }

    [Fact]
    public void Create_FromAMultiRegionArn_IsAPrimary() =>
        KmsKey.Create(KeyArn.Parse(LifecycleKeys.PrimaryArn), s_now).MultiRegionConfiguration!.KeyType.ShouldBe(MultiRegionKeyType.Primary);

    [Theory]
    [InlineData("SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", "SYMMETRIC_DEFAULT", "", "", "")]
    [InlineData("RSA_2048", "ENCRYPT_DECRYPT", "RSAES_OAEP_SHA_1,RSAES_OAEP_SHA_256", "", "", "")]
    [InlineData("RSA_4096", "SIGN_VERIFY", "", "RSASSA_PKCS1_V1_5_SHA_256,RSASSA_PKCS1_V1_5_SHA_384,RSASSA_PKCS1_V1_5_SHA_512,RSASSA_PSS_SHA_256,RSASSA_PSS_SHA_384,RSASSA_PSS_SHA_512", "", "")]
    [InlineData("ECC_NIST_P256", "SIGN_VERIFY", "", "ECDSA_SHA_256", "", "")]
    [InlineData("ECC_NIST_P384", "SIGN_VERIFY", "", "ECDSA_SHA_384", "", "")]
    [InlineData("ECC_NIST_P521", "SIGN_VERIFY", "", "ECDSA_SHA_512", "", "")]
    [InlineData("ECC_NIST_P384", "KEY_AGREEMENT", "", "", "", "ECDH")]
    [InlineData("ECC_SECG_P256K1", "SIGN_VERIFY", "", "ECDSA_SHA_256", "", "")]
    [InlineData("ECC_NIST_EDWARDS25519", "SIGN_VERIFY", "", "ED25519_SHA_512,ED25519_PH_SHA_512", "", "")]
    [InlineData("ML_DSA_87", "SIGN_VERIFY", "", "ML_DSA_SHAKE_256", "", "")]
    [InlineData("SM2", "ENCRYPT_DECRYPT", "SM2PKE", "", "", "")]
    [InlineData("SM2", "SIGN_VERIFY", "", "SM2DSA", "", "")]
    [InlineData("SM2", "KEY_AGREEMENT", "", "", "", "ECDH")]
    [InlineData("HMAC_224", "GENERATE_VERIFY_MAC", "", "", "HMAC_SHA_224", "")]
    [InlineData("HMAC_512", "GENERATE_VERIFY_MAC", "", "", "HMAC_SHA_512", "")]
    public void Algorithms_EachSpecAndUsage_ListOnlyThoseOfTheUsage(string specWire, string usageWire, string encryption, string signing, string mac, string agreement)
    {
        KmsWireNames.TryParseKeySpec(specWire, out var spec).ShouldBeTrue();
        KmsWireNames.TryParseKeyUsage(usageWire, out var usage).ShouldBeTrue();

        string.Join(",", KeySpecs.EncryptionAlgorithms(spec, usage)).ShouldBe(encryption);
        string.Join(",", KeySpecs.SigningAlgorithms(spec, usage)).ShouldBe(signing);
        string.Join(",", KeySpecs.MacAlgorithms(spec)).ShouldBe(mac);
        string.Join(",", KeySpecs.KeyAgreementAlgorithms(usage)).ShouldBe(agreement);
    }

    // Section 3.7: each algorithm list is present only for its own key usage.
    [Theory]
    [MemberData(nameof(EverySpecAndUsage))]
    public void Algorithms_AnyAllowedSpecAndUsage_OnlyTheUsagesListIsNonEmpty(string specWire, string usageWire)
    {
        KmsWireNames.TryParseKeySpec(specWire, out var spec).ShouldBeTrue();
        KmsWireNames.TryParseKeyUsage(usageWire, out var usage).ShouldBeTrue();
        if (!s_allowedUsages[specWire].Contains(usageWire))
        {
            return;
        }

        (KeySpecs.EncryptionAlgorithms(spec, usage).Count > 0).ShouldBe(usageWire == "ENCRYPT_DECRYPT");
        (KeySpecs.SigningAlgorithms(spec, usage).Count > 0).ShouldBe(usageWire == "SIGN_VERIFY");
        (KeySpecs.MacAlgorithms(spec).Count > 0).ShouldBe(usageWire == "GENERATE_VERIFY_MAC");
        (KeySpecs.KeyAgreementAlgorithms(usage).Count > 0).ShouldBe(usageWire == "KEY_AGREEMENT");
    }
}
