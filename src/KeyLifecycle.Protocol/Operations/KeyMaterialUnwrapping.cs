using System;
using System.Buffers.Binary;
using System.Formats.Asn1;
using System.Security.Cryptography;
using KeyLifecycle.Protocol.Storage;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>Unwraps imported key material as KMS does, with .NET's own cryptography, and checks that it fits the key spec.</summary>
/// <remarks>
/// RSAES_OAEP_SHA_1/SHA_256 and RSAES_PKCS1_V1_5 decrypt the material with the wrapping private key. RSA_AES_KEY_WRAP_SHA_1/SHA_256
/// first decrypt an AES-256 key with RSA-OAEP (the first <c>keysize/8</c> bytes), then unwrap the material with AES key
/// wrap with padding (RFC 5649), as the KMS Developer Guide describes for asymmetric material.
/// </remarks>
internal static class KeyMaterialUnwrapping
{
    private static readonly byte[] s_kwpIv = [0xA6, 0x59, 0x59, 0xA6];

    /// <summary>Returns the plaintext material, or <see langword="null"/> when the wrapped bytes do not decrypt.</summary>
    public static byte[]? Unwrap(ImportSessionRecord session, byte[] wrapped)
    {
        using var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(session.WrappingPrivateKey.Span, out _);
        try
        {
            return session.WrappingAlgorithm switch
            {
                "RSAES_OAEP_SHA_1" => rsa.Decrypt(wrapped, RSAEncryptionPadding.OaepSHA1),
                "RSAES_OAEP_SHA_256" => rsa.Decrypt(wrapped, RSAEncryptionPadding.OaepSHA256),
                "RSAES_PKCS1_V1_5" => rsa.Decrypt(wrapped, RSAEncryptionPadding.Pkcs1),
                "RSA_AES_KEY_WRAP_SHA_1" => UnwrapWithAes(rsa, wrapped, RSAEncryptionPadding.OaepSHA1),
                "RSA_AES_KEY_WRAP_SHA_256" => UnwrapWithAes(rsa, wrapped, RSAEncryptionPadding.OaepSHA256),
                _ => null,
            };
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Whether <paramref name="material"/> is key material of <paramref name="spec"/>: 256 bits for symmetric keys, the HMAC key lengths KMS accepts, a PKCS#8 private key of the right size or curve for asymmetric keys.</summary>
    /// <remarks>Ed25519, ML-DSA and SM2 material is accepted when it is a well-formed PKCS#8 structure, as .NET cannot load those keys on every platform.</remarks>
    public static bool Fits(KeySpec spec, byte[] material)
    {
        try
        {
            return spec switch
            {
                KeySpec.SymmetricDefault => material.Length == 32,
                KeySpec.Hmac224 => material.Length is >= 28 and <= 64,
                KeySpec.Hmac256 => material.Length is >= 32 and <= 64,
                KeySpec.Hmac384 => material.Length is >= 48 and <= 128,
                KeySpec.Hmac512 => material.Length is >= 64 and <= 128,
                KeySpec.Rsa2048 => RsaKeySize(material) == 2048,
                KeySpec.Rsa3072 => RsaKeySize(material) == 3072,
                KeySpec.Rsa4096 => RsaKeySize(material) == 4096,
                KeySpec.EccNistP256 => EcCurve(material) == "1.2.840.10045.3.1.7",
                KeySpec.EccNistP384 => EcCurve(material) == "1.3.132.0.34",
                KeySpec.EccNistP521 => EcCurve(material) == "1.3.132.0.35",
                KeySpec.EccSecgP256K1 => EcCurve(material) == "1.3.132.0.10",
                _ => IsPkcs8(material),
            };
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static byte[]? UnwrapWithAes(RSA rsa, byte[] wrapped, RSAEncryptionPadding padding)
    {
        var rsaLength = rsa.KeySize / 8;
        if (wrapped.Length <= rsaLength)
        {
            return null;
        }

        var kek = rsa.Decrypt(wrapped.AsSpan(0, rsaLength), padding);
        return kek.Length == 32 ? AesKeyUnwrapWithPadding(kek, wrapped.AsSpan(rsaLength)) : null;
    }

    // RFC 5649, section 4.2.
    private static byte[]? AesKeyUnwrapWithPadding(byte[] kek, ReadOnlySpan<byte> ciphertext)
    {
        if (ciphertext.Length < 16 || ciphertext.Length % 8 != 0)
        {
            return null;
        }

        using var aes = Aes.Create();
        aes.Key = kek;
        var blocks = (ciphertext.Length / 8) - 1;
        var a = new byte[8];
        var r = ciphertext[8..].ToArray();
        if (blocks == 1)
        {
            var block = aes.DecryptEcb(ciphertext, PaddingMode.None);
            block.AsSpan(0, 8).CopyTo(a);
            r = block[8..];
        }
        else
        {
            ciphertext[..8].CopyTo(a);
            var buffer = new byte[16];
            for (var j = 5; j >= 0; j--)
            {
                for (var i = blocks; i >= 1; i--)
                {
                    var t = (ulong)((blocks * j) + i);
                    BinaryPrimitives.WriteUInt64BigEndian(buffer, BinaryPrimitives.ReadUInt64BigEndian(a) ^ t);
                    r.AsSpan((i - 1) * 8, 8).CopyTo(buffer.AsSpan(8));
                    var b = aes.DecryptEcb(buffer, PaddingMode.None);
                    b.AsSpan(0, 8).CopyTo(a);
                    b.AsSpan(8, 8).CopyTo(r.AsSpan((i - 1) * 8));
                }
            }
        }

        if (!a.AsSpan(0, 4).SequenceEqual(s_kwpIv))
        {
            return null;
        }

        var length = (int)BinaryPrimitives.ReadUInt32BigEndian(a.AsSpan(4));
        if (length > r.Length || length <= r.Length - 8 || r.AsSpan(length).ContainsAnyExcept((byte)0))
        {
            return null;
        }

        return r[..length];
    }

    private static int RsaKeySize(byte[] material)
    {
        using var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(material, out var read);
        return read == material.Length ? rsa.KeySize : 0;
    }

    private static string? EcCurve(byte[] material)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(material, out var read);
        return read == material.Length ? ecdsa.ExportParameters(false).Curve.Oid.Value : null;
    }

    private static bool IsPkcs8(byte[] material)
    {
        try
        {
            var reader = new AsnReader(material, AsnEncodingRules.DER);
            reader.ReadSequence();
            return !reader.HasData;
        }
        catch (AsnContentException)
        {
            return false;
        }
    }
}
