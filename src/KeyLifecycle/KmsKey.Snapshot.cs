using System;
using System.Collections.Generic;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Snapshots;
using OneOf;

namespace KeyLifecycle;

public sealed partial record KmsKey
{
    /// <summary>Returns every fact of this key as plain data, for a store to write down.</summary>
    /// <returns>A snapshot from which <see cref="FromSnapshot"/> makes a key equal to this one.</returns>
    public KmsKeySnapshot ToSnapshot() => new()
    {
        Arn = Arn,
        CreationDate = CreationDate,
        Description = Description,
        KeyUsage = KeyUsage,
        KeySpec = KeySpec,
        Origin = Origin,
        KeyManager = KeyManager,
        State = State,
        DeletionDate = DeletionDate,
        PendingDeletionWindowInDays = PendingDeletionWindowInDays,
        MultiRegionKeyType = MultiRegionConfiguration?.KeyType,
        PrimaryKey = MultiRegionConfiguration?.PrimaryKey,
        ReplicaKeys = MultiRegionConfiguration is { } configuration ? configuration.ReplicaKeys : [],
        CustomKeyStoreId = CustomKeyStoreId,
        HasKeyMaterial = HasKeyMaterial,
        ExpirationModel = ExpirationModel,
        ValidTo = ValidTo,
        KeyRotationEnabled = KeyRotationEnabled,
        RotationPeriodInDays = RotationPeriodInDays,
        NextRotationDate = NextRotationDate,
        Rotations = [.. Rotations],
        ImportedMaterials = [.. ImportedMaterials],
        Tags = [.. Tags],
        StateWhenAvailable = StateWhenAvailable,
        UpdateStartedAt = UpdateStartedAt,
    };

    /// <summary>Makes the key a snapshot describes again, if its facts fit together as the lifecycle leaves them.</summary>
    /// <param name="snapshot">A snapshot that <see cref="ToSnapshot"/> gave, as a store read it back.</param>
    /// <returns>
    /// The key, equal to the one the snapshot was taken of; or <see cref="SnapshotRejected"/> naming the first fact that no
    /// key could have: an undefined enumeration value, a usage its key spec does not allow, a deletion date outside
    /// <c>PendingDeletion</c>, a multi-Region role for a single-Region key ID, a rotation period while rotation is off,
    /// imported materials that disagree with the key's material facts, a tag key twice, and the like.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// The checks are those of each fact against the others, not of history: a snapshot with facts that fit together makes a
    /// key even when no sequence of requests could have made that exact key. Stores hand in only what they wrote.
    /// </remarks>
    public static OneOf<KmsKey, SnapshotRejected> FromSnapshot(KmsKeySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (SnapshotProblem(snapshot) is { } problem)
        {
            return new SnapshotRejected(problem);
        }

        return new KmsKey(snapshot.Arn, snapshot.CreationDate)
        {
            Description = snapshot.Description,
            KeyUsage = snapshot.KeyUsage,
            KeySpec = snapshot.KeySpec,
            Origin = snapshot.Origin,
            KeyManager = snapshot.KeyManager,
            State = snapshot.State,
            DeletionDate = snapshot.DeletionDate,
            PendingDeletionWindowInDays = snapshot.PendingDeletionWindowInDays,
            MultiRegionConfiguration = snapshot.MultiRegionKeyType is { } type
                ? new MultiRegionConfiguration(type, snapshot.PrimaryKey!.Value, [.. snapshot.ReplicaKeys])
                : null,
            CustomKeyStoreId = snapshot.CustomKeyStoreId,
            HasKeyMaterial = snapshot.HasKeyMaterial,
            ExpirationModel = snapshot.ExpirationModel,
            ValidTo = snapshot.ValidTo,
            KeyRotationEnabled = snapshot.KeyRotationEnabled,
            RotationPeriodInDays = snapshot.RotationPeriodInDays,
            NextRotationDate = snapshot.NextRotationDate,
            Rotations = KeyRotationHistory.Of(snapshot.Rotations),
            ImportedMaterials = ImportedKeyMaterials.Of(snapshot.ImportedMaterials),
            Tags = snapshot.Tags.Count == 0 ? KeyTagCollection.Empty : KeyTagCollection.Empty.SetItems(snapshot.Tags),
            StateWhenAvailable = snapshot.StateWhenAvailable,
            UpdateStartedAt = snapshot.UpdateStartedAt,
        };
    }

    private static string? SnapshotProblem(KmsKeySnapshot s)
    {
        if (s.Arn == default)
        {
            return "Arn is missing.";
        }

        if (s.Description is null || s.ReplicaKeys is null || s.Rotations is null || s.ImportedMaterials is null || s.Tags is null)
        {
            return "Description, ReplicaKeys, Rotations, ImportedMaterials and Tags must not be null.";
        }

        if (!Enum.IsDefined(s.KeyUsage) || !s.KeySpec.IsDefined() || !Enum.IsDefined(s.Origin) || !Enum.IsDefined(s.KeyManager)
            || !s.State.IsDefined() || s.StateWhenAvailable is { } whenAvailable && !whenAvailable.IsDefined()
            || s.ExpirationModel is { } model && !model.IsDefined() || s.MultiRegionKeyType is { } role && !Enum.IsDefined(role))
        {
            return "An enumeration member has a value that is not defined.";
        }

        return !KeySpecs.Allows(s.KeySpec, s.KeyUsage) ? $"KeyUsage {s.KeyUsage.ToWireName()} does not go with KeySpec {s.KeySpec.ToWireName()}."
            : DeletionProblem(s) ?? MultiRegionProblem(s) ?? RotationProblem(s) ?? MaterialProblem(s) ?? OtherProblem(s);
    }

