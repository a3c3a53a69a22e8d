using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace KeyLifecycle;

/// <summary>The materials imported into a key with origin <c>EXTERNAL</c>, in the order they were first imported, with value equality.</summary>
/// <remarks>
/// <para>
/// The first is the key's initial material; each on-demand rotation makes a later one current (see
/// <see cref="KmsKey.Rotations"/>); at most one waits for that rotation (<see cref="PendingRotation"/>). A material whose
/// bytes were deleted or expired stays, with <see cref="ImportState.PendingImport"/>, so that its ID is still known and
/// the same bytes can come back.
/// </para>
/// <para>Immutable and thread-safe. Two instances are equal when they hold equal materials in the same order.</para>
/// </remarks>
public sealed class ImportedKeyMaterials : IReadOnlyList<ImportedKeyMaterial>, IEquatable<ImportedKeyMaterials>
{
    private readonly ImmutableArray<ImportedKeyMaterial> _materials;

    private ImportedKeyMaterials(ImmutableArray<ImportedKeyMaterial> materials) => _materials = materials;

    /// <summary>No materials: a key that has never had material imported, or one whose material KMS or a key store holds.</summary>
    public static ImportedKeyMaterials Empty { get; } = new([]);

    /// <summary>The number of materials.</summary>
    public int Count => _materials.Length;

    /// <summary>The material imported for the next on-demand rotation; <see langword="null"/> when there is none.</summary>
    public ImportedKeyMaterial? PendingRotation
    {
        get
        {
            foreach (var material in _materials)
            {
                if (material.PendingRotation)
                {
                    return material;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Whether the key has material and every material that is part of it (all but the one pending rotation) is imported:
    /// the condition for the key to be usable. Deleting or expiring any of them makes the whole key unusable until the
    /// same bytes are imported again, as the service does.
    /// </summary>
    public bool AreAllImported
    {
        get
        {
            var any = false;
            foreach (var material in _materials)
            {
                if (!material.PendingRotation)
                {
                    any = true;
                    if (material.ImportState != ImportState.Imported)
                    {
                        return false;
                    }
                }
            }

            return any;
        }
    }

    /// <summary>Returns the material at <paramref name="index"/>, 0 being the first imported.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The material.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside 0 to <see cref="Count"/> - 1.</exception>
    public ImportedKeyMaterial this[int index] => _materials[index];

    /// <summary>Returns the material with <paramref name="keyMaterialId"/>, or <see langword="null"/> when the key has none.</summary>
    /// <param name="keyMaterialId">The material's ID.</param>
    /// <returns>The material, or <see langword="null"/>.</returns>
    public ImportedKeyMaterial? Find(KeyMaterialId keyMaterialId)
    {
        foreach (var material in _materials)
        {
            if (material.KeyMaterialId == keyMaterialId)
            {
                return material;
            }
        }

        return null;
    }

    /// <summary>Returns the materials, first imported first.</summary>
    /// <returns>An enumerator over the materials.</returns>
    public IEnumerator<ImportedKeyMaterial> GetEnumerator() => ((IEnumerable<ImportedKeyMaterial>)_materials).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ImportedKeyMaterials? other) => other is not null && _materials.AsSpan().SequenceEqual(other._materials.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ImportedKeyMaterials);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var material in _materials)
        {
            hash.Add(material);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the materials as <c>[0a1b... IMPORTED, 2c3d... PENDING_IMPORT, 4e5f... IMPORTED pending rotation]</c>; <c>[]</c> for none.</summary>
    /// <returns>The text, as test failures and logs show a key's materials.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("[");
        foreach (var material in _materials)
        {
            text.Append(text.Length > 1 ? ", " : string.Empty).Append(material.KeyMaterialId).Append(' ')
                .Append(material.ImportState == ImportState.Imported ? "IMPORTED" : "PENDING_IMPORT")
                .Append(material.PendingRotation ? " pending rotation" : string.Empty);
        }

        return text.Append(']').ToString();
    }

    // What a new multi-Region replica starts with: the IDs of the primary's materials that are part of it, none imported.
    internal ImportedKeyMaterials ForReplica()
    {
        var builder = ImmutableArray.CreateBuilder<ImportedKeyMaterial>(_materials.Length);
        foreach (var material in _materials)
        {
            if (!material.PendingRotation)
            {
                builder.Add(material with { ImportState = ImportState.PendingImport, ExpirationModel = null, ValidTo = null });
            }
        }

        return new(builder.ToImmutable());
    }

    internal static ImportedKeyMaterials Of(IEnumerable<ImportedKeyMaterial> materials) =>
        ImmutableArray.CreateRange(materials) is { IsEmpty: false } array ? new(array) : Empty;

    // Replaces the material with the same ID, or adds it at the end.
    internal ImportedKeyMaterials With(ImportedKeyMaterial material)
    {
        for (var i = 0; i < _materials.Length; i++)
        {
            if (_materials[i].KeyMaterialId == material.KeyMaterialId)
            {
                return new(_materials.SetItem(i, material));
            }
        }

        return new(_materials.Add(material));
    }

    internal ImportedKeyMaterials Without(KeyMaterialId keyMaterialId)
    {
        for (var i = 0; i < _materials.Length; i++)
        {
            if (_materials[i].KeyMaterialId == keyMaterialId)
            {
                return new(_materials.RemoveAt(i));
            }
        }

        return this;
    }
}
