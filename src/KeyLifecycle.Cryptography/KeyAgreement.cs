using System;
using System.Security.Cryptography;

namespace KeyLifecycle.Cryptography;

/// <summary>Derives a shared secret with an elliptic-curve key of usage <c>KEY_AGREEMENT</c> (ECDH).</summary>
/// <remarks>
/// The result is the raw shared secret, the x-coordinate of the shared point, with no key derivation function
/// applied, as KMS returns it (<see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_DeriveSharedSecret.html">DeriveSharedSecret</see>:
/// "returns the raw shared secret"; the caller applies a KDF). Thread safe.
/// </remarks>
public static class KeyAgreement
{
    /// <summary>Derives the raw ECDH shared secret of a key and a peer's public key.</summary>
    /// <param name="privateKey">The key's material: a PKCS #8 <c>PrivateKeyInfo</c>, DER.</param>
    /// <param name="peerPublicKey">The peer's public key: a DER <c>SubjectPublicKeyInfo</c>.</param>
    /// <param name="sharedSecret">The shared secret (32, 48 or 66 bytes), or an empty array on failure.</param>
    /// <returns><see langword="false"/> when the peer key is not a <c>SubjectPublicKeyInfo</c> of an EC key on the same curve.</returns>
    public static bool TryDeriveSharedSecret(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> peerPublicKey, out byte[] sharedSecret)
    {
        using var own = ECDiffieHellman.Create();
        own.ImportPkcs8PrivateKey(privateKey, out _);
        using var peer = ECDiffieHellman.Create();
        try
        {
            peer.ImportSubjectPublicKeyInfo(peerPublicKey, out var read);
            if (read != peerPublicKey.Length || peer.KeySize != own.KeySize || !SameCurve(own, peer))
            {
                sharedSecret = [];
                return false;
            }

            sharedSecret = own.DeriveRawSecretAgreement(peer.PublicKey);
            return true;
        }
        catch (CryptographicException)
        {
            sharedSecret = [];
            return false;
        }
    }

    private static bool SameCurve(ECDiffieHellman own, ECDiffieHellman peer) =>
        string.Equals(own.ExportParameters(false).Curve.Oid.Value, peer.ExportParameters(false).Curve.Oid.Value, StringComparison.Ordinal);
}
