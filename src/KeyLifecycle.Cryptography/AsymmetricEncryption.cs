using System;
using System.Security.Cryptography;
using KeyLifecycle.Algorithms;
using KeyLifecycle.Errors;
using OneOf;

namespace KeyLifecycle.Cryptography;

/// <summary>Encrypts and decrypts with an RSA key of usage <c>ENCRYPT_DECRYPT</c>: RSAES-OAEP, as KMS does.</summary>
/// <remarks>
/// <c>RSAES_OAEP_SHA_1</c> and <c>RSAES_OAEP_SHA_256</c> use the same hash for OAEP and for MGF1 and an empty label,
/// so a ciphertext made with the public key from <c>GetPublicKey</c> by any standard library decrypts here, and the
/// other way round. The ciphertext is the bare RSA output (as long as the modulus), with nothing of this project's
/// around it, as KMS returns it. Callers check the algorithm and plaintext length first (the domain's decisions);
/// this type throws for a request the domain would have refused. Thread safe.
/// </remarks>
public static class AsymmetricEncryption
{
    /// <summary>Encrypts with the public half of an RSA key.</summary>
    /// <param name="privateKey">The key's material: a PKCS #8 <c>PrivateKeyInfo</c>, DER.</param>
    /// <param name="algorithm"><c>RSAES_OAEP_SHA_1</c> or <c>RSAES_OAEP_SHA_256</c>.</param>
    /// <param name="plaintext">The bytes to encrypt, within the OAEP limit of the key size and hash (<see cref="CryptographicRules.MaxRsaPlaintextLength"/>).</param>
    /// <returns>The RSA-OAEP ciphertext.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="algorithm"/> is not an RSA-OAEP algorithm.</exception>
    /// <exception cref="CryptographicException">The material is not an RSA key, or the plaintext is too long for it.</exception>
    public static byte[] Encrypt(ReadOnlySpan<byte> privateKey, EncryptionAlgorithm algorithm, ReadOnlySpan<byte> plaintext)
    {
        var padding = Padding(algorithm);
        using var rsa = KeyAlgorithms.ImportRsa(privateKey);
        return rsa.Encrypt(plaintext.ToArray(), padding);
    }

    /// <summary>Decrypts with an RSA key.</summary>
    /// <param name="privateKey">The key's material: a PKCS #8 <c>PrivateKeyInfo</c>, DER.</param>
    /// <param name="algorithm">The algorithm the ciphertext was made with.</param>
    /// <param name="ciphertext">The RSA-OAEP ciphertext.</param>
    /// <returns>The plaintext, or <see cref="InvalidCiphertext"/> when the ciphertext is not one this key and algorithm made.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="algorithm"/> is not an RSA-OAEP algorithm.</exception>
    public static OneOf<byte[], InvalidCiphertext> Decrypt(ReadOnlySpan<byte> privateKey, EncryptionAlgorithm algorithm, ReadOnlySpan<byte> ciphertext)
    {
        var padding = Padding(algorithm);
        using var rsa = KeyAlgorithms.ImportRsa(privateKey);
        try
        {
            return rsa.Decrypt(ciphertext.ToArray(), padding);
        }
        catch (CryptographicException)
        {
            return InvalidCiphertext.Instance;
        }
    }

    private static RSAEncryptionPadding Padding(EncryptionAlgorithm algorithm) => algorithm switch
    {
        EncryptionAlgorithm.RsaesOaepSha1 => RSAEncryptionPadding.OaepSHA1,
        EncryptionAlgorithm.RsaesOaepSha256 => RSAEncryptionPadding.OaepSHA256,
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Not an RSA-OAEP algorithm."),
    };
}
