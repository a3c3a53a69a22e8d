using System;
using System.Buffers;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using OneOf;

namespace KeyLifecycle.Cryptography;

/// <summary>
/// Encrypts and decrypts with a <c>SYMMETRIC_DEFAULT</c> key: AES-256-GCM in a versioned ciphertext blob of this
/// project's own that names the key and the key material version, so <c>Decrypt</c> needs no <c>KeyId</c>.
/// </summary>
/// <remarks>
/// <para>Blob format, version 1 (all lengths in bytes):</para>
/// <code>
/// 1   format version, 0x01
/// 1   n, the length of the key ID
/// n   the key ID, ASCII (a UUID or an mrk- ID, 36 characters)
/// 32  the key material ID's bytes (its 64 hexadecimal digits, decoded)
/// 12  the nonce, random for every encryption
/// m   the AES-256-GCM ciphertext, as long as the plaintext
/// 16  the GCM authentication tag
/// </code>
/// <para>
/// The additional authenticated data is the header (version through key material ID) followed by the canonical form
/// of the encryption context (see <c>EncryptionContextEncoding</c>), so changing any header byte, the nonce, the
/// ciphertext, the tag or the context makes <c>Decrypt</c> fail with <see cref="InvalidCiphertext"/>, as KMS
/// does: "If you specify an EncryptionContext when encrypting data, you must specify the same encryption context (a
/// case-sensitive exact match) when decrypting the data. Otherwise, the request to decrypt fails with an
/// InvalidCiphertextException." (https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html).
/// </para>
/// <para>
/// The blob is not KMS's own format, which AWS does not publish; only the emulator that made a blob can decrypt it.
/// A random 96-bit nonce keeps the chance of a repeat under 2^-32 for 2^32 encryptions with one material version,
/// the bound NIST SP 800-38D sets. Thread safe.
/// </para>
/// </remarks>
public static class SymmetricCiphertext
{
    /// <summary>The format version this type writes.</summary>
    public const byte FormatVersion = 1;

    /// <summary>The length of the AES-GCM nonce.</summary>
    public const int NonceLength = 12;

    /// <summary>The length of the AES-GCM authentication tag.</summary>
    public const int TagLength = 16;

    private const int MaxKeyIdLength = 36;

    private const int StackLimit = 512;

    /// <summary>The length of the blob <c>Encrypt</c> makes for a key and a plaintext length.</summary>
    /// <param name="keyId">The key ID the blob names.</param>
    /// <param name="plaintextLength">The plaintext length.</param>
    /// <returns>The blob length: the plaintext length plus 98 bytes for a 36-character key ID.</returns>
    public static int GetCiphertextLength(KeyId keyId, int plaintextLength) =>
        HeaderLength(keyId.ToString().Length) + NonceLength + plaintextLength + TagLength;

    /// <summary>Encrypts <paramref name="plaintext"/> under a symmetric key's material.</summary>
    /// <param name="keyId">The ID of the key, written into the blob.</param>
    /// <param name="keyMaterialId">The ID of the material version, written into the blob.</param>
    /// <param name="keyMaterial">The material of that version: 32 bytes.</param>
    /// <param name="plaintext">The bytes to encrypt.</param>
    /// <param name="encryptionContext">The encryption context, or <see langword="null"/> for none.</param>
    /// <returns>The ciphertext blob.</returns>
    /// <exception cref="ArgumentException">The key ID or key material ID is the default value, or the material is not 32 bytes.</exception>
    /// <remarks>Prepares the material for this call only; a caller that encrypts with the same material again saves that work with the <see cref="SymmetricKeyMaterial"/> overload.</remarks>
    public static byte[] Encrypt(
        KeyId keyId,
        KeyMaterialId keyMaterialId,
        ReadOnlySpan<byte> keyMaterial,
        ReadOnlySpan<byte> plaintext,
        IReadOnlyDictionary<string, string>? encryptionContext)
    {
        var keyIdText = RequireIds(keyId, keyMaterialId);
        SymmetricKeyMaterial.RequireLength(keyMaterial);
        using var aes = new AesGcm(keyMaterial, TagLength);
        return Encrypt(keyIdText, keyMaterialId, aes, plaintext, encryptionContext);
    }

