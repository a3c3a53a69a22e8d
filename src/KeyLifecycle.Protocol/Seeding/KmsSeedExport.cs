using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using KeyLifecycle.Protocol.Operations;
using KeyLifecycle.Protocol.Storage;

namespace KeyLifecycle.Protocol.Seeding;

/// <summary>Writes the keys and aliases of a store as a seed file (<see cref="KmsSeed"/>), so that a local environment can be captured and checked in.</summary>
/// <remarks>
/// <para>
/// Every customer managed key in the KMS key store is written with its ID, spec, usage, origin, description, creation
/// date, state, deletion date, tags, rotation setting, policy (when one was set), multi-Region role and rotation
/// history; and every alias of the customer's. Seeding a fresh store with the result gives the same keys, as
/// <c>DescribeKey</c>, <c>ListResourceTags</c>, <c>GetKeyPolicy</c>, <c>GetKeyRotationStatus</c>,
/// <c>ListKeyRotations</c> and <c>ListAliases</c> report them.
/// </para>
/// <para>
/// Key material is written only when asked for (<c>includeSecrets</c>): anyone who reads the file can then decrypt what
/// the keys encrypted. Without it, keys whose material KMS generates get new material when seeded (the same material
/// IDs and rotation dates), and keys with imported material are written as <c>PendingImport</c>, keeping a deletion
/// that is scheduled. Not written: AWS managed keys (the emulator makes them again when they are first used), keys in
/// custom key stores, and imported material whose bytes were deleted or expired. A key in a passing state is written
/// as the state it settles in: <c>Creating</c> as <c>Enabled</c> (or <c>PendingImport</c>), <c>Updating</c> as
/// <c>Enabled</c>.
/// </para>
/// </remarks>
public static class KmsSeedExport
{
    /// <summary>Writes every account's keys and aliases in <paramref name="store"/> as a seed file.</summary>
    /// <param name="store">The store.</param>
    /// <param name="includeSecrets">Whether to write key material, so that the seeded keys decrypt and verify what these keys made.</param>
    /// <returns>The seed file's text, JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is <see langword="null"/>.</exception>
    public static string Write(IKmsKeyStore store, bool includeSecrets)
    {
        ArgumentNullException.ThrowIfNull(store);
        var document = new SeedDocument { Version = 1, Keys = [], Aliases = [] };
        foreach (var account in store.ListAccounts())
        {
            var keys = store.ListKeys(account)
                .Where(key => key.KeyManager == KeyManager.Customer && key.CustomKeyStoreId is null)
                .OrderBy(key => key.Region.ToString(), StringComparer.Ordinal)
                .ThenBy(key => key.KeyId.ToString(), StringComparer.Ordinal)
                .ToList();
            document.Keys.AddRange(keys.Select(key => Entry(store, key, includeSecrets)));
            foreach (var region in store.ListKeys(account).Select(key => key.Region).Distinct().OrderBy(region => region.ToString(), StringComparer.Ordinal))
            {
                document.Aliases.AddRange(store.ListAliases(account, region)
                    .Where(alias => !alias.Name.IsReserved)
                    .Select(alias => new SeedAlias
                    {
                        Account = account.ToString(),
                        Region = region.ToString(),
                        AliasName = alias.Name.ToString(),
                        TargetKeyId = alias.TargetKeyId.ToString(),
                    }));
            }
        }

        return JsonSerializer.Serialize(document, SeedJsonContext.Default.SeedDocument);
    }

