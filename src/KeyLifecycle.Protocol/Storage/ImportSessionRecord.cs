using System;
using System.Buffers;
using System.Security.Cryptography;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Protocol.Storage;

/// <summary>The import parameters one <c>GetParametersForImport</c> issued for a key: what <c>ImportKeyMaterial</c> needs to accept the import token and unwrap the material.</summary>
/// <remarks>
/// <para>
/// The store keeps the wrapping private key and the token's hash (<see cref="TokenId"/>), never the token itself, which
/// only the caller holds. Records are immutable and never replaced: issued by <see cref="KeyStoreCommit.AddImportSession"/>
/// in a commit that also expects the key (so a key that went away takes none), removed by
/// <see cref="KeyStoreCommit.RemoveImportSession"/> when they expire or newer ones crowd them out, and removed with their
/// key.
/// </para>
/// <para>
/// The wrapping private key is in the clear, as key material is: a durable store's file holds it, as the process does.
/// </para>
/// </remarks>
public sealed class ImportSessionRecord
{
    private static readonly SearchValues<char> s_lowerHex = SearchValues.Create("0123456789abcdef");

    /// <summary>Creates a record.</summary>
    /// <param name="keyArn">The key the parameters are for.</param>
    /// <param name="tokenId">The import token's hash, as <see cref="TokenIdOf"/> makes it: 64 lowercase hexadecimal digits.</param>
    /// <param name="wrappingAlgorithm">The wrapping algorithm's wire name, such as <c>RSAES_OAEP_SHA_256</c>.</param>
    /// <param name="wrappingPrivateKey">The wrapping private key, a DER PKCS #8 <c>PrivateKeyInfo</c>.</param>
    /// <param name="issuedAt">When the parameters were issued.</param>
    /// <param name="validTo">When they expire; after <paramref name="issuedAt"/>.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="keyArn"/> is the default value, <paramref name="tokenId"/> is not 64 lowercase hexadecimal digits,
    /// <paramref name="wrappingAlgorithm"/> or <paramref name="wrappingPrivateKey"/> is empty, or <paramref name="validTo"/>
    /// is not after <paramref name="issuedAt"/>.
    /// </exception>
    public ImportSessionRecord(KeyArn keyArn, string tokenId, string wrappingAlgorithm, ReadOnlyMemory<byte> wrappingPrivateKey, DateTimeOffset issuedAt, DateTimeOffset validTo)
    {
        if (keyArn == default)
        {
            throw new ArgumentException("The import parameters name no key.", nameof(keyArn));
        }

        if (tokenId is null || tokenId.Length != 64 || tokenId.AsSpan().ContainsAnyExcept(s_lowerHex))
        {
            throw new ArgumentException($"The token ID '{tokenId}' is not 64 lowercase hexadecimal digits.", nameof(tokenId));
        }

        ArgumentException.ThrowIfNullOrEmpty(wrappingAlgorithm);
        if (wrappingPrivateKey.IsEmpty)
        {
            throw new ArgumentException("The wrapping private key is empty.", nameof(wrappingPrivateKey));
        }

        if (validTo <= issuedAt)
        {
            throw new ArgumentException($"The import parameters expire ({validTo:O}) no later than they were issued ({issuedAt:O}).", nameof(validTo));
        }

        KeyArn = keyArn;
        TokenId = tokenId;
        WrappingAlgorithm = wrappingAlgorithm;
        WrappingPrivateKey = wrappingPrivateKey;
        IssuedAt = issuedAt;
        ValidTo = validTo;
    }

    /// <summary>The key the parameters are for.</summary>
    public KeyArn KeyArn { get; }

    /// <summary>The import token's SHA-256 hash, 64 lowercase hexadecimal digits: how <c>ImportKeyMaterial</c> finds the parameters its token names.</summary>
    public string TokenId { get; }

    /// <summary>The wrapping algorithm's wire name.</summary>
    public string WrappingAlgorithm { get; }

    /// <summary>The wrapping private key, a DER PKCS #8 <c>PrivateKeyInfo</c>. Callers do not change the bytes.</summary>
    public ReadOnlyMemory<byte> WrappingPrivateKey { get; }

    /// <summary>When the parameters were issued.</summary>
    public DateTimeOffset IssuedAt { get; }

    /// <summary>When the parameters expire: <c>ImportKeyMaterial</c> refuses them from then on.</summary>
    public DateTimeOffset ValidTo { get; }

    /// <summary>Returns the <see cref="TokenId"/> of an import token: its SHA-256 hash in lowercase hexadecimal.</summary>
    /// <param name="importToken">The token's bytes, as <c>GetParametersForImport</c> returned them.</param>
    /// <returns>64 lowercase hexadecimal digits.</returns>
    public static string TokenIdOf(ReadOnlySpan<byte> importToken) => Convert.ToHexStringLower(SHA256.HashData(importToken));
}
