using System;
using System.Collections.Generic;
using KeyLifecycle.Algorithms;
using KeyLifecycle.Errors;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

public sealed class CryptographicRulesTests
{
    private const string Arn = TestKeys.ArnText;

    private static readonly KmsOperation[] CryptographicOperations =
    [
        KmsOperation.Encrypt, KmsOperation.Decrypt, KmsOperation.ReEncrypt, KmsOperation.GenerateDataKey,
        KmsOperation.GenerateDataKeyWithoutPlaintext, KmsOperation.GenerateDataKeyPair, KmsOperation.GenerateDataKeyPairWithoutPlaintext,
        KmsOperation.Sign, KmsOperation.Verify, KmsOperation.GetPublicKey, KmsOperation.GenerateMac, KmsOperation.VerifyMac,
        KmsOperation.DeriveSharedSecret,
    ];

    // Recorded texts: "<key ARN> is disabled." (DisabledException), "<key ARN> is pending deletion." and
    // "<key ARN> is pending import." (KMSInvalidStateException); /work/shared/reference/kms-key-lifecycle.md, section 5.
    [Theory]
    [InlineData(KeyState.Disabled, "DisabledException", Arn + " is disabled.")]
    [InlineData(KeyState.PendingDeletion, "KMSInvalidStateException", Arn + " is pending deletion.")]
    [InlineData(KeyState.Creating, "KMSInvalidStateException", Arn + " is creating.")]
    public void CheckKey_InARefusingState_RefusesBeforeLookingAtUsage(KeyState state, string code, string message)
    {
        // An ENCRYPT_DECRYPT key asked to sign: the state decides first.
        var key = TestKeys.InState(state);
        foreach (var operation in CryptographicOperations)
        {
            var error = CryptographicRules.CheckKey(operation, key).Error!;
            error.ErrorCode.ShouldBe(code, operation.ToString());
            error.Message.ShouldBe(message, operation.ToString());
        }
    }

    [Fact]
    public void CheckKey_EveryCryptographicOperation_AgreesWithTheKeyStateTable()
    {
        foreach (var state in Enum.GetValues<KeyState>())
        {
            var key = TestKeys.InState(state, state == KeyState.PendingImport ? KeyOrigin.External : KeyOrigin.AwsKms);
            foreach (var operation in CryptographicOperations)
            {
                var table = KeyStateRules.Check(operation, key);
                var rules = CryptographicRules.CheckKey(operation, key);
                if (table.IsT0)
                {
                    continue;
                }

                var expected = (IKmsError)table.Value;
                rules.Error.ShouldBe(expected, $"{operation} in {state}");
            }
        }
    }

