using System;
using System.Security.Cryptography;
using KeyLifecycle.Algorithms;

namespace KeyLifecycle.Cryptography;

/// <summary>Signs and verifies with an RSA or elliptic-curve key of usage <c>SIGN_VERIFY</c>, producing the signatures KMS returns.</summary>
/// <remarks>
/// <para>
/// RSASSA-PSS uses MGF1 with the same hash and a salt as long as the hash; PKCS #1 v1.5 is RSASSA-PKCS1-v1_5. ECDSA
/// signatures are DER-encoded <c>ECDSA-Sig-Value</c> sequences (RFC 3279), which is what KMS returns
/// (<see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_Sign.html">Sign</see>: "the signature ...
/// is a DER-encoded object as defined by ANSI X9.62–2005 and RFC 3279 Section 2.2.3").
/// </para>
/// <para>
/// With <see cref="MessageType.Raw"/> the message is hashed with the algorithm's hash; with
/// <see cref="MessageType.Digest"/> the message is that hash already. Callers check that the algorithm fits the key,
/// and the message and digest lengths, first (the domain's decisions); this type throws for a request the domain
/// would have refused. Thread safe.
/// </para>
/// </remarks>
public static class Signatures
{
    /// <summary>Signs a message or digest.</summary>
    /// <param name="spec">The key's spec: RSA or one of the ECC curves.</param>
    /// <param name="privateKey">The key's material: a PKCS #8 <c>PrivateKeyInfo</c>, DER.</param>
    /// <param name="algorithm">The signing algorithm.</param>
    /// <param name="messageType"><see cref="MessageType.Raw"/> or <see cref="MessageType.Digest"/>.</param>
    /// <param name="message">The message, or its digest.</param>
    /// <returns>The signature.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The spec, algorithm or message type is not one this type computes, or they do not fit each other.</exception>
    /// <exception cref="CryptographicException">The material does not match the spec, or a digest has the wrong length.</exception>
    public static byte[] Sign(KeySpec spec, ReadOnlySpan<byte> privateKey, SigningAlgorithm algorithm, MessageType messageType, ReadOnlySpan<byte> message)
    {
        var (hash, padding) = Parameters(spec, algorithm);
        var digest = Digest(hash, messageType, message);
        if (padding is not null)
        {
            using var rsa = KeyAlgorithms.ImportRsa(privateKey);
            return rsa.SignHash(digest, hash, padding);
        }

        using var ecdsa = KeyAlgorithms.ImportEcdsa(privateKey);
        return ecdsa.SignHash(digest, DSASignatureFormat.Rfc3279DerSequence);
    }

    /// <summary>Verifies a signature.</summary>
    /// <param name="spec">The key's spec: RSA or one of the ECC curves.</param>
    /// <param name="privateKey">The key's material: a PKCS #8 <c>PrivateKeyInfo</c>, DER.</param>
    /// <param name="algorithm">The signing algorithm.</param>
    /// <param name="messageType"><see cref="MessageType.Raw"/> or <see cref="MessageType.Digest"/>.</param>
    /// <param name="message">The message, or its digest.</param>
    /// <param name="signature">The signature to check; any bytes.</param>
    /// <returns><see langword="true"/> when the signature is valid for the message under the key and algorithm.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The spec, algorithm or message type is not one this type computes, or they do not fit each other.</exception>
    public static bool Verify(KeySpec spec, ReadOnlySpan<byte> privateKey, SigningAlgorithm algorithm, MessageType messageType, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        var (hash, padding) = Parameters(spec, algorithm);
        var digest = Digest(hash, messageType, message);
        try
        {
            if (padding is not null)
            {
                using var rsa = KeyAlgorithms.ImportRsa(privateKey);
                return rsa.VerifyHash(digest, signature, hash, padding);
            }

            using var ecdsa = KeyAlgorithms.ImportEcdsa(privateKey);
            return ecdsa.VerifyHash(digest, signature, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            // A malformed signature (not DER, or longer than the modulus) is simply not a valid one.
            return false;
        }
    }

    /// <summary>The length of the digest a <see cref="MessageType.Digest"/> message must have for <paramref name="algorithm"/>.</summary>
    /// <param name="algorithm">An RSA or ECDSA signing algorithm.</param>
    /// <returns>32, 48 or 64 bytes.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The algorithm is not one this type computes.</exception>
    public static int DigestLength(SigningAlgorithm algorithm) => Hash(algorithm) switch
    {
        var hash when hash == HashAlgorithmName.SHA256 => 32,
        var hash when hash == HashAlgorithmName.SHA384 => 48,
        _ => 64,
    };

    private static byte[] Digest(HashAlgorithmName hash, MessageType messageType, ReadOnlySpan<byte> message) => messageType switch
    {
        MessageType.Raw when hash == HashAlgorithmName.SHA256 => SHA256.HashData(message),
        MessageType.Raw when hash == HashAlgorithmName.SHA384 => SHA384.HashData(message),
        MessageType.Raw => SHA512.HashData(message),
        MessageType.Digest => message.ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(messageType), messageType, "Only RAW and DIGEST messages are signed with RSA and ECDSA."),
    };

    private static HashAlgorithmName Hash(SigningAlgorithm algorithm) => algorithm switch
    {
        SigningAlgorithm.RsassaPssSha256 or SigningAlgorithm.RsassaPkcs1V15Sha256 or SigningAlgorithm.EcdsaSha256 => HashAlgorithmName.SHA256,
        SigningAlgorithm.RsassaPssSha384 or SigningAlgorithm.RsassaPkcs1V15Sha384 or SigningAlgorithm.EcdsaSha384 => HashAlgorithmName.SHA384,
        SigningAlgorithm.RsassaPssSha512 or SigningAlgorithm.RsassaPkcs1V15Sha512 or SigningAlgorithm.EcdsaSha512 => HashAlgorithmName.SHA512,
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Not a signing algorithm this package computes."),
    };

    private static (HashAlgorithmName Hash, RSASignaturePadding? Padding) Parameters(KeySpec spec, SigningAlgorithm algorithm)
    {
        var hash = Hash(algorithm);
        RSASignaturePadding? padding = algorithm switch
        {
            SigningAlgorithm.RsassaPssSha256 or SigningAlgorithm.RsassaPssSha384 or SigningAlgorithm.RsassaPssSha512 => RSASignaturePadding.Pss,
            SigningAlgorithm.RsassaPkcs1V15Sha256 or SigningAlgorithm.RsassaPkcs1V15Sha384 or SigningAlgorithm.RsassaPkcs1V15Sha512 => RSASignaturePadding.Pkcs1,
            _ => null,
        };
        var fits = padding is not null ? KeyAlgorithms.IsRsa(spec) : KeyAlgorithms.IsEcc(spec);
        return fits
            ? (hash, padding)
            : throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, $"{algorithm.ToWireName()} does not fit a {spec.ToWireName()} key.");
    }
}
