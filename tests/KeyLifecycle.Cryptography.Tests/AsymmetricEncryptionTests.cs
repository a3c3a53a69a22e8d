using System.Security.Cryptography;
using KeyLifecycle.Algorithms;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Cryptography.Tests;

public sealed class AsymmetricEncryptionTests
{
    public static TheoryData<KeySpec, EncryptionAlgorithm> Cases { get; } = new()
    {
        { KeySpec.Rsa2048, EncryptionAlgorithm.RsaesOaepSha1 },
        { KeySpec.Rsa2048, EncryptionAlgorithm.RsaesOaepSha256 },
        { KeySpec.Rsa3072, EncryptionAlgorithm.RsaesOaepSha1 },
        { KeySpec.Rsa3072, EncryptionAlgorithm.RsaesOaepSha256 },
        { KeySpec.Rsa4096, EncryptionAlgorithm.RsaesOaepSha1 },
        { KeySpec.Rsa4096, EncryptionAlgorithm.RsaesOaepSha256 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decrypt_OfCiphertextMadeElsewhereWithThePublicKey_ReturnsThePlaintext(KeySpec spec, EncryptionAlgorithm algorithm)
    {
        var material = TestMaterial.For(spec);
        using var outside = RSA.Create();
        outside.ImportSubjectPublicKeyInfo(PublicKeys.ExportSubjectPublicKeyInfo(spec, material), out _);
        var plaintext = RandomNumberGenerator.GetBytes(CryptographicRules.MaxRsaPlaintextLength(spec, algorithm));

        var ciphertext = outside.Encrypt(plaintext, Padding(algorithm));

        AsymmetricEncryption.Decrypt(material, algorithm, ciphertext).AsT0.ShouldBe(plaintext);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Encrypt_GivesCiphertextThePrivateKeyDecryptsElsewhere(KeySpec spec, EncryptionAlgorithm algorithm)
    {
        var material = TestMaterial.For(spec);
        using var outside = RSA.Create();
        outside.ImportPkcs8PrivateKey(material, out _);

        var ciphertext = AsymmetricEncryption.Encrypt(material, algorithm, "hello"u8);

        ciphertext.Length.ShouldBe(outside.KeySize / 8);
        outside.Decrypt(ciphertext, Padding(algorithm)).ShouldBe("hello"u8.ToArray());
    }

    [Theory]
    [InlineData(EncryptionAlgorithm.RsaesOaepSha1, "sha1")]
    [InlineData(EncryptionAlgorithm.RsaesOaepSha256, "sha256")]
    public void Decrypt_OfCiphertextMadeByPythonCryptography_ReturnsThePlaintext(EncryptionAlgorithm algorithm, string hash)
    {
        var material = TestMaterial.For(KeySpec.Rsa3072);
        var publicKey = PublicKeys.ExportSubjectPublicKeyInfo(KeySpec.Rsa3072, material);

        var ciphertext = PythonCryptography.Run(
            $"""
            from cryptography.hazmat.primitives import serialization, hashes
            from cryptography.hazmat.primitives.asymmetric import padding
            key = serialization.load_der_public_key(args[0])
            h = hashes.{hash.ToUpperInvariant()}()
            print(key.encrypt(args[1], padding.OAEP(mgf=padding.MGF1(algorithm=h), algorithm=h, label=None)).hex())
            """,
            publicKey,
            "from python"u8.ToArray());

        AsymmetricEncryption.Decrypt(material, algorithm, ciphertext).AsT0.ShouldBe("from python"u8.ToArray());
    }

    [Fact]
    public void Decrypt_WithTheOtherOaepHash_IsInvalidCiphertext()
    {
        var material = TestMaterial.For(KeySpec.Rsa2048);
        var ciphertext = AsymmetricEncryption.Encrypt(material, EncryptionAlgorithm.RsaesOaepSha256, "hello"u8);

        AsymmetricEncryption.Decrypt(material, EncryptionAlgorithm.RsaesOaepSha1, ciphertext).IsT1.ShouldBeTrue();
    }

    [Fact]
    public void Decrypt_OfTamperedCiphertext_IsInvalidCiphertext()
    {
        var material = TestMaterial.For(KeySpec.Rsa2048);
        var ciphertext = AsymmetricEncryption.Encrypt(material, EncryptionAlgorithm.RsaesOaepSha256, "hello"u8);
        ciphertext[100] ^= 1;

        AsymmetricEncryption.Decrypt(material, EncryptionAlgorithm.RsaesOaepSha256, ciphertext).AsT1.ErrorCode.ShouldBe("InvalidCiphertextException");
    }

    [Fact]
    public void Decrypt_OfCiphertextOfWrongLength_IsInvalidCiphertext() =>
        AsymmetricEncryption.Decrypt(TestMaterial.For(KeySpec.Rsa2048), EncryptionAlgorithm.RsaesOaepSha1, new byte[10]).IsT1.ShouldBeTrue();

    // The limits the KMS Developer Guide lists for RSAES_OAEP (symm-asymm-choose-key-spec.html, "RSA key specs for
    // encryption and decryption"): RSA_2048 214/190, RSA_3072 342/318, RSA_4096 470/446 bytes for SHA-1/SHA-256.
    [Theory]
    [InlineData(KeySpec.Rsa2048, EncryptionAlgorithm.RsaesOaepSha1, 214)]
    [InlineData(KeySpec.Rsa2048, EncryptionAlgorithm.RsaesOaepSha256, 190)]
    [InlineData(KeySpec.Rsa3072, EncryptionAlgorithm.RsaesOaepSha1, 342)]
    [InlineData(KeySpec.Rsa3072, EncryptionAlgorithm.RsaesOaepSha256, 318)]
    [InlineData(KeySpec.Rsa4096, EncryptionAlgorithm.RsaesOaepSha1, 470)]
    [InlineData(KeySpec.Rsa4096, EncryptionAlgorithm.RsaesOaepSha256, 446)]
    public void Encrypt_BeyondMaxRsaPlaintextLength_Throws(KeySpec spec, EncryptionAlgorithm algorithm, int expected)
    {
        CryptographicRules.MaxRsaPlaintextLength(spec, algorithm).ShouldBe(expected);
        Should.Throw<CryptographicException>(() => AsymmetricEncryption.Encrypt(TestMaterial.For(spec), algorithm, new byte[expected + 1]));
    }

    private static RSAEncryptionPadding Padding(EncryptionAlgorithm algorithm) =>
        algorithm == EncryptionAlgorithm.RsaesOaepSha1 ? RSAEncryptionPadding.OaepSHA1 : RSAEncryptionPadding.OaepSHA256;
}
