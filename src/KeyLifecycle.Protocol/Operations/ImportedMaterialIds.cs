using System;
using System.Security.Cryptography;
using System.Text;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>The key material ID of imported bytes: the same bytes imported into the same key have the same ID.</summary>
/// <remarks>
/// "When you import key material, AWS KMS computes a unique key material identifier based on the key ID and the key
/// material. Even if you import the same key material in different keys, AWS KMS will assign distinct key material
/// identifiers. This computation uses a cryptographic hash so the key material identifier doesn't reveal information
/// about the key material itself." (AWS Security Blog, on-demand rotation of imported key material, 2025). The hash is
/// not published; this one is the project's: SHA-256 over a label, the key ID and the bytes. Related multi-Region keys
/// share their key ID, and so the IDs of the same bytes.
/// </remarks>
internal static class ImportedMaterialIds
{
    public static KeyMaterialId Of(KeyId keyId, ReadOnlySpan<byte> material)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData("KeyLifecycle imported key material\0"u8);
        hash.AppendData(Encoding.ASCII.GetBytes(keyId.ToString()));
        hash.AppendData([0]);
        hash.AppendData(material);
        return KeyMaterialId.FromBytes(hash.GetHashAndReset());
    }
}