    private static SeedKey Entry(IKmsKeyStore store, KmsKey key, bool includeSecrets)
    {
        var replica = key.MultiRegionConfiguration is { KeyType: MultiRegionKeyType.Replica } configuration ? configuration : null;
        var material = store.FindKeyMaterial(key.Arn);
        var entry = new SeedKey
        {
            Account = key.AccountId.ToString(),
            Region = key.Region.ToString(),
            KeyId = key.KeyId.ToString(),
            KeySpec = key.KeySpec.ToWireName(),
            KeyUsage = key.KeyUsage.ToWireName(),
            Origin = key.Origin.ToWireName(),
            Description = key.Description.Length == 0 ? null : key.Description,
            CreationDate = key.CreationDate,
            State = StateOf(key, includeSecrets),
            Tags = key.Tags.Count == 0 ? null : key.Tags.ToDictionary(tag => tag.TagKey, tag => tag.TagValue, StringComparer.Ordinal),
            Policy = store.FindKeyPolicy(key.Arn) is { } policy ? JsonSerializer.SerializeToElement(policy.Text, SeedJsonContext.Default.String) : null,
            PrimaryRegion = replica?.PrimaryKey.Region.ToString(),
        };
        if (key.State is KeyState.PendingDeletion or KeyState.PendingReplicaDeletion)
        {
            entry.DeletionDate = key.DeletionDate;
            entry.PendingWindowInDays = key.PendingDeletionWindowInDays;
        }

        if (replica is null && key.KeyRotationEnabled)
        {
            entry.RotationPeriodInDays = key.RotationPeriodInDays;
            entry.NextRotationDate = key.NextRotationDate;
        }

        if (key.Origin == KeyOrigin.External)
        {
            entry.Material = includeSecrets && material is not null ? ImportedMaterial(key, material) : null;
        }
        else if (replica is null)
        {
            entry.Material = GeneratedMaterial(key, material, includeSecrets);
        }

        return entry;
    }

    private static string StateOf(KmsKey key, bool includeSecrets) => key.State switch
    {
        KeyState.Creating => key.HasKeyMaterial ? "Enabled" : "PendingImport",
        KeyState.Updating => "Enabled",
        KeyState.Enabled or KeyState.Disabled when key.Origin == KeyOrigin.External && !includeSecrets => "PendingImport",
        _ => key.State.ToWireName(),
    };

    // The key's own material, then one per rotation, in the order the rotations made them current.
    private static List<SeedMaterial>? GeneratedMaterial(KmsKey key, KeyMaterialRecord? record, bool includeSecrets)
    {
        if (!includeSecrets && key.Rotations.Count == 0)
        {
            return null;
        }

        var firstId = record?.Versions.Length > 0 ? record.Versions[0].Id : default;
        var items = new List<SeedMaterial>
        {
            new() { Key = includeSecrets && record?.Find(firstId) is { } first ? KeyMaterialForms.Write(key.KeySpec, first.Material.Span) : null },
        };
        foreach (var rotation in key.Rotations)
        {
            items.Add(new SeedMaterial
            {
                KeyMaterialId = rotation.KeyMaterialId.ToString(),
                Key = includeSecrets && record?.Find(rotation.KeyMaterialId) is { } version ? KeyMaterialForms.Write(key.KeySpec, version.Material.Span) : null,
                RotationDate = rotation.RotationDate,
                RotationType = rotation.RotationType.ToWireName(),
            });
        }

        return items;
    }

    // Each imported material whose bytes the store has, first imported first; the one waiting for a rotation last.
    private static List<SeedMaterial>? ImportedMaterial(KmsKey key, KeyMaterialRecord record)
    {
        var items = new List<SeedMaterial>();
        foreach (var material in key.ImportedMaterials.OrderBy(material => material.PendingRotation))
        {
            if (record.Find(material.KeyMaterialId) is not { } version)
            {
                continue;
            }

            var rotation = key.Rotations.LastOrDefault(rotation => rotation.KeyMaterialId == material.KeyMaterialId);
            items.Add(new SeedMaterial
            {
                KeyMaterialId = material.KeyMaterialId.ToString(),
                Key = KeyMaterialForms.Write(key.KeySpec, version.Material.Span),
                RotationDate = items.Count == 0 ? null : rotation?.RotationDate,
                RotationType = items.Count == 0 || rotation is null ? null : rotation.RotationType.ToWireName(),
                ValidTo = material.ValidTo,
                Description = material.Description,
            });
        }

        return items.Count == 0 ? null : items;
    }
}