    /// <summary>Encrypts <paramref name="plaintext"/> under a symmetric key's material prepared for repeated use.</summary>
    /// <param name="keyId">The ID of the key, written into the blob.</param>
    /// <param name="keyMaterialId">The ID of the material version, written into the blob.</param>
    /// <param name="keyMaterial">The material of that version.</param>
    /// <param name="plaintext">The bytes to encrypt.</param>
    /// <param name="encryptionContext">The encryption context, or <see langword="null"/> for none.</param>
    /// <returns>The ciphertext blob, the same as the overload with the material's bytes makes.</returns>
    /// <exception cref="ArgumentException">The key ID or key material ID is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="keyMaterial"/> is <see langword="null"/>.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="keyMaterial"/> has been disposed.</exception>
    public static byte[] Encrypt(
        KeyId keyId,
        KeyMaterialId keyMaterialId,
        SymmetricKeyMaterial keyMaterial,
        ReadOnlySpan<byte> plaintext,
        IReadOnlyDictionary<string, string>? encryptionContext)
    {
        ArgumentNullException.ThrowIfNull(keyMaterial);
        var keyIdText = RequireIds(keyId, keyMaterialId);
        var aes = keyMaterial.Rent();
        try
        {
            return Encrypt(keyIdText, keyMaterialId, aes, plaintext, encryptionContext);
        }
        finally
        {
            keyMaterial.Return(aes);
        }
    }

    /// <summary>Reads which key and material version a blob names, without decrypting it.</summary>
    /// <param name="ciphertextBlob">A blob from <c>Encrypt</c>, or any bytes.</param>
    /// <returns>The header, or <see cref="InvalidCiphertext"/> when the bytes are not a version 1 blob.</returns>
    public static OneOf<CiphertextHeader, InvalidCiphertext> ReadHeader(ReadOnlySpan<byte> ciphertextBlob) =>
        TryReadHeader(ciphertextBlob, out var header, out _) ? header : InvalidCiphertext.Instance;

    /// <summary>Decrypts a blob with the material of the version it names.</summary>
    /// <param name="ciphertextBlob">The blob.</param>
    /// <param name="keyMaterial">The material of the version <see cref="ReadHeader"/> names: 32 bytes.</param>
    /// <param name="encryptionContext">The encryption context given when the blob was made, or <see langword="null"/> for none.</param>
    /// <returns>The plaintext, or <see cref="InvalidCiphertext"/> when the blob is malformed or was altered, the material is not the one that made it, or the context differs.</returns>
    /// <exception cref="ArgumentException">The material is not 32 bytes.</exception>
    public static OneOf<byte[], InvalidCiphertext> Decrypt(
        ReadOnlySpan<byte> ciphertextBlob,
        ReadOnlySpan<byte> keyMaterial,
        IReadOnlyDictionary<string, string>? encryptionContext)
    {
        SymmetricKeyMaterial.RequireLength(keyMaterial);
        using var aes = new AesGcm(keyMaterial, TagLength);
        return Decrypt(ciphertextBlob, aes, encryptionContext);
    }

    /// <summary>Decrypts a blob with the material of the version it names, prepared for repeated use.</summary>
    /// <param name="ciphertextBlob">The blob.</param>
    /// <param name="keyMaterial">The material of the version <see cref="ReadHeader"/> names.</param>
    /// <param name="encryptionContext">The encryption context given when the blob was made, or <see langword="null"/> for none.</param>
    /// <returns>The plaintext, or <see cref="InvalidCiphertext"/>, as the overload with the material's bytes answers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keyMaterial"/> is <see langword="null"/>.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="keyMaterial"/> has been disposed.</exception>
    public static OneOf<byte[], InvalidCiphertext> Decrypt(
        ReadOnlySpan<byte> ciphertextBlob,
        SymmetricKeyMaterial keyMaterial,
        IReadOnlyDictionary<string, string>? encryptionContext)
    {
        ArgumentNullException.ThrowIfNull(keyMaterial);
        var aes = keyMaterial.Rent();
        try
        {
            return Decrypt(ciphertextBlob, aes, encryptionContext);
        }
        finally
        {
            keyMaterial.Return(aes);
        }
    }

    private static string RequireIds(KeyId keyId, KeyMaterialId keyMaterialId)
    {
        var keyIdText = keyId.ToString();
        return keyIdText.Length == 0 || keyMaterialId.ToString().Length == 0
            ? throw new ArgumentException("The key ID and the key material ID must not be default values.")
            : keyIdText;
    }

