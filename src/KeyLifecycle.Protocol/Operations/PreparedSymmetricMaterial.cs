using System.Runtime.CompilerServices;
using KeyLifecycle.Cryptography;
using KeyLifecycle.Protocol.Storage;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>
/// The <see cref="SymmetricKeyMaterial"/> of each stored <c>SYMMETRIC_DEFAULT</c> material version, made on first use
/// and kept exactly as long as the store keeps that version's record, so that encrypting with a key again does not set
/// up AES-GCM again.
/// </summary>
/// <remarks>
/// Keyed by the record's identity, not its value: the store's records are immutable and shared, and the entry goes when
/// the record does (a rotation keeps earlier versions' records; deleting the key drops them), without anything here to
/// evict. The kept <see cref="System.Security.Cryptography.AesGcm"/> of a dropped entry is freed by its finalizer.
/// </remarks>
internal static class PreparedSymmetricMaterial
{
    private static readonly ConditionalWeakTable<StoredKeyMaterial, SymmetricKeyMaterial> s_prepared = [];

    public static SymmetricKeyMaterial Of(StoredKeyMaterial material) =>
        s_prepared.GetValue(material, static stored => new SymmetricKeyMaterial(stored.Material.Span));
}
