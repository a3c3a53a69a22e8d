using System;
using System.Collections.Generic;
using System.Globalization;
using KeyLifecycle.Algorithms;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using OneOf;

namespace KeyLifecycle;

/// <summary>The decisions about a cryptographic request that are not arithmetic: may this key do it, with this algorithm, on input of this size.</summary>
/// <remarks>
/// <para>
/// Checks run in the service's order: the key's state (the key-state table, <see cref="KeyStateRules"/>, the one place
/// its cells are stated), then the key's usage and spec, then the request's algorithm and sizes. Each function returns
/// the first refusal as the error the service sends, or what the request may go ahead with.
/// </para>
/// <para>
/// Results are <see cref="KmsOutcome{T}"/>, the library's fold of a result to success or <see cref="IKmsError"/>; the records an error can be are listed on each member (<see cref="InvalidKeyState"/>,
/// <see cref="KeyDisabled"/>, <see cref="UnsupportedOperation"/>, <see cref="InvalidKeyUsage"/>, <see cref="ValidationFailed"/>,
/// <see cref="IncorrectKey"/>). Every member is pure and thread safe.
/// </para>
/// </remarks>
public static class CryptographicRules
{
    /// <summary>The longest plaintext or message the model accepts (<c>PlaintextType</c>, <c>max</c> 4096), in bytes.</summary>
    public const int MaxPlaintextLength = 4096;

    /// <summary>Decides whether <paramref name="key"/> may perform the cryptographic <paramref name="operation"/>: first by its state, then by its usage and spec.</summary>
    /// <param name="operation">A cryptographic operation: <c>Encrypt</c>, <c>Decrypt</c>, <c>ReEncrypt</c>, the <c>GenerateDataKey*</c> operations, <c>Sign</c>, <c>Verify</c>, <c>GetPublicKey</c>, <c>GenerateMac</c>, <c>VerifyMac</c> or <c>DeriveSharedSecret</c>.</param>
    /// <param name="key">The key.</param>
    /// <returns>
    /// <see cref="Permitted"/>; or the table's refusal (<see cref="KeyDisabled"/>, <see cref="InvalidKeyState"/>); or
    /// <see cref="InvalidKeyUsage"/> when the key's usage (or, for data keys, its spec) does not fit; or, for
    /// <c>GetPublicKey</c> on a symmetric or HMAC key, <see cref="UnsupportedOperation"/> with an empty message.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="operation"/> is not a cryptographic operation.</exception>
    public static KmsOutcome<Permitted> CheckKey(KmsOperation operation, KmsKey key) =>
        CheckKey(operation, key, operation.ToWireName());

    /// <summary>Decides whether <paramref name="key"/> may be the destination of <c>ReEncrypt</c>, named <c>ReEncryptTo</c> in its refusals.</summary>
    /// <param name="key">The destination key.</param>
    /// <returns>As <see cref="CheckKey(KmsOperation, KmsKey)"/> for <see cref="KmsOperation.ReEncrypt"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public static KmsOutcome<Permitted> CheckReEncryptDestination(KmsKey key) => CheckKey(KmsOperation.ReEncrypt, key, "ReEncryptTo");

    /// <summary>Decides whether <paramref name="key"/> may be the source of <c>ReEncrypt</c>, named <c>ReEncryptFrom</c> in its refusals.</summary>
    /// <param name="key">The key that made the ciphertext.</param>
    /// <returns>As <see cref="CheckKey(KmsOperation, KmsKey)"/> for <see cref="KmsOperation.ReEncrypt"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public static KmsOutcome<Permitted> CheckReEncryptSource(KmsKey key) => CheckKey(KmsOperation.ReEncrypt, key, "ReEncryptFrom");

