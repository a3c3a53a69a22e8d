using System;
using System.Security.Cryptography;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Operations;
using KeyLifecycle.Protocol.Storage;
using KeyLifecycle.Protocol.Tests.Sdk;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Pipeline;

public class KeyMaterialUnwrappingTests
{
    private static readonly KeyArn s_arn = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");

    private static ImportSessionRecord Session(RSA rsa) => new(
        s_arn, ImportSessionRecord.TokenIdOf([1, 2, 3]), "RSA_AES_KEY_WRAP_SHA_256", rsa.ExportPkcs8PrivateKey(), DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue);

    // RFC 5649, section 6: the test vectors of AES key wrap with padding.
    [Theory]
    [InlineData("c37b7e6492584340bed12207808941155068f738", "138bdeaa9b8fa7fc61f97742e72248ee5ae6ae5360d1ae6a5f54f373fa543b6a")]
    [InlineData("466f7250617369", "afbeb0f07dfbf5419200f2ccb50bb24f")]
    public void AesKeyWrapWithPadding_RfcVectors_Match(string key, string wrapped)
    {
        var kek = Convert.FromHexString("5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8");
        var wrappedBytes = KeyMaterial.AesKeyWrapWithPadding(kek, Convert.FromHexString(key));
        Convert.ToHexStringLower(wrappedBytes).ShouldBe(wrapped);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(32)]
    [InlineData(1217)]
    public void Unwrap_RsaAesKeyWrap_ReturnsTheMaterial(int length)
    {
        using var rsa = RSA.Create(2048);
        var session = Session(rsa);
        var material = RandomNumberGenerator.GetBytes(length);

        using var wrapped = KeyMaterial.WrapRsaAesKeyWrapSha256(rsa.ExportSubjectPublicKeyInfo(), material);

        KeyMaterialUnwrapping.Unwrap(session, wrapped.ToArray()).ShouldBe(material);
    }

    [Fact]
    public void Unwrap_TamperedCiphertext_ReturnsNull()
    {
        using var rsa = RSA.Create(2048);
        var session = Session(rsa);
        using var wrapped = KeyMaterial.WrapRsaAesKeyWrapSha256(rsa.ExportSubjectPublicKeyInfo(), RandomNumberGenerator.GetBytes(32));
        var bytes = wrapped.ToArray();
        bytes[^1] ^= 1;

        KeyMaterialUnwrapping.Unwrap(session, bytes).ShouldBeNull();
    }

    [Theory]
    [InlineData(KeySpec.SymmetricDefault, 32, true)]
    [InlineData(KeySpec.SymmetricDefault, 16, false)]
    [InlineData(KeySpec.Hmac256, 64, true)]
    [InlineData(KeySpec.Hmac256, 65, false)]
    public void Fits_SymmetricLengths_AreChecked(KeySpec spec, int length, bool fits) =>
        KeyMaterialUnwrapping.Fits(spec, new byte[length]).ShouldBe(fits);

    [Fact]
    public void Fits_RsaPrivateKey_MustHaveTheSpecsSize()
    {
        using var rsa = RSA.Create(2048);
        var pkcs8 = rsa.ExportPkcs8PrivateKey();

        KeyMaterialUnwrapping.Fits(KeySpec.Rsa2048, pkcs8).ShouldBeTrue();
        KeyMaterialUnwrapping.Fits(KeySpec.Rsa3072, pkcs8).ShouldBeFalse();
        KeyMaterialUnwrapping.Fits(KeySpec.EccNistP256, pkcs8).ShouldBeFalse();
    }
}