    private static byte[] Encrypt(string keyIdText, KeyMaterialId keyMaterialId, AesGcm aes, ReadOnlySpan<byte> plaintext, IReadOnlyDictionary<string, string>? encryptionContext)
    {
        var headerLength = HeaderLength(keyIdText.Length);
        var blob = new byte[headerLength + NonceLength + plaintext.Length + TagLength];
        blob[0] = FormatVersion;
        blob[1] = (byte)keyIdText.Length;
        Encoding.ASCII.GetBytes(keyIdText, blob.AsSpan(2));
        keyMaterialId.WriteBytes(blob.AsSpan(2 + keyIdText.Length));

        var nonce = blob.AsSpan(headerLength, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        var body = blob.AsSpan(headerLength + NonceLength, plaintext.Length);
        var tag = blob.AsSpan(headerLength + NonceLength + plaintext.Length, TagLength);

        var aadLength = AssociatedDataLength(headerLength, encryptionContext);
        byte[]? rented = null;
        var aad = aadLength <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(aadLength));
        try
        {
            aad = WriteAssociatedData(blob.AsSpan(0, headerLength), encryptionContext, aad[..aadLength]);
            aes.Encrypt(nonce, plaintext, body, tag, aad);
        }
        finally
        {
            Return(rented);
        }

        return blob;
    }

    private static OneOf<byte[], InvalidCiphertext> Decrypt(ReadOnlySpan<byte> ciphertextBlob, AesGcm aes, IReadOnlyDictionary<string, string>? encryptionContext)
    {
        if (!TryReadHeader(ciphertextBlob, out _, out var headerLength))
        {
            return InvalidCiphertext.Instance;
        }

        var plaintext = new byte[ciphertextBlob.Length - headerLength - NonceLength - TagLength];
        var nonce = ciphertextBlob.Slice(headerLength, NonceLength);
        var body = ciphertextBlob.Slice(headerLength + NonceLength, plaintext.Length);
        var tag = ciphertextBlob[^TagLength..];
        var aadLength = AssociatedDataLength(headerLength, encryptionContext);
        byte[]? rented = null;
        var aad = aadLength <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(aadLength));
        bool authentic;
        try
        {
            aad = WriteAssociatedData(ciphertextBlob[..headerLength], encryptionContext, aad[..aadLength]);
            aes.Decrypt(nonce, body, tag, plaintext, aad);
            authentic = true;
        }
        catch (AuthenticationTagMismatchException)
        {
            authentic = false;
        }
        finally
        {
            Return(rented);
        }

        return authentic ? plaintext : InvalidCiphertext.Instance;
    }

    private static int HeaderLength(int keyIdLength) => 2 + keyIdLength + KeyMaterialId.ByteLength;

    private static bool TryReadHeader(ReadOnlySpan<byte> blob, out CiphertextHeader header, out int headerLength)
    {
        header = default;
        headerLength = 0;
        if (blob.Length < 2 || blob[0] != FormatVersion || blob[1] > MaxKeyIdLength)
        {
            return false;
        }

        headerLength = HeaderLength(blob[1]);
        if (blob.Length < headerLength + NonceLength + TagLength)
        {
            return false;
        }

        var keyIdBytes = blob.Slice(2, blob[1]);
        if (keyIdBytes.ContainsAnyExceptInRange((byte)0x21, (byte)0x7E))
        {
            return false;
        }

        if (!KeyId.TryParse(Encoding.ASCII.GetString(keyIdBytes), out var keyId))
        {
            return false;
        }

        header = new CiphertextHeader(keyId, KeyMaterialId.FromBytes(blob.Slice(2 + blob[1], KeyMaterialId.ByteLength)));
        return true;
    }

    private static int AssociatedDataLength(int headerLength, IReadOnlyDictionary<string, string>? context) =>
        headerLength + EncryptionContextEncoding.GetByteCount(context);

    private static Span<byte> WriteAssociatedData(ReadOnlySpan<byte> header, IReadOnlyDictionary<string, string>? context, Span<byte> destination)
    {
        header.CopyTo(destination);
        var written = header.Length + EncryptionContextEncoding.Write(context, destination[header.Length..]);
        return destination[..written];
    }

    private static void Return(byte[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
