using System;
using System.Diagnostics.CodeAnalysis;

namespace KeyLifecycle.Algorithms;

/// <summary>Converts the algorithm enumerations to and from their AWS wire spelling (<c>RSAES_OAEP_SHA_256</c>, <c>HMAC_SHA_384</c>, ...).</summary>
/// <remarks>As <see cref="KmsWireNames"/>: every conversion is a <see langword="switch"/>, parsing is ordinal and case-sensitive, and an undefined member throws <see cref="ArgumentOutOfRangeException"/> from <c>ToWireName</c>.</remarks>
public static class AlgorithmWireNames
{
    /// <summary>Returns the AWS wire spelling of the encryption algorithm <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>SYMMETRIC_DEFAULT</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this EncryptionAlgorithm value) => value switch
    {
        EncryptionAlgorithm.SymmetricDefault => "SYMMETRIC_DEFAULT",
        EncryptionAlgorithm.RsaesOaepSha1 => "RSAES_OAEP_SHA_1",
        EncryptionAlgorithm.RsaesOaepSha256 => "RSAES_OAEP_SHA_256",
        EncryptionAlgorithm.Sm2Pke => "SM2PKE",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined EncryptionAlgorithm value."),
    };

    /// <summary>Reads the encryption algorithm from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>SYMMETRIC_DEFAULT</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseEncryptionAlgorithm([NotNullWhen(true)] string? wireName, out EncryptionAlgorithm value)
    {
        switch (wireName)
        {
            case "SYMMETRIC_DEFAULT":
                value = EncryptionAlgorithm.SymmetricDefault;
                return true;
            case "RSAES_OAEP_SHA_1":
                value = EncryptionAlgorithm.RsaesOaepSha1;
                return true;
            case "RSAES_OAEP_SHA_256":
                value = EncryptionAlgorithm.RsaesOaepSha256;
                return true;
            case "SM2PKE":
                value = EncryptionAlgorithm.Sm2Pke;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>The wire spellings of every EncryptionAlgorithm member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> EncryptionAlgorithmValues => s_encryptionAlgorithmValues;

    /// <summary>Returns the AWS wire spelling of the signing algorithm <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>RSASSA_PSS_SHA_256</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this SigningAlgorithm value) => value switch
    {
        SigningAlgorithm.RsassaPssSha256 => "RSASSA_PSS_SHA_256",
        SigningAlgorithm.RsassaPssSha384 => "RSASSA_PSS_SHA_384",
        SigningAlgorithm.RsassaPssSha512 => "RSASSA_PSS_SHA_512",
        SigningAlgorithm.RsassaPkcs1V15Sha256 => "RSASSA_PKCS1_V1_5_SHA_256",
        SigningAlgorithm.RsassaPkcs1V15Sha384 => "RSASSA_PKCS1_V1_5_SHA_384",
        SigningAlgorithm.RsassaPkcs1V15Sha512 => "RSASSA_PKCS1_V1_5_SHA_512",
        SigningAlgorithm.EcdsaSha256 => "ECDSA_SHA_256",
        SigningAlgorithm.EcdsaSha384 => "ECDSA_SHA_384",
        SigningAlgorithm.EcdsaSha512 => "ECDSA_SHA_512",
        SigningAlgorithm.Sm2Dsa => "SM2DSA",
        SigningAlgorithm.MlDsaShake256 => "ML_DSA_SHAKE_256",
        SigningAlgorithm.Ed25519Sha512 => "ED25519_SHA_512",
        SigningAlgorithm.Ed25519PhSha512 => "ED25519_PH_SHA_512",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined SigningAlgorithm value."),
    };

    /// <summary>Reads the signing algorithm from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>RSASSA_PSS_SHA_256</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseSigningAlgorithm([NotNullWhen(true)] string? wireName, out SigningAlgorithm value)
    {
        switch (wireName)
        {
            case "RSASSA_PSS_SHA_256":
                value = SigningAlgorithm.RsassaPssSha256;
                return true;
            case "RSASSA_PSS_SHA_384":
                value = SigningAlgorithm.RsassaPssSha384;
                return true;
            case "RSASSA_PSS_SHA_512":
                value = SigningAlgorithm.RsassaPssSha512;
                return true;
            case "RSASSA_PKCS1_V1_5_SHA_256":
                value = SigningAlgorithm.RsassaPkcs1V15Sha256;
                return true;
            case "RSASSA_PKCS1_V1_5_SHA_384":
                value = SigningAlgorithm.RsassaPkcs1V15Sha384;
                return true;
            case "RSASSA_PKCS1_V1_5_SHA_512":
                value = SigningAlgorithm.RsassaPkcs1V15Sha512;
                return true;
            case "ECDSA_SHA_256":
                value = SigningAlgorithm.EcdsaSha256;
                return true;
            case "ECDSA_SHA_384":
                value = SigningAlgorithm.EcdsaSha384;
                return true;
            case "ECDSA_SHA_512":
                value = SigningAlgorithm.EcdsaSha512;
                return true;
            case "SM2DSA":
                value = SigningAlgorithm.Sm2Dsa;
                return true;
            case "ML_DSA_SHAKE_256":
                value = SigningAlgorithm.MlDsaShake256;
                return true;
            case "ED25519_SHA_512":
                value = SigningAlgorithm.Ed25519Sha512;
                return true;
            case "ED25519_PH_SHA_512":
                value = SigningAlgorithm.Ed25519PhSha512;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>The wire spellings of every SigningAlgorithm member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> SigningAlgorithmValues => s_signingAlgorithmValues;

    /// <summary>Returns the AWS wire spelling of the MAC algorithm <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>HMAC_SHA_224</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this MacAlgorithm value) => value switch
    {
        MacAlgorithm.HmacSha224 => "HMAC_SHA_224",
        MacAlgorithm.HmacSha256 => "HMAC_SHA_256",
        MacAlgorithm.HmacSha384 => "HMAC_SHA_384",
        MacAlgorithm.HmacSha512 => "HMAC_SHA_512",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined MacAlgorithm value."),
    };

    /// <summary>Reads the MAC algorithm from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>HMAC_SHA_224</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseMacAlgorithm([NotNullWhen(true)] string? wireName, out MacAlgorithm value)
    {
        switch (wireName)
        {
            case "HMAC_SHA_224":
                value = MacAlgorithm.HmacSha224;
                return true;
            case "HMAC_SHA_256":
                value = MacAlgorithm.HmacSha256;
                return true;
            case "HMAC_SHA_384":
                value = MacAlgorithm.HmacSha384;
                return true;
            case "HMAC_SHA_512":
                value = MacAlgorithm.HmacSha512;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>The wire spellings of every MacAlgorithm member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> MacAlgorithmValues => s_macAlgorithmValues;

    /// <summary>Returns the AWS wire spelling of the message type <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>RAW</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this MessageType value) => value switch
    {
        MessageType.Raw => "RAW",
        MessageType.Digest => "DIGEST",
        MessageType.ExternalMu => "EXTERNAL_MU",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined MessageType value."),
    };

    /// <summary>Reads the message type from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>RAW</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseMessageType([NotNullWhen(true)] string? wireName, out MessageType value)
    {
        switch (wireName)
        {
            case "RAW":
                value = MessageType.Raw;
                return true;
            case "DIGEST":
                value = MessageType.Digest;
                return true;
            case "EXTERNAL_MU":
                value = MessageType.ExternalMu;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>The wire spellings of every MessageType member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> MessageTypeValues => s_messageTypeValues;

    /// <summary>Returns the AWS wire spelling of the key agreement algorithm <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>ECDH</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this KeyAgreementAlgorithm value) => value switch
    {
        KeyAgreementAlgorithm.Ecdh => "ECDH",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined KeyAgreementAlgorithm value."),
    };

    /// <summary>Reads the key agreement algorithm from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>ECDH</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseKeyAgreementAlgorithm([NotNullWhen(true)] string? wireName, out KeyAgreementAlgorithm value)
    {
        switch (wireName)
        {
            case "ECDH":
                value = KeyAgreementAlgorithm.Ecdh;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>The wire spellings of every KeyAgreementAlgorithm member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> KeyAgreementAlgorithmValues => s_keyAgreementAlgorithmValues;

    /// <summary>Returns the AWS wire spelling of the data key spec <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>AES_256</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this DataKeySpec value) => value switch
    {
        DataKeySpec.Aes256 => "AES_256",
        DataKeySpec.Aes128 => "AES_128",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined DataKeySpec value."),
    };

    /// <summary>Reads the data key spec from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>AES_256</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseDataKeySpec([NotNullWhen(true)] string? wireName, out DataKeySpec value)
    {
        switch (wireName)
        {
            case "AES_256":
                value = DataKeySpec.Aes256;
                return true;
            case "AES_128":
                value = DataKeySpec.Aes128;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>The wire spellings of every DataKeySpec member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> DataKeySpecValues => s_dataKeySpecValues;

    /// <summary>Returns the AWS wire spelling of the data key pair spec <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>RSA_2048</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this DataKeyPairSpec value) => value switch
    {
        DataKeyPairSpec.Rsa2048 => "RSA_2048",
        DataKeyPairSpec.Rsa3072 => "RSA_3072",
        DataKeyPairSpec.Rsa4096 => "RSA_4096",
        DataKeyPairSpec.EccNistP256 => "ECC_NIST_P256",
        DataKeyPairSpec.EccNistP384 => "ECC_NIST_P384",
        DataKeyPairSpec.EccNistP521 => "ECC_NIST_P521",
        DataKeyPairSpec.EccSecgP256K1 => "ECC_SECG_P256K1",
        DataKeyPairSpec.Sm2 => "SM2",
        DataKeyPairSpec.EccNistEdwards25519 => "ECC_NIST_EDWARDS25519",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined DataKeyPairSpec value."),
    };

    /// <summary>Reads the data key pair spec from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>RSA_2048</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseDataKeyPairSpec([NotNullWhen(true)] string? wireName, out DataKeyPairSpec value)
    {
        switch (wireName)
        {
            case "RSA_2048":
                value = DataKeyPairSpec.Rsa2048;
                return true;
            case "RSA_3072":
                value = DataKeyPairSpec.Rsa3072;
                return true;
            case "RSA_4096":
                value = DataKeyPairSpec.Rsa4096;
                return true;
            case "ECC_NIST_P256":
                value = DataKeyPairSpec.EccNistP256;
                return true;
            case "ECC_NIST_P384":
                value = DataKeyPairSpec.EccNistP384;
                return true;
            case "ECC_NIST_P521":
                value = DataKeyPairSpec.EccNistP521;
                return true;
            case "ECC_SECG_P256K1":
                value = DataKeyPairSpec.EccSecgP256K1;
                return true;
            case "SM2":
                value = DataKeyPairSpec.Sm2;
                return true;
            case "ECC_NIST_EDWARDS25519":
                value = DataKeyPairSpec.EccNistEdwards25519;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>The wire spellings of every DataKeyPairSpec member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> DataKeyPairSpecValues => s_dataKeyPairSpecValues;

    private static readonly string[] s_encryptionAlgorithmValues = ["SYMMETRIC_DEFAULT", "RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256", "SM2PKE"];
    private static readonly string[] s_signingAlgorithmValues = ["RSASSA_PSS_SHA_256", "RSASSA_PSS_SHA_384", "RSASSA_PSS_SHA_512", "RSASSA_PKCS1_V1_5_SHA_256", "RSASSA_PKCS1_V1_5_SHA_384", "RSASSA_PKCS1_V1_5_SHA_512", "ECDSA_SHA_256", "ECDSA_SHA_384", "ECDSA_SHA_512", "SM2DSA", "ML_DSA_SHAKE_256", "ED25519_SHA_512", "ED25519_PH_SHA_512"];
    private static readonly string[] s_macAlgorithmValues = ["HMAC_SHA_224", "HMAC_SHA_256", "HMAC_SHA_384", "HMAC_SHA_512"];
    private static readonly string[] s_messageTypeValues = ["RAW", "DIGEST", "EXTERNAL_MU"];
    private static readonly string[] s_keyAgreementAlgorithmValues = ["ECDH"];
    private static readonly string[] s_dataKeySpecValues = ["AES_256", "AES_128"];
    private static readonly string[] s_dataKeyPairSpecValues = ["RSA_2048", "RSA_3072", "RSA_4096", "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1", "SM2", "ECC_NIST_EDWARDS25519"];
}
