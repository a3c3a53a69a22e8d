using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using KeyLifecycle.Cryptography;
using KeyLifecycle.Protocol.Storage;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>The store's side of a rotation: new material, kept next to the key with every earlier version, and shared with the key's replicas.</summary>
internal static class MaterialRotation
{
    /// <summary>A new version of symmetric material, with a random ID as the service's are.</summary>
    public static StoredKeyMaterial NewVersion() => new(
        KeyMaterialId.FromBytes(RandomNumberGenerator.GetBytes(KeyMaterialId.ByteLength)),
        KeyMaterialGenerator.Generate(KeySpec.SymmetricDefault).AsT0);

    /// <summary>
    /// Adds to <paramref name="commit"/> the change of <paramref name="before"/> to <paramref name="after"/>, a key with
    /// imported material whose rotation made the material imported for it current; its bytes are already kept.
    /// </summary>
    /// <returns><see langword="false"/> when the store has no material for the key or not that material's bytes.</returns>
    public static bool TryRotateToImported(IKmsKeyStore store, KeyStoreCommit commit, KmsKey before, KmsKey after)
    {
        if (store.FindKeyMaterial(before.Arn) is not { } material || after.CurrentImportedMaterialId is not { } current || material.Find(current) is null)
        {
            return false;
        }

        commit.Replace(before, after).PutKeyMaterial(material.WithCurrentId(current));
        return true;
    }

    /// <summary>
    /// Adds to <paramref name="commit"/> the change of <paramref name="before"/> to <paramref name="after"/>, whose latest
    /// rotations made <paramref name="versions"/> current in turn; and, for a multi-Region primary, the same rotations on
    /// each replica, which shares its material.
    /// </summary>
    /// <returns><see langword="false"/> when the store has no material for the key, which a key that rotates always has.</returns>
    public static bool TryAdd(IKmsKeyStore store, KeyStoreCommit commit, KmsKey before, KmsKey after, IReadOnlyList<StoredKeyMaterial> versions)
    {
        if (store.FindKeyMaterial(before.Arn) is not { } material)
        {
            return false;
        }

        foreach (var version in versions)
        {
            material = material.WithCurrent(version);
        }

        commit.Replace(before, after).PutKeyMaterial(material);
        if (after.MultiRegionConfiguration is { KeyType: MultiRegionKeyType.Primary } configuration)
        {
            var rotations = after.Rotations.Skip(before.Rotations.Count).ToArray();
            foreach (var replicaArn in configuration.ReplicaKeys)
            {
                if (store.FindKey(replicaArn) is not { } replica)
                {
                    continue;
                }

                var updated = replica;
                foreach (var rotation in rotations)
                {
                    updated = KeyTransitions.PrimaryRotated(updated, rotation, after.NextRotationDate);
                }

                commit.Replace(replica, updated).PutKeyMaterial(material.For(replicaArn));
            }
        }

        return true;
    }
}
