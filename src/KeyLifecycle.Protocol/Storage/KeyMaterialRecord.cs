using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Protocol.Storage;

/// <summary>The secret material of one key, kept by the store next to the key's <see cref="KmsKey"/> record, which never holds secret bytes.</summary>
/// <remarks>
/// Immutable and serializable: the key's ARN, the ID of the version that encrypts now, and every version's bytes, so
/// that ciphertexts made by an earlier version still decrypt. For a key with imported material, the bytes of a version
/// that was deleted or expired are gone until the same bytes are imported again (the key's
/// <see cref="KmsKey.ImportedMaterials"/> still names it), and a version imported for the next rotation is kept before it
/// becomes current. Committed through <see cref="KeyStoreCommit.PutKeyMaterial"/>
/// in the same commit as the change of its key, whose compare-and-swap guards both; removed with the key.
/// </remarks>
public sealed record KeyMaterialRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="arn">The key's ARN.</param>
    /// <param name="currentId">The version that encrypts now; one of <paramref name="versions"/> unless its imported bytes were deleted.</param>
    /// <param name="versions">Every version whose bytes the store keeps, each ID once.</param>
    /// <exception cref="ArgumentException">An ID appears twice among <paramref name="versions"/>.</exception>
    public KeyMaterialRecord(KeyArn arn, KeyMaterialId currentId, IEnumerable<StoredKeyMaterial> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        Arn = arn;
        CurrentId = currentId;
        Versions = [.. versions];
        for (var i = 0; i < Versions.Length; i++)
        {
            for (var j = i + 1; j < Versions.Length; j++)
            {
                if (Versions[i].Id == Versions[j].Id)
                {
                    throw new ArgumentException($"The material version {Versions[i].Id} appears twice.", nameof(versions));
                }
            }
        }

        Current = Find(currentId);
    }

    /// <summary>The key's ARN.</summary>
    public KeyArn Arn { get; }

    /// <summary>The ID of the version that encrypts now.</summary>
    public KeyMaterialId CurrentId { get; }

    /// <summary>Every version, oldest first.</summary>
    public ImmutableArray<StoredKeyMaterial> Versions { get; }

    /// <summary>The version that encrypts now; <see langword="null"/> while its imported bytes are deleted, when the key cannot encrypt.</summary>
    public StoredKeyMaterial? Current { get; }

    /// <summary>Creates the record of a key with a single version of material.</summary>
    /// <param name="arn">The key's ARN.</param>
    /// <param name="id">The material's ID.</param>
    /// <param name="material">The material's bytes.</param>
    /// <returns>The record.</returns>
    public static KeyMaterialRecord OfOneVersion(KeyArn arn, KeyMaterialId id, ReadOnlyMemory<byte> material) =>
        new(arn, id, [new StoredKeyMaterial(id, material)]);

    /// <summary>Returns the version with <paramref name="id"/>, or <see langword="null"/> when the key has no such version.</summary>
    /// <param name="id">The version's ID.</param>
    /// <returns>The version, or <see langword="null"/>.</returns>
    public StoredKeyMaterial? Find(KeyMaterialId id)
    {
        foreach (var version in Versions)
        {
            if (version.Id == id)
            {
                return version;
            }
        }

        return null;
    }

    /// <summary>Returns this record with <paramref name="version"/> added as the version that encrypts now, as a rotation leaves it.</summary>
    /// <param name="version">The new version, whose ID the record does not have yet.</param>
    /// <returns>The record after the rotation; the earlier versions stay, so their ciphertexts still decrypt.</returns>
    /// <exception cref="ArgumentException">The record already has a version with that ID.</exception>
    public KeyMaterialRecord WithCurrent(StoredKeyMaterial version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Find(version.Id) is null
            ? new(Arn, version.Id, Versions.Add(version))
            : throw new ArgumentException($"The key already has the material version {version.Id}.", nameof(version));
    }

    /// <summary>Returns this record with <paramref name="version"/>'s bytes kept, the version that encrypts now unchanged: an import of material again, or of material for the next rotation.</summary>
    /// <param name="version">The version; one with the same ID is replaced.</param>
    /// <returns>The record with the version.</returns>
    public KeyMaterialRecord With(StoredKeyMaterial version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new(Arn, CurrentId, Find(version.Id) is { } existing ? Versions.Replace(existing, version) : Versions.Add(version));
    }

    /// <summary>Returns this record without the bytes of the version <paramref name="id"/>, as deleting or expiring imported material leaves it.</summary>
    /// <param name="id">The version's ID.</param>
    /// <returns>The record without the version; the same instance when it has no such version.</returns>
    public KeyMaterialRecord Without(KeyMaterialId id) =>
        Find(id) is { } version ? new(Arn, CurrentId, Versions.Remove(version)) : this;

    /// <summary>Returns this record with the version <paramref name="id"/>, whose bytes it keeps, as the one that encrypts now: a rotation to imported material.</summary>
    /// <param name="id">The version's ID.</param>
    /// <returns>The record after the rotation.</returns>
    /// <exception cref="ArgumentException">The record has no version with that ID.</exception>
    public KeyMaterialRecord WithCurrentId(KeyMaterialId id) =>
        Find(id) is not null ? new(Arn, id, Versions) : throw new ArgumentException($"The key has no material version {id}.", nameof(id));

    /// <summary>Returns this record for another key that shares the material, such as a multi-Region replica.</summary>
    /// <param name="arn">The other key's ARN.</param>
    /// <returns>The record under <paramref name="arn"/>.</returns>
    public KeyMaterialRecord For(KeyArn arn) => new(arn, CurrentId, Versions);
}
