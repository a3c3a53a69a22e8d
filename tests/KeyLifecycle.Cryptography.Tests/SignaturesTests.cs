using System;
using System.Security.Cryptography;
using KeyLifecycle.Algorithms;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Cryptography.Tests;

public sealed class SignaturesTests
{
    public static TheoryData<KeySpec, SigningAlgorithm> Cases { get; } = Build();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sign_Raw_VerifiesElsewhereWithThePublicKey(KeySpec spec, SigningAlgorithm algorithm)
    {
        var material = TestMaterial.For(spec);
        var publicKey = PublicKeys.ExportSubjectPublicKeyInfo(spec, material);
        var message = "the message"u8.ToArray();

        var signature = Signatures.Sign(spec, material, algorithm, MessageType.Raw, message);

        VerifyElsewhere(spec, algorithm, publicKey, message, signature).ShouldBeTrue();
        message[0] ^= 1;
        VerifyElsewhere(spec, algorithm, publicKey, message, signature).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sign_Digest_IsASignatureOfTheMessageThatDigestCameFrom(KeySpec spec, SigningAlgorithm algorithm)
    {
        var material = TestMaterial.For(spec);
        var publicKey = PublicKeys.ExportSubjectPublicKeyInfo(spec, material);
        var message = "the message"u8.ToArray();
        var digest = HashElsewhere(algorithm, message);
        digest.Length.ShouldBe(Signatures.DigestLength(algorithm));

        var signature = Signatures.Sign(spec, material, algorithm, MessageType.Digest, digest);

        VerifyElsewhere(spec, algorithm, publicKey, message, signature).ShouldBeTrue();
        Signatures.Verify(spec, material, algorithm, MessageType.Raw, message, signature).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Verify_OfSignatureMadeElsewhere_IsTrueOnlyForItsMessage(KeySpec spec, SigningAlgorithm algorithm)
    {
        var material = TestMaterial.For(spec);
        var message = "signed elsewhere"u8.ToArray();
        var signature = SignElsewhere(spec, algorithm, material, message);

        Signatures.Verify(spec, material, algorithm, MessageType.Raw, message, signature).ShouldBeTrue();
        Signatures.Verify(spec, material, algorithm, MessageType.Digest, HashElsewhere(algorithm, message), signature).ShouldBeTrue();
        Signatures.Verify(spec, material, algorithm, MessageType.Raw, "another message"u8, signature).ShouldBeFalse();
    }

    [Theory]
    [InlineData(KeySpec.EccNistP256)]
    [InlineData(KeySpec.Rsa2048)]
    public void Verify_OfBytesThatAreNoSignature_IsFalse(KeySpec spec)
    {
        var algorithm = spec == KeySpec.Rsa2048 ? SigningAlgorithm.RsassaPssSha256 : SigningAlgorithm.EcdsaSha256;

        Signatures.Verify(spec, TestMaterial.For(spec), algorithm, MessageType.Raw, "m"u8, [0x30, 0x02, 0x01]).ShouldBeFalse();
        Signatures.Verify(spec, TestMaterial.For(spec), algorithm, MessageType.Raw, "m"u8, new byte[600]).ShouldBeFalse();
    }

    [Fact]
    public void Sign_EcdsaSecp256k1_VerifiesWithPythonCryptography()
    {
        var material = TestMaterial.For(KeySpec.EccSecgP256K1);
        var signature = Signatures.Sign(KeySpec.EccSecgP256K1, material, SigningAlgorithm.EcdsaSha256, MessageType.Raw, "k1"u8);

        PythonCryptography.RunBool(
            """
            from cryptography.hazmat.primitives import serialization, hashes
            from cryptography.hazmat.primitives.asymmetric import ec
            key = serialization.load_der_public_key(args[0])
            assert isinstance(key.curve, ec.SECP256K1)
            try:
                key.verify(args[2], args[1], ec.ECDSA(hashes.SHA256()))
                print("01")
            except Exception:
                print("00")
            """,
            PublicKeys.ExportSubjectPublicKeyInfo(KeySpec.EccSecgP256K1, material),
            "k1"u8.ToArray(),
            signature).ShouldBeTrue();
    }

    [Theory]
    [InlineData(SigningAlgorithm.RsassaPssSha384, "padding.PSS(mgf=padding.MGF1(hashes.SHA384()), salt_length=48)", "SHA384")]
    [InlineData(SigningAlgorithm.RsassaPkcs1V15Sha512, "padding.PKCS1v15()", "SHA512")]
    public void Sign_Rsa_VerifiesWithPythonCryptography(SigningAlgorithm algorithm, string padding, string hash)
    {
        var material = TestMaterial.For(KeySpec.Rsa3072);
        var signature = Signatures.Sign(KeySpec.Rsa3072, material, algorithm, MessageType.Raw, "rsa"u8);

        PythonCryptography.RunBool(
            $"""
            from cryptography.hazmat.primitives import serialization, hashes
            from cryptography.hazmat.primitives.asymmetric import padding
            key = serialization.load_der_public_key(args[0])
            try:
                key.verify(args[2], args[1], {padding}, hashes.{hash}())
                print("01")
            except Exception:
                print("00")
            """,
            PublicKeys.ExportSubjectPublicKeyInfo(KeySpec.Rsa3072, material),
            "rsa"u8.ToArray(),
            signature).ShouldBeTrue();
    }

    [Fact]
    public void Verify_OfEcdsaSignatureMadeByPythonCryptography_IsTrue()
    {
        var material = TestMaterial.For(KeySpec.EccNistP521);
        var signature = PythonCryptography.Run(
            """
            from cryptography.hazmat.primitives import serialization, hashes
            from cryptography.hazmat.primitives.asymmetric import ec
            key = serialization.load_der_private_key(args[0], password=None)
            print(key.sign(args[1], ec.ECDSA(hashes.SHA512())).hex())
            """,
            material,
            "p521"u8.ToArray());

        Signatures.Verify(KeySpec.EccNistP521, material, SigningAlgorithm.EcdsaSha512, MessageType.Raw, "p521"u8, signature).ShouldBeTrue();
    }

    [Fact]
    public void Sign_WithAnAlgorithmThatDoesNotFitTheKey_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() =>
            Signatures.Sign(KeySpec.EccNistP256, TestMaterial.For(KeySpec.EccNistP256), SigningAlgorithm.RsassaPssSha256, MessageType.Raw, "m"u8));

    private static TheoryData<KeySpec, SigningAlgorithm> Build()
    {
        var data = new TheoryData<KeySpec, SigningAlgorithm>();
        foreach (var spec in new[] { KeySpec.Rsa2048, KeySpec.Rsa3072, KeySpec.Rsa4096 })
        {
            foreach (var algorithm in new[]
            {
                SigningAlgorithm.RsassaPssSha256, SigningAlgorithm.RsassaPssSha384, SigningAlgorithm.RsassaPssSha512,
                SigningAlgorithm.RsassaPkcs1V15Sha256, SigningAlgorithm.RsassaPkcs1V15Sha384, SigningAlgorithm.RsassaPkcs1V15Sha512,
            })
            {
                data.Add(spec, algorithm);
            }
        }

        data.Add(KeySpec.EccNistP256, SigningAlgorithm.EcdsaSha256);
        data.Add(KeySpec.EccNistP384, SigningAlgorithm.EcdsaSha384);
        data.Add(KeySpec.EccNistP521, SigningAlgorithm.EcdsaSha512);
        data.Add(KeySpec.EccSecgP256K1, SigningAlgorithm.EcdsaSha256);
        return data;
    }

    private static HashAlgorithmName HashOf(SigningAlgorithm algorithm) => algorithm.ToWireName()[^3..] switch
    {
        "256" => HashAlgorithmName.SHA256,
        "384" => HashAlgorithmName.SHA384,
        _ => HashAlgorithmName.SHA512,
    };

    private static byte[] HashElsewhere(SigningAlgorithm algorithm, byte[] message)
    {
        using var hash = IncrementalHash.CreateHash(HashOf(algorithm));
        hash.AppendData(message);
        return hash.GetHashAndReset();
    }

    private static bool IsRsa(KeySpec spec) => spec is KeySpec.Rsa2048 or KeySpec.Rsa3072 or KeySpec.Rsa4096;

    private static RSASignaturePadding RsaPadding(SigningAlgorithm algorithm) =>
        algorithm.ToWireName().StartsWith("RSASSA_PSS", StringComparison.Ordinal) ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1;

    private static bool VerifyElsewhere(KeySpec spec, SigningAlgorithm algorithm, byte[] publicKey, byte[] message, byte[] signature)
    {
        if (IsRsa(spec))
        {
            using var rsa = RSA.Create();
            rsa.ImportSubjectPublicKeyInfo(publicKey, out _);
            return rsa.VerifyData(message, signature, HashOf(algorithm), RsaPadding(algorithm));
        }

        using var ecdsa = ECDsa.Create();
        ecdsa.ImportSubjectPublicKeyInfo(publicKey, out _);
        return ecdsa.VerifyData(message, signature, HashOf(algorithm), DSASignatureFormat.Rfc3279DerSequence);
    }

    private static byte[] SignElsewhere(KeySpec spec, SigningAlgorithm algorithm, byte[] privateKey, byte[] message)
    {
        if (IsRsa(spec))
        {
            using var rsa = RSA.Create();
            rsa.ImportPkcs8PrivateKey(privateKey, out _);
            return rsa.SignData(message, HashOf(algorithm), RsaPadding(algorithm));
        }

        using var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(privateKey, out _);
        return ecdsa.SignData(message, HashOf(algorithm), DSASignatureFormat.Rfc3279DerSequence);
    }
}