    // "<key ARN> key usage is <USAGE> which is not valid for <Operation>." recorded (LocalStack AWS-validated snapshot,
    // kms-key-lifecycle.md section 5; the recorded case is GenerateMac on an ENCRYPT_DECRYPT key).
    [Theory]
    [InlineData(KmsOperation.GenerateMac, Arn + " key usage is ENCRYPT_DECRYPT which is not valid for GenerateMac.")]
    [InlineData(KmsOperation.VerifyMac, Arn + " key usage is ENCRYPT_DECRYPT which is not valid for VerifyMac.")]
    [InlineData(KmsOperation.Sign, Arn + " key usage is ENCRYPT_DECRYPT which is not valid for Sign.")]
    [InlineData(KmsOperation.Verify, Arn + " key usage is ENCRYPT_DECRYPT which is not valid for Verify.")]
    [InlineData(KmsOperation.DeriveSharedSecret, Arn + " key usage is ENCRYPT_DECRYPT which is not valid for DeriveSharedSecret.")]
    public void CheckKey_OfASymmetricEncryptionKeyForAnotherUsage_IsInvalidKeyUsage(KmsOperation operation, string message)
    {
        var error = CryptographicRules.CheckKey(operation, TestKeys.Enabled()).Error!;

        error.ErrorCode.ShouldBe("InvalidKeyUsageException");
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void CheckKey_OfSigningKeyForEncrypt_IsInvalidKeyUsage()
    {
        var key = TestKeys.Enabled() with { KeySpec = KeySpec.EccNistP256, KeyUsage = KeyUsage.SignVerify };

        CryptographicRules.CheckKey(KmsOperation.Encrypt, key).Error!.Message.ShouldBe(Arn + " key usage is SIGN_VERIFY which is not valid for Encrypt.");
        CryptographicRules.CheckReEncryptDestination(key).Error!.Message.ShouldBe(Arn + " key usage is SIGN_VERIFY which is not valid for ReEncryptTo.");
        CryptographicRules.CheckReEncryptSource(key).Error!.Message.ShouldBe(Arn + " key usage is SIGN_VERIFY which is not valid for ReEncryptFrom.");
        CryptographicRules.CheckKey(KmsOperation.Sign, key).IsSuccess.ShouldBeTrue();
        CryptographicRules.CheckKey(KmsOperation.GetPublicKey, key).IsSuccess.ShouldBeTrue();
    }

    // Project choice (local-kms wording): "<key ARN> key KeySpec is <SPEC> which is not valid for GenerateDataKey."
    [Theory]
    [InlineData(KmsOperation.GenerateDataKey)]
    [InlineData(KmsOperation.GenerateDataKeyWithoutPlaintext)]
    [InlineData(KmsOperation.GenerateDataKeyPair)]
    [InlineData(KmsOperation.GenerateDataKeyPairWithoutPlaintext)]
    public void CheckKey_DataKeyWithAnRsaEncryptionKey_IsInvalidKeyUsageForTheSpec(KmsOperation operation)
    {
        var key = TestKeys.Enabled() with { KeySpec = KeySpec.Rsa2048 };

        var error = CryptographicRules.CheckKey(operation, key).Error!;

        error.ErrorCode.ShouldBe("InvalidKeyUsageException");
        error.Message.ShouldBe($"{Arn} key KeySpec is RSA_2048 which is not valid for {operation}.");
        CryptographicRules.CheckKey(KmsOperation.Encrypt, key).IsSuccess.ShouldBeTrue();
    }

    [Theory]
    [InlineData(KeySpec.SymmetricDefault, KeyUsage.EncryptDecrypt)]
    [InlineData(KeySpec.Hmac256, KeyUsage.GenerateVerifyMac)]
    public void CheckKey_GetPublicKeyOfASymmetricKey_IsUnsupported(KeySpec spec, KeyUsage usage)
    {
        var error = CryptographicRules.CheckKey(KmsOperation.GetPublicKey, TestKeys.Enabled() with { KeySpec = spec, KeyUsage = usage }).Error!;

        error.ErrorCode.ShouldBe("UnsupportedOperationException");
        error.Message.ShouldBe(string.Empty);
    }

    [Fact]
    public void CheckKey_OfAnOperationThatIsNotCryptographic_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => CryptographicRules.CheckKey(KmsOperation.EnableKey, TestKeys.Enabled()));

    [Fact]
    public void EncryptionAlgorithmFor_DefaultsToSymmetricDefault_AndRefusesAlgorithmsTheKeyLacks()
    {
        var symmetric = TestKeys.Enabled();
        var rsa = symmetric with { KeySpec = KeySpec.Rsa3072 };

        CryptographicRules.EncryptionAlgorithmFor(symmetric, null).Value.ShouldBe(EncryptionAlgorithm.SymmetricDefault);
        CryptographicRules.EncryptionAlgorithmFor(rsa, EncryptionAlgorithm.RsaesOaepSha1).Value.ShouldBe(EncryptionAlgorithm.RsaesOaepSha1);
        CryptographicRules.EncryptionAlgorithmFor(symmetric, EncryptionAlgorithm.RsaesOaepSha256).Error!.Message
            .ShouldBe("Algorithm RSAES_OAEP_SHA_256 is incompatible with key spec SYMMETRIC_DEFAULT.");
        var refused = CryptographicRules.EncryptionAlgorithmFor(rsa, null).Error!;
        refused.ErrorCode.ShouldBe("InvalidKeyUsageException");
        refused.Message.ShouldBe("Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_3072.");
    }

