using System;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using OneOf;

namespace KeyLifecycle;

public static partial class KeyTransitions
{
    /// <summary>Creates a replica of a multi-Region primary key in another Region, as <c>ReplicateKey</c> does.</summary>
    /// <param name="primary">The multi-Region primary key.</param>
    /// <param name="replicaRegion">The Region of the new replica, in the primary key's partition.</param>
    /// <param name="description">The replica's description; the description is not shared between related keys, so <see langword="null"/> gives an empty one.</param>
    /// <param name="tags">The replica's tags; tags are not shared between related keys.</param>
    /// <param name="now">The time of the request, the replica's creation date.</param>
    /// <returns>
    /// The primary key listing the replica and the replica in <see cref="KeyState.Creating"/>; the replica shares the key ID,
    /// key spec, key usage, origin and rotation setting of the primary. <see cref="UnsupportedOperation"/> for a key that is
    /// not a multi-Region primary key; <see cref="KeyDisabled"/> or <see cref="InvalidKeyState"/> as the key-state table says;
    /// <see cref="ValidationFailed"/> for a Region that is the primary's own or another partition's; <see cref="AlreadyExists"/>
    /// for a Region that already has a replica.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="primary"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// The host applies <see cref="ReplicaAdded"/> to the other related replicas, and <see cref="CompleteReplication"/> to the
    /// replica when it is ready. See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_ReplicateKey.html">ReplicateKey</see>.
    /// </remarks>
    public static OneOf<Replication, ValidationFailed, AlreadyExists, InvalidKeyState, KeyDisabled, UnsupportedOperation> ReplicateKey(
        KmsKey primary, AwsRegion replicaRegion, string? description, KeyTagCollection? tags, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(primary);
        if (primary.MultiRegionConfiguration is not { KeyType: MultiRegionKeyType.Primary } configuration)
        {
            return new UnsupportedOperation(primary.Arn, primary.Origin, primary.KeySpec, KmsOperation.ReplicateKey, UnsupportedReason.NotMultiRegionPrimary);
        }

        return KeyStateRules.Check(KmsOperation.ReplicateKey, primary).Match<OneOf<Replication, ValidationFailed, AlreadyExists, InvalidKeyState, KeyDisabled, UnsupportedOperation>>(
            _ => ReplicaRegionProblem(primary, replicaRegion) is { } problem ? problem
                : HasReplicaIn(configuration, replicaRegion) ? AlreadyExists.Replica(primary.Arn, replicaRegion)
                : Replicate(primary, configuration, replicaRegion, description, tags, now),
            invalidState => invalidState,
            disabled => disabled,
            unsupported => unsupported);
    }

    /// <summary>Completes the creation of a replica key: it leaves <see cref="KeyState.Creating"/>.</summary>
    /// <param name="replica">The replica key.</param>
    /// <returns>
    /// The replica in <see cref="KeyState.Enabled"/>, or in <see cref="KeyState.PendingImport"/> when its origin is
    /// <c>EXTERNAL</c> (each replica's key material is imported separately); any key not creating is returned as it is.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="replica"/> is <see langword="null"/>.</exception>
    public static KmsKey CompleteReplication(KmsKey replica)
    {
        ArgumentNullException.ThrowIfNull(replica);
        return replica.State == KeyState.Creating
            ? replica with { State = replica.HasKeyMaterial ? KeyState.Enabled : KeyState.PendingImport }
            : replica;
    }

    /// <summary>Lists a new replica in the configuration of a related multi-Region key.</summary>
    /// <param name="relatedKey">The primary key or another replica of the set.</param>
    /// <param name="replica">The new replica's ARN.</param>
    /// <returns>The key listing the replica; the same instance if it already did or is not a multi-Region key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="relatedKey"/> is <see langword="null"/>.</exception>
    public static KmsKey ReplicaAdded(KmsKey relatedKey, KeyArn replica)
    {
        ArgumentNullException.ThrowIfNull(relatedKey);
        return relatedKey.MultiRegionConfiguration is { } configuration && !configuration.ReplicaKeys.Contains(replica) && relatedKey.Arn != replica
            ? relatedKey with { MultiRegionConfiguration = configuration with { ReplicaKeys = configuration.ReplicaKeys.Add(replica) } }
            : relatedKey;
    }

