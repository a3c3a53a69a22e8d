using System;

namespace KeyLifecycle.Cryptography;

/// <summary>The public half of an asymmetric key, as <c>GetPublicKey</c> and <c>GenerateDataKeyPair</c> return it.</summary>
/// <remarks>
/// The form is a DER-encoded X.509 <c>SubjectPublicKeyInfo</c> (RFC 5280), as KMS returns
/// (<see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_GetPublicKey.html">GetPublicKey</see>). Thread safe.
/// </remarks>
public static class PublicKeys
{
    /// <summary>Exports the public key of an RSA or elliptic-curve key.</summary>
    /// <param name="spec">The key's spec.</param>
    /// <param name="privateKey">The key's material: a PKCS #8 <c>PrivateKeyInfo</c>, DER.</param>
    /// <returns>The DER <c>SubjectPublicKeyInfo</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spec"/> is not an asymmetric spec this package computes with.</exception>
    public static byte[] ExportSubjectPublicKeyInfo(KeySpec spec, ReadOnlySpan<byte> privateKey)
    {
        if (KeyAlgorithms.IsRsa(spec))
        {
            using var rsa = KeyAlgorithms.ImportRsa(privateKey);
            return rsa.ExportSubjectPublicKeyInfo();
        }

        if (KeyAlgorithms.IsEcc(spec))
        {
            using var ecdsa = KeyAlgorithms.ImportEcdsa(privateKey);
            return ecdsa.ExportSubjectPublicKeyInfo();
        }

        throw new ArgumentOutOfRangeException(nameof(spec), spec, "Not an asymmetric key spec this package computes with.");
    }
}
