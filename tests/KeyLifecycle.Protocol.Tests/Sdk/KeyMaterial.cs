using System;
using System.Buffers.Binary;
using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace KeyLifecycle.Protocol.Tests.Sdk;

/// <summary>Wraps key material for ImportKeyMaterial as a KMS client does, independently of the endpoint's unwrapping.</summary>
internal static class KeyMaterial
{
    public static MemoryStream WrapOaepSha256(byte[] publicKey, byte[] material)
    {
        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(publicKey, out _);
        return new MemoryStream(rsa.Encrypt(material, RSAEncryptionPadding.OaepSHA256));
    }

    /// <summary>RSA_AES_KEY_WRAP_SHA_256: an AES-256 key under RSA-OAEP-SHA-256, then the material under AES key wrap with padding (RFC 5649).</summary>
    public static MemoryStream WrapRsaAesKeyWrapSha256(byte[] publicKey, byte[] material)
    {
        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(publicKey, out _);
        var kek = RandomNumberGenerator.GetBytes(32);
        var wrappedKek = rsa.Encrypt(kek, RSAEncryptionPadding.OaepSHA256);
        var wrapped = AesKeyWrapWithPadding(kek, material);
        var result = new byte[wrappedKek.Length + wrapped.Length];
        wrappedKek.CopyTo(result, 0);
        wrapped.CopyTo(result, wrappedKek.Length);
        return new MemoryStream(result);
    }

    // RFC 5649, section 4.1.
    public static byte[] AesKeyWrapWithPadding(byte[] kek, byte[] plaintext)
    {
        var padded = new byte[(plaintext.Length + 7) / 8 * 8];
        plaintext.CopyTo(padded, 0);
        var a = new byte[8];
        new byte[] { 0xA6, 0x59, 0x59, 0xA6 }.CopyTo(a, 0);
        BinaryPrimitives.WriteUInt32BigEndian(a.AsSpan(4), (uint)plaintext.Length);
        using var aes = Aes.Create();
        aes.Key = kek;
        var n = padded.Length / 8;
        if (n == 1)
        {
            var block = new byte[16];
            a.CopyTo(block, 0);
            padded.CopyTo(block, 8);
            return aes.EncryptEcb(block, PaddingMode.None);
        }

        var r = (byte[])padded.Clone();
        var buffer = new byte[16];
        for (var j = 0; j <= 5; j++)
        {
            for (var i = 1; i <= n; i++)
            {
                a.CopyTo(buffer, 0);
                Array.Copy(r, (i - 1) * 8, buffer, 8, 8);
                var b = aes.EncryptEcb(buffer, PaddingMode.None);
                var t = (ulong)((n * j) + i);
                BinaryPrimitives.WriteUInt64BigEndian(a, BinaryPrimitives.ReadUInt64BigEndian(b) ^ t);
                Array.Copy(b, 8, r, (i - 1) * 8, 8);
            }
        }

        var result = new byte[8 + r.Length];
        a.CopyTo(result, 0);
        r.CopyTo(result, 8);
        return result;
    }

    /// <summary>Imports <paramref name="material"/> into an EXTERNAL key, wrapped offline (RSAES_OAEP_SHA_256, or RSA_AES_KEY_WRAP_SHA_256 past 190 bytes), never expiring unless <paramref name="configure"/> says otherwise.</summary>
    public static async Task<ImportKeyMaterialResponse> ImportAsync(
        AmazonKeyManagementServiceClient client, string keyId, byte[] material, Action<ImportKeyMaterialRequest>? configure = null)
    {
        // RSA-OAEP-SHA-256 under RSA_2048 takes at most 190 bytes: larger material (an RSA private key) goes under an AES key.
        var large = material.Length > 190;
        var parameters = await client.GetParametersForImportAsync(new GetParametersForImportRequest
        {
            KeyId = keyId,
            WrappingAlgorithm = large ? AlgorithmSpec.RSA_AES_KEY_WRAP_SHA_256 : AlgorithmSpec.RSAES_OAEP_SHA_256,
            WrappingKeySpec = WrappingKeySpec.RSA_2048,
        });
        var request = new ImportKeyMaterialRequest
        {
            KeyId = keyId,
            ImportToken = parameters.ImportToken,
            EncryptedKeyMaterial = large
                ? WrapRsaAesKeyWrapSha256(parameters.PublicKey.ToArray(), material)
                : WrapOaepSha256(parameters.PublicKey.ToArray(), material),
            ExpirationModel = ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE,
        };
        configure?.Invoke(request);
        return await client.ImportKeyMaterialAsync(request);
    }
}