    /// <summary>Makes a replica the primary key of its set, as <c>UpdatePrimaryRegion</c> does.</summary>
    /// <param name="primary">The current primary key.</param>
    /// <param name="replica">The replica in the new primary Region.</param>
    /// <param name="now">When the update begins, which both keys keep as <see cref="KmsKey.UpdateStartedAt"/>.</param>
    /// <returns>
    /// Both keys in <see cref="KeyState.Updating"/> with their roles exchanged; <see cref="UnsupportedOperation"/> when
    /// <paramref name="primary"/> is not a multi-Region primary key; <see cref="NotFound"/> (for the key ID in the
    /// replica's Region) when <paramref name="replica"/> is not one of its replicas; <see cref="KeyDisabled"/> or <see cref="InvalidKeyState"/> as
    /// the key-state table says for either key.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>
    /// The host applies <see cref="PrimaryRegionChanged"/> to the other related replicas and
    /// <see cref="CompletePrimaryRegionUpdate"/> to both keys when the update is done.
    /// See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdatePrimaryRegion.html">UpdatePrimaryRegion</see>.
    /// </remarks>
    public static OneOf<PrimaryRegionUpdate, NotFound, InvalidKeyState, KeyDisabled, UnsupportedOperation> UpdatePrimaryRegion(KmsKey primary, KmsKey replica, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(replica);
        if (primary.MultiRegionConfiguration is not { KeyType: MultiRegionKeyType.Primary } configuration)
        {
            return new UnsupportedOperation(primary.Arn, primary.Origin, primary.KeySpec, KmsOperation.UpdatePrimaryRegion, UnsupportedReason.NotMultiRegionPrimary);
        }

        if (!configuration.ReplicaKeys.Contains(replica.Arn))
        {
            return NotFound.Key(replica.Arn);
        }

        var check = KeyStateRules.Check(KmsOperation.UpdatePrimaryRegion, primary);
        if (check.IsT0)
        {
            check = KeyStateRules.Check(KmsOperation.UpdatePrimaryRegion, replica);
        }

        return check.Match<OneOf<PrimaryRegionUpdate, NotFound, InvalidKeyState, KeyDisabled, UnsupportedOperation>>(
            _ => new PrimaryRegionUpdate(
                PrimaryRegionChanged(primary, primary.Arn, replica.Arn) with { State = KeyState.Updating, UpdateStartedAt = now },
                PrimaryRegionChanged(replica, primary.Arn, replica.Arn) with { State = KeyState.Updating, UpdateStartedAt = now }),
            invalidState => invalidState,
            disabled => disabled,
            unsupported => unsupported);
    }

    /// <summary>Records a change of primary key in the configuration of a related multi-Region key.</summary>
    /// <param name="relatedKey">A key of the set.</param>
    /// <param name="oldPrimary">The former primary key's ARN, which becomes a replica.</param>
    /// <param name="newPrimary">The new primary key's ARN, formerly a replica.</param>
    /// <returns>The key with the new primary; its own role is primary exactly when it is <paramref name="newPrimary"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="relatedKey"/> is <see langword="null"/>.</exception>
    public static KmsKey PrimaryRegionChanged(KmsKey relatedKey, KeyArn oldPrimary, KeyArn newPrimary)
    {
        ArgumentNullException.ThrowIfNull(relatedKey);
        if (relatedKey.MultiRegionConfiguration is not { } configuration)
        {
            return relatedKey;
        }

        var replicas = configuration.ReplicaKeys.Remove(newPrimary);
        if (!replicas.Contains(oldPrimary))
        {
            replicas = replicas.Add(oldPrimary);
        }

        return relatedKey with
        {
            MultiRegionConfiguration = new MultiRegionConfiguration(
                relatedKey.Arn == newPrimary ? MultiRegionKeyType.Primary : MultiRegionKeyType.Replica, newPrimary, replicas),
        };
    }

    /// <summary>Completes a primary Region update for one of its two keys: it leaves <see cref="KeyState.Updating"/> for <see cref="KeyState.Enabled"/>.</summary>
    /// <param name="key">The old or new primary key.</param>
    /// <returns>
    /// The key, enabled; or in <see cref="KeyState.PendingImport"/> when it has origin <c>EXTERNAL</c> and its imported material
    /// expired during the update (<see cref="ExpireKeyMaterial"/>), as a key without material is never enabled. Any key not
    /// updating is returned as it is.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public static KmsKey CompletePrimaryRegionUpdate(KmsKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.State == KeyState.Updating
            ? key with { State = key.HasKeyMaterial ? KeyState.Enabled : KeyState.PendingImport, UpdateStartedAt = null }
            : key;
    }

    private static bool HasReplicaIn(MultiRegionConfiguration configuration, AwsRegion region)
    {
        foreach (var replica in configuration.ReplicaKeys)
        {
            if (replica.Region == region)
            {
                return true;
            }
        }

        return false;
    }

    private static ValidationFailed? ReplicaRegionProblem(KmsKey primary, AwsRegion region) =>
        region == primary.Region ? MultiRegionValidation.ReplicaInPrimaryRegion(region)
        : !primary.Arn.Partition.Contains(region) ? MultiRegionValidation.RegionOutsidePartition(region)
        : null;

    private static Replication Replicate(
        KmsKey primary, MultiRegionConfiguration configuration, AwsRegion region, string? description, KeyTagCollection? tags, DateTimeOffset now)
    {
        var replicaArn = KeyArn.Create(primary.Arn.Partition, region, primary.AccountId, primary.KeyId);
        var replicas = configuration.ReplicaKeys.Add(replicaArn);
        var replica = new KmsKey(replicaArn, now)
        {
            Description = description ?? string.Empty,
            KeyUsage = primary.KeyUsage,
            KeySpec = primary.KeySpec,
            Origin = primary.Origin,
            KeyManager = primary.KeyManager,
            State = KeyState.Creating,
            HasKeyMaterial = primary.Origin != KeyOrigin.External,
            KeyRotationEnabled = primary.KeyRotationEnabled,
            RotationPeriodInDays = primary.RotationPeriodInDays,
            NextRotationDate = primary.NextRotationDate,
            Rotations = primary.Rotations,   // the replica shares the primary's material, and so its history
            // Imported material is imported into each replica on its own; the replica knows the primary's material IDs
            // from the start, so only those bytes are taken.
            ImportedMaterials = primary.ImportedMaterials.ForReplica(),
            Tags = tags ?? KeyTagCollection.Empty,
            MultiRegionConfiguration = new MultiRegionConfiguration(MultiRegionKeyType.Replica, primary.Arn, replicas),
        };
        return new Replication(primary with { MultiRegionConfiguration = configuration with { ReplicaKeys = replicas } }, replica);
    }
}
