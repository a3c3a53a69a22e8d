using System;
using System.Security.Cryptography;
using System.Text;

namespace KeyLifecycle.Protocol.Tests.Sdk;

/// <summary>
/// The symmetric ciphertext blob format the README documents, written and read here with bare <see cref="AesGcm"/>, so
/// that a test can check material against the endpoint without the endpoint's own code: header (version 1, key ID
/// length, key ID, material ID), 12-byte nonce, ciphertext, 16-byte tag; the AAD is the header and, for an empty
/// encryption context, four zero bytes.
/// </summary>
internal static class OfflineCiphertext
{
    public static byte[] Seal(byte[] material, string keyId, string materialId, byte[] plaintext)
    {
        byte[] header = [1, (byte)keyId.Length, .. Encoding.ASCII.GetBytes(keyId), .. Convert.FromHexString(materialId)];
        var nonce = RandomNumberGenerator.GetBytes(12);
        var body = new byte[plaintext.Length];
        var tag = new byte[16];
        using (var aes = new AesGcm(material, 16))
        {
            byte[] associatedData = [.. header, 0, 0, 0, 0];
            aes.Encrypt(nonce, plaintext, body, tag, associatedData);
        }

        return [.. header, .. nonce, .. body, .. tag];
    }

    public static byte[] Open(byte[] blob, byte[] material)
    {
        var headerLength = 2 + blob[1] + 32;
        var nonce = blob[headerLength..(headerLength + 12)];
        var body = blob[(headerLength + 12)..^16];
        var plaintext = new byte[body.Length];
        using var aes = new AesGcm(material, 16);
        byte[] associatedData = [.. blob[..headerLength], 0, 0, 0, 0];
        aes.Decrypt(nonce, body, blob[^16..], plaintext, associatedData);
        return plaintext;
    }
}