    [Theory]
    [InlineData(KeySpec.Rsa2048, EncryptionAlgorithm.RsaesOaepSha1, 214)]
    [InlineData(KeySpec.Rsa2048, EncryptionAlgorithm.RsaesOaepSha256, 190)]
    [InlineData(KeySpec.Rsa3072, EncryptionAlgorithm.RsaesOaepSha1, 342)]
    [InlineData(KeySpec.Rsa3072, EncryptionAlgorithm.RsaesOaepSha256, 318)]
    [InlineData(KeySpec.Rsa4096, EncryptionAlgorithm.RsaesOaepSha1, 470)]
    [InlineData(KeySpec.Rsa4096, EncryptionAlgorithm.RsaesOaepSha256, 446)]
    public void CheckPlaintextLength_OfRsa_AllowsTheDocumentedLimitAndNoMore(KeySpec spec, EncryptionAlgorithm algorithm, int limit)
    {
        // The limits the KMS Developer Guide lists for RSAES_OAEP_SHA_1 / RSAES_OAEP_SHA_256 per key size
        // (https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html#key-spec-rsa-encryption).
        var key = TestKeys.Enabled() with { KeySpec = spec };

        CryptographicRules.MaxRsaPlaintextLength(spec, algorithm).ShouldBe(limit);
        CryptographicRules.CheckPlaintextLength(key, algorithm, limit).ShouldBeNull();
        CryptographicRules.CheckPlaintextLength(key, algorithm, limit + 1)!.ErrorCode.ShouldBe("ValidationException");
    }

    [Theory]
    [InlineData(KeySpec.Rsa2048)]
    [InlineData(KeySpec.Rsa4096)]
    [InlineData(KeySpec.Sm2)]
    public void CheckEncryptionContext_WithAnAsymmetricKey_IsRefused(KeySpec spec)
    {
        // "You cannot specify an encryption context in a cryptographic operation with an asymmetric KMS key or an HMAC
        // KMS key." (https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html). AWS documents no error
        // text for it; the text is the project's, stated in CheckEncryptionContext's documentation.
        var key = TestKeys.Enabled() with { KeySpec = spec };

        var refusal = CryptographicRules.CheckEncryptionContext(key, new Dictionary<string, string> { ["purpose"] = "test" });

        refusal!.ErrorCode.ShouldBe("ValidationException");
        refusal.Message.ShouldBe($"EncryptionContext is not supported with asymmetric KMS keys: {spec.ToWireName()} cannot bind an encryption context to a ciphertext.");
    }

    [Fact]
    public void EveryRuleOfAKey_WithNoKey_ThrowsArgumentNull()
    {
        KmsKey key = null!;

        Should.Throw<ArgumentNullException>(() => CryptographicRules.CheckKey(KmsOperation.Encrypt, key)).ParamName.ShouldBe("key");
        Should.Throw<ArgumentNullException>(() => CryptographicRules.CheckReEncryptSource(key)).ParamName.ShouldBe("key");
        Should.Throw<ArgumentNullException>(() => CryptographicRules.EncryptionAlgorithmFor(key, null)).ParamName.ShouldBe("key");
        Should.Throw<ArgumentNullException>(() => CryptographicRules.CheckEncryptionContext(key, new Dictionary<string, string> { ["a"] = "b" })).ParamName.ShouldBe("key");
        Should.Throw<ArgumentNullException>(() => CryptographicRules.CheckPlaintextLength(key, EncryptionAlgorithm.RsaesOaepSha256, 1)).ParamName.ShouldBe("key");
        Should.Throw<ArgumentNullException>(() => CryptographicRules.CheckSigning(key, SigningAlgorithm.RsassaPssSha256, MessageType.Raw, 1)).ParamName.ShouldBe("key");
        Should.Throw<ArgumentNullException>(() => CryptographicRules.CheckMac(key, MacAlgorithm.HmacSha256)).ParamName.ShouldBe("key");
        Should.Throw<ArgumentNullException>(() => CryptographicRules.CheckCiphertextKey(key, TestKeys.Enabled().KeyId)).ParamName.ShouldBe("requested");
    }