    /// <summary>Chooses the encryption algorithm of an <c>Encrypt</c> or <c>Decrypt</c>: the one asked for, or <c>SYMMETRIC_DEFAULT</c>, if the key has it.</summary>
    /// <param name="key">The key.</param>
    /// <param name="requested">The request's <c>EncryptionAlgorithm</c>, or <see langword="null"/> when it has none.</param>
    /// <returns>The algorithm, or <see cref="InvalidKeyUsage"/> (<see cref="InvalidKeyUsageReason.Algorithm"/>) when the key does not have it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public static KmsOutcome<EncryptionAlgorithm> EncryptionAlgorithmFor(KmsKey key, EncryptionAlgorithm? requested)
    {
        ArgumentNullException.ThrowIfNull(key);
        var algorithm = requested ?? EncryptionAlgorithm.SymmetricDefault;
        return Contains(KeySpecs.EncryptionAlgorithms(key.KeySpec, key.KeyUsage), algorithm.ToWireName())
            ? algorithm
            : KmsOutcome<EncryptionAlgorithm>.Fail(AlgorithmRefused(key, algorithm.ToWireName()));
    }

    /// <summary>Checks that an encryption context comes only with a symmetric encryption key, the only kind whose ciphertext can bind one.</summary>
    /// <param name="key">The key that encrypts or decrypts, after <see cref="EncryptionAlgorithmFor"/>.</param>
    /// <param name="encryptionContext">The request's encryption context, or <see langword="null"/> when it has none.</param>
    /// <returns>
    /// <see langword="null"/> for a symmetric key, or no context, or an empty one (the same as none); otherwise
    /// <see cref="ValidationFailed"/>. The rule is the Developer Guide's: "You cannot specify an encryption context in a
    /// cryptographic operation with an asymmetric KMS key or an HMAC KMS key. Asymmetric algorithms and MAC algorithms do
    /// not support an encryption context." (https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html).
    /// AWS documents neither the error nor its text; the text here is this project's:
    /// <c>EncryptionContext is not supported with asymmetric KMS keys: &lt;SPEC&gt; cannot bind an encryption context to a ciphertext.</c>
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public static ValidationFailed? CheckEncryptionContext(KmsKey key, IReadOnlyDictionary<string, string>? encryptionContext)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.KeySpec == KeySpec.SymmetricDefault || encryptionContext is null || encryptionContext.Count == 0
            ? null
            : new ValidationFailed($"EncryptionContext is not supported with asymmetric KMS keys: {key.KeySpec.ToWireName()} cannot bind an encryption context to a ciphertext.");
    }

    /// <summary>Checks a plaintext's length against the limit of the key and algorithm.</summary>
    /// <param name="key">The key.</param>
    /// <param name="algorithm">The algorithm, from <see cref="EncryptionAlgorithmFor"/>.</param>
    /// <param name="plaintextLength">The plaintext's length in bytes.</param>
    /// <returns>
    /// <see langword="null"/> when it fits; otherwise <see cref="ValidationFailed"/>. The 4096-byte model limit is the
    /// model's (<c>PlaintextType</c>) and is checked with the request; for RSA-OAEP the limit is the one the Developer
    /// Guide lists per key size and hash (<see cref="MaxRsaPlaintextLength"/>), with a text of this project's choosing:
    /// <c>Plaintext is too long for &lt;ALGORITHM&gt; with key spec &lt;SPEC&gt;: the limit is &lt;N&gt; bytes.</c>
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public static ValidationFailed? CheckPlaintextLength(KmsKey key, EncryptionAlgorithm algorithm, int plaintextLength)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (algorithm is not (EncryptionAlgorithm.RsaesOaepSha1 or EncryptionAlgorithm.RsaesOaepSha256))
        {
            return null;
        }

        var limit = MaxRsaPlaintextLength(key.KeySpec, algorithm);
        return plaintextLength <= limit
            ? null
            : new ValidationFailed(string.Create(
                CultureInfo.InvariantCulture,
                $"Plaintext is too long for {algorithm.ToWireName()} with key spec {key.KeySpec.ToWireName()}: the limit is {limit} bytes."));
    }

    /// <summary>The longest plaintext RSA-OAEP encrypts under a key size and algorithm: the modulus length less twice the hash length less 2 (RFC 8017, 7.1.1).</summary>
    /// <param name="spec"><c>RSA_2048</c>, <c>RSA_3072</c> or <c>RSA_4096</c>.</param>
    /// <param name="algorithm"><c>RSAES_OAEP_SHA_1</c> or <c>RSAES_OAEP_SHA_256</c>.</param>
    /// <returns>214, 342 or 470 bytes with SHA-1; 190, 318 or 446 with SHA-256, as the KMS Developer Guide lists them.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The spec is not RSA, or the algorithm is not RSA-OAEP.</exception>
    public static int MaxRsaPlaintextLength(KeySpec spec, EncryptionAlgorithm algorithm)
    {
        var modulusBytes = spec switch
        {
            KeySpec.Rsa2048 => 256,
            KeySpec.Rsa3072 => 384,
            KeySpec.Rsa4096 => 512,
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec, "Not an RSA key spec."),
        };
        var hashBytes = algorithm switch
        {
            EncryptionAlgorithm.RsaesOaepSha1 => 20,
            EncryptionAlgorithm.RsaesOaepSha256 => 32,
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Not an RSA-OAEP algorithm."),
        };
        return modulusBytes - (2 * hashBytes) - 2;
    }

    /// <summary>Checks the algorithm and message of a <c>Sign</c> or <c>Verify</c>.</summary>
    /// <param name="key">The key, already checked by <see cref="CheckKey(KmsOperation, KmsKey)"/>.</param>
    /// <param name="algorithm">The request's <c>SigningAlgorithm</c>.</param>
    /// <param name="messageType">The request's <c>MessageType</c>; <c>RAW</c> when it has none.</param>
    /// <param name="messageLength">The message's length in bytes.</param>
    /// <returns>
    /// <see cref="Permitted"/>; <see cref="InvalidKeyUsage"/> when the key does not have the algorithm;
    /// <see cref="ValidationFailed"/> when a <c>DIGEST</c> is not as long as the algorithm's hash
    /// (<c>Digest is invalid length for algorithm &lt;ALGORITHM&gt;.</c>, the service's text as users quote it:
    /// https://github.com/awslabs/aws-sdk-rust/discussions/571), or for <c>EXTERNAL_MU</c>, which only ML-DSA keys take
    /// (<c>Message type EXTERNAL_MU is incompatible with key spec &lt;SPEC&gt;.</c>, a project choice after the
    /// <c>Message type DIGEST is incompatible with key spec ML_DSA_44.</c> that floci-io/floci#3025 reports from the service).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public static KmsOutcome<Permitted> CheckSigning(KmsKey key, SigningAlgorithm algorithm, MessageType messageType, int messageLength)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!Contains(KeySpecs.SigningAlgorithms(key.KeySpec, key.KeyUsage), algorithm.ToWireName()))
        {
            return KmsOutcome<Permitted>.Fail(AlgorithmRefused(key, algorithm.ToWireName()));
        }

        return messageType switch
        {
            MessageType.Raw => Permitted.Now,
            MessageType.Digest when DigestLength(algorithm) is int length && length != messageLength =>
                KmsOutcome<Permitted>.Fail(new ValidationFailed($"Digest is invalid length for algorithm {algorithm.ToWireName()}.")),
            MessageType.Digest => Permitted.Now,
            MessageType.ExternalMu => KmsOutcome<Permitted>.Fail(new ValidationFailed($"Message type EXTERNAL_MU is incompatible with key spec {key.KeySpec.ToWireName()}.")),
        };
    }

    /// <summary>The length a <c>DIGEST</c> message must have for <paramref name="algorithm"/>: the length of its hash.</summary>
    /// <param name="algorithm">The signing algorithm.</param>
    /// <returns>32, 48 or 64 bytes; <see langword="null"/> for algorithms whose hash this library does not fix (SM2DSA, ML-DSA, Ed25519).</returns>
    public static int? DigestLength(SigningAlgorithm algorithm) => algorithm switch
    {
        SigningAlgorithm.RsassaPssSha256 or SigningAlgorithm.RsassaPkcs1V15Sha256 or SigningAlgorithm.EcdsaSha256 => 32,
        SigningAlgorithm.RsassaPssSha384 or SigningAlgorithm.RsassaPkcs1V15Sha384 or SigningAlgorithm.EcdsaSha384 => 48,
        SigningAlgorithm.RsassaPssSha512 or SigningAlgorithm.RsassaPkcs1V15Sha512 or SigningAlgorithm.EcdsaSha512 or SigningAlgorithm.Ed25519PhSha512 => 64,
        SigningAlgorithm.Sm2Dsa or SigningAlgorithm.MlDsaShake256 or SigningAlgorithm.Ed25519Sha512 => null,
    };

    /// <summary>Checks the algorithm of a <c>GenerateMac</c> or <c>VerifyMac</c>.</summary>
    /// <param name="key">The key, already checked by <see cref="CheckKey(KmsOperation, KmsKey)"/>.</param>
    /// <param name="algorithm">The request's <c>MacAlgorithm</c>.</param>
    /// <returns><see cref="Permitted"/>, or <see cref="InvalidKeyUsage"/> when the key does not have the algorithm.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public static KmsOutcome<Permitted> CheckMac(KmsKey key, MacAlgorithm algorithm)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Contains(KeySpecs.MacAlgorithms(key.KeySpec), algorithm.ToWireName())
            ? Permitted.Now
            : KmsOutcome<Permitted>.Fail(AlgorithmRefused(key, algorithm.ToWireName()));
    }

    /// <summary>The length of the data key a <c>GenerateDataKey</c> asks for: exactly one of <c>KeySpec</c> and <c>NumberOfBytes</c>.</summary>
    /// <param name="keySpec">The request's <c>KeySpec</c>.</param>
    /// <param name="numberOfBytes">The request's <c>NumberOfBytes</c> (the model has already held it to 1..1024).</param>
    /// <returns>
    /// 32 for <c>AES_256</c>, 16 for <c>AES_128</c>, or the number of bytes; <see cref="ValidationFailed"/>
    /// <c>Please specify either number of bytes or key spec.</c> when both or neither are given (the text every emulator
    /// that checks this uses, moto among them: <c>getmoto/moto</c> <c>moto/kms/responses.py</c>; not recorded from the service).
    /// </returns>
    public static OneOf<int, ValidationFailed> DataKeyLength(DataKeySpec? keySpec, int? numberOfBytes) => (keySpec, numberOfBytes) switch
    {
        (DataKeySpec.Aes256, null) => 32,
        (DataKeySpec.Aes128, null) => 16,
        (null, int count) => count,
        _ => new ValidationFailed("Please specify either number of bytes or key spec."),
    };

    /// <summary>The key spec of the key pair a <c>GenerateDataKeyPair</c> asks for.</summary>
    /// <param name="spec">The request's <c>KeyPairSpec</c>.</param>
    /// <returns>The key spec of the same name.</returns>
    public static KeySpec KeySpecOf(DataKeyPairSpec spec) => spec switch
    {
        DataKeyPairSpec.Rsa2048 => KeySpec.Rsa2048,
        DataKeyPairSpec.Rsa3072 => KeySpec.Rsa3072,
        DataKeyPairSpec.Rsa4096 => KeySpec.Rsa4096,
        DataKeyPairSpec.EccNistP256 => KeySpec.EccNistP256,
        DataKeyPairSpec.EccNistP384 => KeySpec.EccNistP384,
        DataKeyPairSpec.EccNistP521 => KeySpec.EccNistP521,
        DataKeyPairSpec.EccSecgP256K1 => KeySpec.EccSecgP256K1,
        DataKeyPairSpec.Sm2 => KeySpec.Sm2,
        DataKeyPairSpec.EccNistEdwards25519 => KeySpec.EccNistEdwards25519,
    };

    /// <summary>Decides whether a <c>Decrypt</c> or <c>ReEncrypt</c> that names a key may decrypt a ciphertext that names another.</summary>
    /// <param name="requested">The key the request's <c>KeyId</c> resolved to.</param>
    /// <param name="namedByCiphertext">The ID of the key the ciphertext names.</param>
    /// <returns><see cref="Permitted"/> when they are the same key; otherwise <see cref="IncorrectKey"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requested"/> is <see langword="null"/>.</exception>
    public static OneOf<Permitted, IncorrectKey> CheckCiphertextKey(KmsKey requested, KeyId namedByCiphertext)
    {
        ArgumentNullException.ThrowIfNull(requested);
        return requested.KeyId == namedByCiphertext ? Permitted.Now : IncorrectKey.Instance;
    }

    private static KmsOutcome<Permitted> CheckKey(KmsOperation operation, KmsKey key, string operationName)
    {
        ArgumentNullException.ThrowIfNull(key);
        var (usage, symmetricOnly) = Requirement(operation);
        if (!KeyStateRules.Check(operation, key).TryPick(out var permitted, out var refused))
        {
            return KmsOutcome<Permitted>.Fail(refused);
        }

        if (operation == KmsOperation.GetPublicKey)
        {
            return KeySpecs.IsSymmetricEncryption(key.KeySpec) || KeySpecs.IsHmac(key.KeySpec)
                ? KmsOutcome<Permitted>.Fail(new UnsupportedOperation(key.Arn, key.Origin, key.KeySpec, operation, UnsupportedReason.Unspecified))
                : permitted;
        }

        if (key.KeyUsage != usage)
        {
            return KmsOutcome<Permitted>.Fail(new InvalidKeyUsage(key.Arn, key.KeyUsage, key.KeySpec, operationName, string.Empty, InvalidKeyUsageReason.KeyUsage));
        }

        return symmetricOnly && !KeySpecs.IsSymmetricEncryption(key.KeySpec)
            ? KmsOutcome<Permitted>.Fail(new InvalidKeyUsage(key.Arn, key.KeyUsage, key.KeySpec, operationName, string.Empty, InvalidKeyUsageReason.KeySpec))
            : permitted;
    }

    private static (KeyUsage Usage, bool SymmetricOnly) Requirement(KmsOperation operation) => operation switch
    {
        KmsOperation.Encrypt or KmsOperation.Decrypt or KmsOperation.ReEncrypt => (KeyUsage.EncryptDecrypt, false),
        KmsOperation.GenerateDataKey or KmsOperation.GenerateDataKeyWithoutPlaintext
            or KmsOperation.GenerateDataKeyPair or KmsOperation.GenerateDataKeyPairWithoutPlaintext => (KeyUsage.EncryptDecrypt, true),
        KmsOperation.Sign or KmsOperation.Verify or KmsOperation.GetPublicKey => (KeyUsage.SignVerify, false),
        KmsOperation.GenerateMac or KmsOperation.VerifyMac => (KeyUsage.GenerateVerifyMac, false),
        KmsOperation.DeriveSharedSecret => (KeyUsage.KeyAgreement, false),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not a cryptographic operation on a key."),
    };

    private static InvalidKeyUsage AlgorithmRefused(KmsKey key, string algorithm) =>
        new(key.Arn, key.KeyUsage, key.KeySpec, string.Empty, algorithm, InvalidKeyUsageReason.Algorithm);

    private static bool Contains(System.Collections.Generic.IReadOnlyList<string> values, string value)
    {
        foreach (var candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