    private static string? DeletionProblem(KmsKeySnapshot s) => s.State switch
    {
        KeyState.PendingDeletion when s.DeletionDate is null || s.PendingDeletionWindowInDays is null =>
            "State is PendingDeletion but DeletionDate or PendingDeletionWindowInDays is missing.",
        KeyState.PendingReplicaDeletion when s.DeletionDate is not null || s.PendingDeletionWindowInDays is null =>
            "State is PendingReplicaDeletion, which has PendingDeletionWindowInDays and no DeletionDate.",
        not (KeyState.PendingDeletion or KeyState.PendingReplicaDeletion) when s.DeletionDate is not null || s.PendingDeletionWindowInDays is not null =>
            $"State is {s.State.ToWireName()} but DeletionDate or PendingDeletionWindowInDays is set.",
        _ when s.PendingDeletionWindowInDays is < 7 or > 30 => $"PendingDeletionWindowInDays is {s.PendingDeletionWindowInDays}, not 7 to 30.",
        _ => null,
    };

    private static string? MultiRegionProblem(KmsKeySnapshot s)
    {
        if (s.Arn.KeyId.IsMultiRegion != s.MultiRegionKeyType.HasValue || s.MultiRegionKeyType.HasValue != s.PrimaryKey.HasValue
            || !s.MultiRegionKeyType.HasValue && s.ReplicaKeys.Count > 0)
        {
            return "A multi-Region key ID (mrk-) needs MultiRegionKeyType and PrimaryKey, and a single-Region key has neither nor ReplicaKeys.";
        }

        if (s.PrimaryKey is not { } primary)
        {
            return null;
        }

        var related = new List<KeyArn>(s.ReplicaKeys) { primary };
        if (related.Exists(arn => arn.KeyId != s.Arn.KeyId || arn.AccountId != s.Arn.AccountId || arn.Partition != s.Arn.Partition))
        {
            return "PrimaryKey and ReplicaKeys must name keys with the key's ID, account and partition.";
        }

        return (s.MultiRegionKeyType == MultiRegionKeyType.Primary) != (primary == s.Arn)
            ? "A multi-Region key is the primary key exactly when PrimaryKey is its own ARN."
            : null;
    }

    private static string? RotationProblem(KmsKeySnapshot s)
    {
        if (!s.KeyRotationEnabled && (s.RotationPeriodInDays is not null || s.NextRotationDate is not null))
        {
            return "KeyRotationEnabled is false but RotationPeriodInDays or NextRotationDate is set.";
        }

        return s.RotationPeriodInDays is < KeyTransitions.MinRotationPeriodInDays or > KeyTransitions.MaxRotationPeriodInDays
            ? $"RotationPeriodInDays is {s.RotationPeriodInDays}, not {KeyTransitions.MinRotationPeriodInDays} to {KeyTransitions.MaxRotationPeriodInDays}."
            : null;
    }

    private static string? MaterialProblem(KmsKeySnapshot s)
    {
        if (s.Origin != KeyOrigin.External)
        {
            return s.ImportedMaterials.Count > 0 || s.ExpirationModel is not null || s.ValidTo is not null
                ? $"Origin is {s.Origin.ToWireName()}, which has no ImportedMaterials, ExpirationModel or ValidTo."
                : null;
        }

        var ids = new HashSet<KeyMaterialId>();
        foreach (var material in s.ImportedMaterials)
        {
            if (material is null || !ids.Add(material.KeyMaterialId))
            {
                return "ImportedMaterials has a null entry or a KeyMaterialId twice.";
            }
        }

        var facts = KeyTransitions.MaterialFacts(ImportedKeyMaterials.Of(s.ImportedMaterials));
        return facts != (s.HasKeyMaterial, s.ExpirationModel, s.ValidTo)
            ? "HasKeyMaterial, ExpirationModel and ValidTo are not those of ImportedMaterials."
            : null;
    }

    private static string? OtherProblem(KmsKeySnapshot s)
    {
        if ((s.CustomKeyStoreId is not null) != s.Origin is KeyOrigin.AwsCloudHsm or KeyOrigin.ExternalKeyStore)
        {
            return "CustomKeyStoreId is set exactly for the origins AWS_CLOUDHSM and EXTERNAL_KEY_STORE.";
        }

        if (s.StateWhenAvailable is not null && s.State != KeyState.Unavailable)
        {
            return "StateWhenAvailable is set but State is not Unavailable.";
        }

        if ((s.UpdateStartedAt is not null) != (s.State == KeyState.Updating))
        {
            return "UpdateStartedAt is set exactly when State is Updating.";
        }

        foreach (var rotation in s.Rotations)
        {
            if (rotation is null || !Enum.IsDefined(rotation.RotationType))
            {
                return "Rotations has a null entry or an undefined RotationType.";
            }
        }

        var tagKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in s.Tags)
        {
            if (tag.TagKey is null || tag.TagValue is null || !tagKeys.Add(tag.TagKey))
            {
                return "Tags has a null key or value, or a tag key twice.";
            }
        }

        return null;
    }
}