    [Fact]
    public void CheckEncryptionContext_WithNoneOrAnEmptyOne_OrASymmetricKey_IsAllowed()
    {
        var rsa = TestKeys.Enabled() with { KeySpec = KeySpec.Rsa2048 };

        CryptographicRules.CheckEncryptionContext(rsa, null).ShouldBeNull();
        CryptographicRules.CheckEncryptionContext(rsa, new Dictionary<string, string>()).ShouldBeNull();
        CryptographicRules.CheckEncryptionContext(TestKeys.Enabled(), new Dictionary<string, string> { ["a"] = "b" }).ShouldBeNull();
    }

    [Fact]
    public void CheckPlaintextLength_OfSymmetricDefault_LeavesTheModelLimitToTheModel() =>
        CryptographicRules.CheckPlaintextLength(TestKeys.Enabled(), EncryptionAlgorithm.SymmetricDefault, 4096).ShouldBeNull();

    [Theory]
    [InlineData(SigningAlgorithm.RsassaPssSha256, 32)]
    [InlineData(SigningAlgorithm.RsassaPssSha384, 48)]
    [InlineData(SigningAlgorithm.RsassaPssSha512, 64)]
    [InlineData(SigningAlgorithm.RsassaPkcs1V15Sha256, 32)]
    [InlineData(SigningAlgorithm.RsassaPkcs1V15Sha384, 48)]
    [InlineData(SigningAlgorithm.RsassaPkcs1V15Sha512, 64)]
    [InlineData(SigningAlgorithm.EcdsaSha256, 32)]
    [InlineData(SigningAlgorithm.EcdsaSha384, 48)]
    [InlineData(SigningAlgorithm.EcdsaSha512, 64)]
    [InlineData(SigningAlgorithm.Ed25519PhSha512, 64)]
    public void DigestLength_IsTheHashLength(SigningAlgorithm algorithm, int length) =>
        CryptographicRules.DigestLength(algorithm).ShouldBe(length);

    // SM2DSA digests are computed over the identity-prefixed message, ML-DSA signs a message or its external mu, and
    // ED25519_SHA_512 signs the whole message: none has a fixed-length digest to check.
    [Theory]
    [InlineData(SigningAlgorithm.Sm2Dsa)]
    [InlineData(SigningAlgorithm.MlDsaShake256)]
    [InlineData(SigningAlgorithm.Ed25519Sha512)]
    public void DigestLength_OfAnAlgorithmWithoutAFixedDigest_IsNone(SigningAlgorithm algorithm) =>
        CryptographicRules.DigestLength(algorithm).ShouldBeNull();

