using System.Security.Cryptography;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Cryptography.Tests;

public sealed class KeyAgreementTests
{
    [Theory]
    [InlineData(KeySpec.EccNistP256, 32)]
    [InlineData(KeySpec.EccNistP384, 48)]
    [InlineData(KeySpec.EccNistP521, 66)]
    public void TryDeriveSharedSecret_EqualsWhatThePeerDerivesElsewhere(KeySpec spec, int length)
    {
        var material = TestMaterial.For(spec);
        using var peer = ECDiffieHellman.Create(CurveOf(spec));
        using var ours = ECDiffieHellman.Create();
        ours.ImportSubjectPublicKeyInfo(PublicKeys.ExportSubjectPublicKeyInfo(spec, material), out _);

        KeyAgreement.TryDeriveSharedSecret(material, peer.ExportSubjectPublicKeyInfo(), out var secret).ShouldBeTrue();

        secret.Length.ShouldBe(length);
        secret.ShouldBe(peer.DeriveRawSecretAgreement(ours.PublicKey));
    }

    [Fact]
    public void TryDeriveSharedSecret_EqualsWhatPythonCryptographyDerives()
    {
        var material = TestMaterial.For(KeySpec.EccNistP384);
        using var peer = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP384);

        var expected = PythonCryptography.Run(
            """
            from cryptography.hazmat.primitives import serialization
            from cryptography.hazmat.primitives.asymmetric import ec
            own = serialization.load_der_private_key(args[0], password=None)
            print(own.exchange(ec.ECDH(), serialization.load_der_public_key(args[1])).hex())
            """,
            material,
            peer.ExportSubjectPublicKeyInfo());

        KeyAgreement.TryDeriveSharedSecret(material, peer.ExportSubjectPublicKeyInfo(), out var secret).ShouldBeTrue();
        secret.ShouldBe(expected);
    }

    [Fact]
    public void TryDeriveSharedSecret_WithPeerKeyOnAnotherCurve_Fails()
    {
        using var peer = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP384);

        KeyAgreement.TryDeriveSharedSecret(TestMaterial.For(KeySpec.EccNistP256), peer.ExportSubjectPublicKeyInfo(), out var secret).ShouldBeFalse();
        secret.ShouldBeEmpty();
    }

    [Fact]
    public void TryDeriveSharedSecret_WithBytesThatAreNoPublicKey_Fails() =>
        KeyAgreement.TryDeriveSharedSecret(TestMaterial.For(KeySpec.EccNistP256), [0x30, 0x03, 0x01, 0x02, 0x03], out _).ShouldBeFalse();

    [Fact]
    public void TryDeriveSharedSecret_WithAnRsaPublicKey_Fails()
    {
        var rsaPublic = PublicKeys.ExportSubjectPublicKeyInfo(KeySpec.Rsa2048, TestMaterial.For(KeySpec.Rsa2048));

        KeyAgreement.TryDeriveSharedSecret(TestMaterial.For(KeySpec.EccNistP256), rsaPublic, out _).ShouldBeFalse();
    }

    private static ECCurve CurveOf(KeySpec spec) => spec switch
    {
        KeySpec.EccNistP256 => ECCurve.NamedCurves.nistP256,
        KeySpec.EccNistP384 => ECCurve.NamedCurves.nistP384,
        _ => ECCurve.NamedCurves.nistP521,
    };
}
