using System;
using System.Collections.Generic;
using System.Linq;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

/// <summary>The key spec table against the KMS Developer Guide's "Choosing a KMS key type" and the CreateKey API reference, as literal text.</summary>
public class KeySpecsTests
{
    // KeySpec -> the KeyUsage values CreateKey accepts for it.
    private static readonly Dictionary<string, string[]> s_usages = new()
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

    public static TheoryData<string, string> AllCombinations()
    {
        var data = new TheoryData<string, string>();
        foreach (var spec in s_usages.Keys)
        {
            foreach (var usage in new[] { "ENCRYPT_DECRYPT", "SIGN_VERIFY", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT" })
            {
                data.Add(spec, usage);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void Allows_EveryCombination_IsAsDocumented(string spec, string usage)
    {
        KmsWireNames.TryParseKeySpec(spec, out var keySpec).ShouldBeTrue();
        KmsWireNames.TryParseKeyUsage(usage, out var keyUsage).ShouldBeTrue();

        KeySpecs.Allows(keySpec, keyUsage).ShouldBe(s_usages[spec].Contains(usage));
    }

    [Fact]
    public void Table_CoversEveryKeySpec() =>
        s_usages.Keys.Order().ShouldBe(KmsWireNames.KeySpecValues.ToArray().Order());

    [Theory]
    [InlineData("SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", "SYMMETRIC_DEFAULT")]
    [InlineData("RSA_2048", "ENCRYPT_DECRYPT", "RSAES_OAEP_SHA_1,RSAES_OAEP_SHA_256")]
    [InlineData("RSA_4096", "SIGN_VERIFY", "")]
    [InlineData("SM2", "ENCRYPT_DECRYPT", "SM2PKE")]
    [InlineData("HMAC_256", "GENERATE_VERIFY_MAC", "")]
    public void EncryptionAlgorithms_AreTheDocumentedLists(string spec, string usage, string expected) =>
        string.Join(",", KeySpecs.EncryptionAlgorithms(Spec(spec), Usage(usage))).ShouldBe(expected);

    [Theory]
    [InlineData("RSA_3072", "SIGN_VERIFY", "RSASSA_PKCS1_V1_5_SHA_256,RSASSA_PKCS1_V1_5_SHA_384,RSASSA_PKCS1_V1_5_SHA_512,RSASSA_PSS_SHA_256,RSASSA_PSS_SHA_384,RSASSA_PSS_SHA_512")]
    [InlineData("RSA_2048", "ENCRYPT_DECRYPT", "")]
    [InlineData("ECC_NIST_P256", "SIGN_VERIFY", "ECDSA_SHA_256")]
    [InlineData("ECC_SECG_P256K1", "SIGN_VERIFY", "ECDSA_SHA_256")]
    [InlineData("ECC_NIST_P384", "SIGN_VERIFY", "ECDSA_SHA_384")]
    [InlineData("ECC_NIST_P521", "SIGN_VERIFY", "ECDSA_SHA_512")]
    [InlineData("ECC_NIST_P256", "KEY_AGREEMENT", "")]
    [InlineData("ECC_NIST_EDWARDS25519", "SIGN_VERIFY", "ED25519_SHA_512,ED25519_PH_SHA_512")]
    [InlineData("SM2", "SIGN_VERIFY", "SM2DSA")]
    [InlineData("ML_DSA_44", "SIGN_VERIFY", "ML_DSA_SHAKE_256")]
    [InlineData("ML_DSA_65", "SIGN_VERIFY", "ML_DSA_SHAKE_256")]
    [InlineData("ML_DSA_87", "SIGN_VERIFY", "ML_DSA_SHAKE_256")]
    [InlineData("SYMMETRIC_DEFAULT", "SIGN_VERIFY", "")]
    public void SigningAlgorithms_AreTheDocumentedLists(string spec, string usage, string expected) =>
        string.Join(",", KeySpecs.SigningAlgorithms(Spec(spec), Usage(usage))).ShouldBe(expected);

    [Theory]
    [InlineData("HMAC_224", "HMAC_SHA_224")]
    [InlineData("HMAC_256", "HMAC_SHA_256")]
    [InlineData("HMAC_384", "HMAC_SHA_384")]
    [InlineData("HMAC_512", "HMAC_SHA_512")]
    [InlineData("SYMMETRIC_DEFAULT", "")]
    public void MacAlgorithms_AreTheDocumentedLists(string spec, string expected) =>
        string.Join(",", KeySpecs.MacAlgorithms(Spec(spec))).ShouldBe(expected);

    [Theory]
    [InlineData("KEY_AGREEMENT", "ECDH")]
    [InlineData("SIGN_VERIFY", "")]
    public void KeyAgreementAlgorithms_AreEcdhForKeyAgreementOnly(string usage, string expected) =>
        string.Join(",", KeySpecs.KeyAgreementAlgorithms(Usage(usage))).ShouldBe(expected);

    [Fact]
    public void IsSymmetricEncryption_IsTrueOnlyForSymmetricDefault() =>
        Enum.GetValues<KeySpec>().Where(KeySpecs.IsSymmetricEncryption).ShouldBe([KeySpec.SymmetricDefault]);

    [Fact]
    public void IsHmac_IsTrueForTheFourHmacSpecs() =>
        Enum.GetValues<KeySpec>().Where(KeySpecs.IsHmac).Select(s => s.ToWireName()).ShouldBe(["HMAC_224", "HMAC_256", "HMAC_384", "HMAC_512"]);

    [Fact]
    public void Allows_UndefinedSpec_IsFalse() => KeySpecs.Allows((KeySpec)99, KeyUsage.EncryptDecrypt).ShouldBeFalse();

    private static KeySpec Spec(string wire) => KmsWireNames.TryParseKeySpec(wire, out var spec) ? spec : throw new ArgumentException(wire);

    private static KeyUsage Usage(string wire) => KmsWireNames.TryParseKeyUsage(wire, out var usage) ? usage : throw new ArgumentException(wire);
}
