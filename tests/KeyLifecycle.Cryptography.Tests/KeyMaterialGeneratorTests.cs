using System;
using System.Security.Cryptography;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Cryptography.Tests;

public sealed class KeyMaterialGeneratorTests
{
    [Theory]
    [InlineData(KeySpec.SymmetricDefault, 32)]
    [InlineData(KeySpec.Hmac256, 32)]
    [InlineData(KeySpec.Hmac384, 48)]
    [InlineData(KeySpec.Hmac512, 64)]
    public void Generate_SymmetricOrHmac_IsRandomBytesOfTheSpecsLength(KeySpec spec, int length)
    {
        var first = KeyMaterialGenerator.Generate(spec).AsT0;
        var second = KeyMaterialGenerator.Generate(spec).AsT0;

        first.Length.ShouldBe(length);
        KeyMaterialGenerator.SymmetricLength(spec).ShouldBe(length);
        first.ShouldNotBe(second);
    }

    [Theory]
    [InlineData(KeySpec.Rsa2048, 2048)]
    [InlineData(KeySpec.Rsa3072, 3072)]
    [InlineData(KeySpec.Rsa4096, 4096)]
    public void Generate_Rsa_IsAPkcs8KeyOfTheSpecsSize(KeySpec spec, int bits)
    {
        using var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(TestMaterial.For(spec), out _);

        rsa.KeySize.ShouldBe(bits);
    }

    [Theory]
    [InlineData(KeySpec.EccNistP256, "1.2.840.10045.3.1.7")]
    [InlineData(KeySpec.EccNistP384, "1.3.132.0.34")]
    [InlineData(KeySpec.EccNistP521, "1.3.132.0.35")]
    [InlineData(KeySpec.EccSecgP256K1, "1.3.132.0.10")]
    public void Generate_Ecc_IsAPkcs8KeyOnTheSpecsCurve(KeySpec spec, string curveOid)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(TestMaterial.For(spec), out _);

        ecdsa.ExportParameters(false).Curve.Oid.Value.ShouldBe(curveOid);
    }

    [Theory]
    [InlineData(KeySpec.Rsa2048)]
    [InlineData(KeySpec.EccNistP256)]
    [InlineData(KeySpec.EccSecgP256K1)]
    public void ExportSubjectPublicKeyInfo_IsThePublicHalfOfTheMaterial(KeySpec spec)
    {
        var material = TestMaterial.For(spec);
        using AsymmetricAlgorithm outside = spec == KeySpec.Rsa2048 ? RSA.Create() : ECDsa.Create();
        outside.ImportPkcs8PrivateKey(material, out _);

        PublicKeys.ExportSubjectPublicKeyInfo(spec, material).ShouldBe(outside.ExportSubjectPublicKeyInfo());
    }

    // "KeySpec SM2 is not supported in this Region": the service's refusal of a key spec its Region does not offer
    // (UnsupportedOperationException, us-east-1, https://github.com/floci-io/floci/issues/3026). The platform has no
    // SHA-224, Ed25519 or SM2, and no ML-DSA on this machine's OpenSSL 3.0, so those specs get the same wording.
    [Theory]
    [InlineData(KeySpec.Sm2, "KeySpec SM2 is not supported in this Region")]
    [InlineData(KeySpec.Hmac224, "KeySpec HMAC_224 is not supported in this Region")]
    [InlineData(KeySpec.EccNistEdwards25519, "KeySpec ECC_NIST_EDWARDS25519 is not supported in this Region")]
    [InlineData(KeySpec.MlDsa44, "KeySpec ML_DSA_44 is not supported in this Region")]
    [InlineData(KeySpec.MlDsa65, "KeySpec ML_DSA_65 is not supported in this Region")]
    [InlineData(KeySpec.MlDsa87, "KeySpec ML_DSA_87 is not supported in this Region")]
    public void Generate_SpecThePlatformLacks_IsUnsupportedInThisRegion(KeySpec spec, string message)
    {
        KeyMaterialGenerator.IsAvailable(spec).ShouldBeFalse();
        var error = KeyMaterialGenerator.Generate(spec).AsT1;

        error.ErrorCode.ShouldBe("UnsupportedOperationException");
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void IsAvailable_IsTrueForEveryOtherSpec()
    {
        foreach (var spec in Enum.GetValues<KeySpec>())
        {
            var lacking = spec is KeySpec.Sm2 or KeySpec.Hmac224 or KeySpec.EccNistEdwards25519 or KeySpec.MlDsa44 or KeySpec.MlDsa65 or KeySpec.MlDsa87;
            KeyMaterialGenerator.IsAvailable(spec).ShouldBe(!lacking, spec.ToString());
        }
    }

    [Fact]
    public void MlDsa_IsNotSupportedByThisPlatform()
    {
        // The premise of refusing ML_DSA_*: .NET's ML-DSA needs OpenSSL 3.5; this machine has 3.0.
#pragma warning disable SYSLIB5006 // ML-DSA is experimental in .NET 10; only its IsSupported flag is read.
        MLDsa.IsSupported.ShouldBeFalse();
#pragma warning restore SYSLIB5006
    }

    [Fact]
    public void RandomBytes_Generate_GivesThatManyBytes() =>
        RandomBytes.Generate(1024).Length.ShouldBe(1024);
}
