using System;
using System.Security.Cryptography;
using FsCheck.Xunit;
using KeyLifecycle.Algorithms;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Cryptography.Tests;

public sealed class MacsTests
{
    [Property]
    public bool Generate_EqualsTheBareHmacOfTheMessage(byte[] message)
    {
        var key256 = TestMaterial.For(KeySpec.Hmac256);
        var key384 = TestMaterial.For(KeySpec.Hmac384);
        var key512 = TestMaterial.For(KeySpec.Hmac512);
        using var hmac256 = new HMACSHA256(key256);
        using var hmac384 = new HMACSHA384(key384);
        using var hmac512 = new HMACSHA512(key512);

        return Macs.Generate(MacAlgorithm.HmacSha256, key256, message).AsSpan().SequenceEqual(hmac256.ComputeHash(message))
            && Macs.Generate(MacAlgorithm.HmacSha384, key384, message).AsSpan().SequenceEqual(hmac384.ComputeHash(message))
            && Macs.Generate(MacAlgorithm.HmacSha512, key512, message).AsSpan().SequenceEqual(hmac512.ComputeHash(message));
    }

    [Theory]
    [InlineData(MacAlgorithm.HmacSha256, KeySpec.Hmac256, "sha256")]
    [InlineData(MacAlgorithm.HmacSha384, KeySpec.Hmac384, "sha384")]
    [InlineData(MacAlgorithm.HmacSha512, KeySpec.Hmac512, "sha512")]
    public void Generate_EqualsPythonHmac(MacAlgorithm algorithm, KeySpec spec, string hash)
    {
        var key = TestMaterial.For(spec);

        var expected = PythonCryptography.Run($"import hmac, hashlib\nprint(hmac.new(args[0], args[1], hashlib.{hash}).hexdigest())", key, "python"u8.ToArray());

        Macs.Generate(algorithm, key, "python"u8).ShouldBe(expected);
    }

    [Fact]
    public void Verify_OfItsOwnTag_IsTrue_AndOfAnyOtherBytesFalse()
    {
        var key = TestMaterial.For(KeySpec.Hmac256);
        var mac = Macs.Generate(MacAlgorithm.HmacSha256, key, "m"u8);

        Macs.Verify(MacAlgorithm.HmacSha256, key, "m"u8, mac).ShouldBeTrue();
        Macs.Verify(MacAlgorithm.HmacSha256, key, "n"u8, mac).ShouldBeFalse();
        Macs.Verify(MacAlgorithm.HmacSha256, key, "m"u8, mac.AsSpan(0, 31)).ShouldBeFalse();
        mac[31] ^= 1;
        Macs.Verify(MacAlgorithm.HmacSha256, key, "m"u8, mac).ShouldBeFalse();
    }

    [Fact]
    public void HmacSha224_IsNotAvailable_BecauseThePlatformHasNoSha224()
    {
        // The premise: System.Security.Cryptography knows no SHA-224 on this platform.
        Should.Throw<CryptographicException>(() => IncrementalHash.CreateHMAC(new HashAlgorithmName("SHA224"), new byte[28]));

        Macs.IsAvailable(MacAlgorithm.HmacSha224).ShouldBeFalse();
        Should.Throw<NotSupportedException>(() => Macs.Generate(MacAlgorithm.HmacSha224, new byte[28], "m"u8));
    }
}