    [Fact]
    public void MaxRsaPlaintextLength_OfAnotherSpecOrAlgorithm_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => CryptographicRules.MaxRsaPlaintextLength(KeySpec.EccNistP256, EncryptionAlgorithm.RsaesOaepSha256)).ParamName.ShouldBe("spec");
        Should.Throw<ArgumentOutOfRangeException>(() => CryptographicRules.MaxRsaPlaintextLength(KeySpec.Rsa2048, EncryptionAlgorithm.SymmetricDefault)).ParamName.ShouldBe("algorithm");
    }

    [Fact]
    public void CheckSigning_ChecksTheAlgorithmThenTheDigestLength()
    {
        var key = TestKeys.Enabled() with { KeySpec = KeySpec.EccNistP256, KeyUsage = KeyUsage.SignVerify };

        CryptographicRules.CheckSigning(key, SigningAlgorithm.EcdsaSha256, MessageType.Raw, 4096).IsSuccess.ShouldBeTrue();
        CryptographicRules.CheckSigning(key, SigningAlgorithm.EcdsaSha256, MessageType.Digest, 32).IsSuccess.ShouldBeTrue();

        // "Digest is invalid length for algorithm ECDSA_SHA_256" as users quote the service
        // (https://github.com/awslabs/aws-sdk-rust/discussions/571).
        var digest = CryptographicRules.CheckSigning(key, SigningAlgorithm.EcdsaSha256, MessageType.Digest, 31).Error!;
        digest.ErrorCode.ShouldBe("ValidationException");
        digest.Message.ShouldBe("Digest is invalid length for algorithm ECDSA_SHA_256.");

        CryptographicRules.CheckSigning(key, SigningAlgorithm.EcdsaSha384, MessageType.Digest, 31).Error!.Message
            .ShouldBe("Algorithm ECDSA_SHA_384 is incompatible with key spec ECC_NIST_P256.");
        CryptographicRules.CheckSigning(key, SigningAlgorithm.EcdsaSha256, MessageType.ExternalMu, 64).Error!.Message
            .ShouldBe("Message type EXTERNAL_MU is incompatible with key spec ECC_NIST_P256.");
    }

    [Fact]
    public void CheckMac_RefusesAnotherHmacsAlgorithm()
    {
        var key = TestKeys.Enabled() with { KeySpec = KeySpec.Hmac384, KeyUsage = KeyUsage.GenerateVerifyMac };

        CryptographicRules.CheckMac(key, MacAlgorithm.HmacSha384).IsSuccess.ShouldBeTrue();
        CryptographicRules.CheckMac(key, MacAlgorithm.HmacSha256).Error!.Message.ShouldBe("Algorithm HMAC_SHA_256 is incompatible with key spec HMAC_384.");
    }

    [Fact]
    public void DataKeyLength_NeedsExactlyOneOfKeySpecAndNumberOfBytes()
    {
        CryptographicRules.DataKeyLength(DataKeySpec.Aes256, null).AsT0.ShouldBe(32);
        CryptographicRules.DataKeyLength(DataKeySpec.Aes128, null).AsT0.ShouldBe(16);
        CryptographicRules.DataKeyLength(null, 7).AsT0.ShouldBe(7);
        CryptographicRules.DataKeyLength(null, null).AsT1.Message.ShouldBe("Please specify either number of bytes or key spec.");
        CryptographicRules.DataKeyLength(DataKeySpec.Aes128, 16).AsT1.ErrorCode.ShouldBe("ValidationException");
    }

    [Fact]
    public void CheckCiphertextKey_OfAnotherKey_IsIncorrectKey()
    {
        var key = TestKeys.Enabled();

        CryptographicRules.CheckCiphertextKey(key, key.KeyId).IsT0.ShouldBeTrue();
        var error = CryptographicRules.CheckCiphertextKey(key, KeyLifecycle.Identifiers.KeyId.Parse("0987dcba-09fe-87dc-65ba-ab0987654321")).AsT1;

        // Recorded for Decrypt with a wrong KeyId (kms-key-lifecycle.md section 5).
        error.ErrorCode.ShouldBe("IncorrectKeyException");
        error.Message.ShouldBe("The key ID in the request does not identify a CMK that can perform this operation.");
    }

    [Fact]
    public void KeySpecOf_EachDataKeyPairSpec_IsTheKeySpecOfTheSameName()
    {
        foreach (var spec in Enum.GetValues<DataKeyPairSpec>())
        {
            CryptographicRules.KeySpecOf(spec).ToWireName().ShouldBe(spec.ToWireName());
        }
    }
}
