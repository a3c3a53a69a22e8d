using System;
using KeyLifecycle.Algorithms;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Algorithms;

// The enumerations of the KMS service model (botocore botocore/data/kms/2014-11-01/service-2.json, botocore 1.43.11),
// in model order, as literal text.
public sealed class AlgorithmWireNamesTests
{
    [Fact]
    public void EncryptionAlgorithmValues_AreTheModelsEncryptionAlgorithmSpec() =>
        AlgorithmWireNames.EncryptionAlgorithmValues.ToArray().ShouldBe(["SYMMETRIC_DEFAULT", "RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256", "SM2PKE"]);

    [Fact]
    public void SigningAlgorithmValues_AreTheModelsSigningAlgorithmSpec() =>
        AlgorithmWireNames.SigningAlgorithmValues.ToArray().ShouldBe([
            "RSASSA_PSS_SHA_256", "RSASSA_PSS_SHA_384", "RSASSA_PSS_SHA_512", "RSASSA_PKCS1_V1_5_SHA_256", "RSASSA_PKCS1_V1_5_SHA_384",
            "RSASSA_PKCS1_V1_5_SHA_512", "ECDSA_SHA_256", "ECDSA_SHA_384", "ECDSA_SHA_512", "SM2DSA", "ML_DSA_SHAKE_256", "ED25519_SHA_512",
            "ED25519_PH_SHA_512",
        ]);

    [Fact]
    public void OtherValues_AreTheModelsEnumerations()
    {
        AlgorithmWireNames.MacAlgorithmValues.ToArray().ShouldBe(["HMAC_SHA_224", "HMAC_SHA_256", "HMAC_SHA_384", "HMAC_SHA_512"]);
        AlgorithmWireNames.MessageTypeValues.ToArray().ShouldBe(["RAW", "DIGEST", "EXTERNAL_MU"]);
        AlgorithmWireNames.KeyAgreementAlgorithmValues.ToArray().ShouldBe(["ECDH"]);
        AlgorithmWireNames.DataKeySpecValues.ToArray().ShouldBe(["AES_256", "AES_128"]);
        AlgorithmWireNames.DataKeyPairSpecValues.ToArray().ShouldBe([
            "RSA_2048", "RSA_3072", "RSA_4096", "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1", "SM2", "ECC_NIST_EDWARDS25519",
        ]);
    }

    [Fact]
    public void TryParse_OfEachWireName_RoundTrips()
    {
        foreach (var value in Enum.GetValues<SigningAlgorithm>())
        {
            AlgorithmWireNames.TryParseSigningAlgorithm(value.ToWireName(), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(value);
        }

        foreach (var value in Enum.GetValues<EncryptionAlgorithm>())
        {
            AlgorithmWireNames.TryParseEncryptionAlgorithm(value.ToWireName(), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(value);
        }

        foreach (var value in Enum.GetValues<MacAlgorithm>())
        {
            AlgorithmWireNames.TryParseMacAlgorithm(value.ToWireName(), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(value);
        }

        foreach (var value in Enum.GetValues<MessageType>())
        {
            AlgorithmWireNames.TryParseMessageType(value.ToWireName(), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(value);
        }

        foreach (var value in Enum.GetValues<DataKeySpec>())
        {
            AlgorithmWireNames.TryParseDataKeySpec(value.ToWireName(), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(value);
        }

        foreach (var value in Enum.GetValues<DataKeyPairSpec>())
        {
            AlgorithmWireNames.TryParseDataKeyPairSpec(value.ToWireName(), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(value);
        }

        AlgorithmWireNames.TryParseKeyAgreementAlgorithm("ECDH", out var ecdh).ShouldBeTrue();
        ecdh.ShouldBe(KeyAgreementAlgorithm.Ecdh);
    }

    [Theory]
    [InlineData("rsaes_oaep_sha_1")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_OfOtherSpelling_IsFalse(string? text)
    {
        AlgorithmWireNames.TryParseEncryptionAlgorithm(text, out _).ShouldBeFalse();
        AlgorithmWireNames.TryParseSigningAlgorithm(text, out _).ShouldBeFalse();
        AlgorithmWireNames.TryParseMacAlgorithm(text, out _).ShouldBeFalse();
        AlgorithmWireNames.TryParseMessageType(text, out _).ShouldBeFalse();
        AlgorithmWireNames.TryParseKeyAgreementAlgorithm(text, out _).ShouldBeFalse();
        AlgorithmWireNames.TryParseDataKeySpec(text, out _).ShouldBeFalse();
        AlgorithmWireNames.TryParseDataKeyPairSpec(text, out _).ShouldBeFalse();
    }

    [Fact]
    public void ToWireName_OfUndefinedMember_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => ((SigningAlgorithm)99).ToWireName());
}
