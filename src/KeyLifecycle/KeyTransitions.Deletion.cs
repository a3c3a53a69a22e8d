using System;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using OneOf;

namespace KeyLifecycle;

public static partial class KeyTransitions
{
    /// <summary>The waiting period <c>ScheduleKeyDeletion</c> uses when none is given, in days.</summary>
    public const int DefaultPendingWindowInDays = 30;

    /// <summary>The shortest waiting period <c>ScheduleKeyDeletion</c> accepts, in days.</summary>
    public const int MinPendingWindowInDays = 7;

    /// <summary>The longest waiting period <c>ScheduleKeyDeletion</c> accepts, in days.</summary>
    public const int MaxPendingWindowInDays = 30;

    /// <summary>Schedules a key for deletion, as <c>ScheduleKeyDeletion</c> does.</summary>
    /// <param name="key">The key to delete.</param>
    /// <param name="pendingWindowInDays">The waiting period in days, 7 to 30; <see langword="null"/> for the default of 30.</param>
    /// <param name="now">The time of the request; the deletion date is this plus the waiting period.</param>
    /// <returns>
    /// The key in <see cref="KeyState.PendingDeletion"/> with its <see cref="KmsKey.DeletionDate"/>; for a multi-Region
    /// primary key that still has replicas, the key in <see cref="KeyState.PendingReplicaDeletion"/> with no deletion
    /// date, whose waiting period starts when its last replica is deleted (<see cref="ReplicaRemoved"/>);
    /// <see cref="ValidationFailed"/> (<c>PendingWindowInDays must be between 7 and 30</c>) for a window out of range;
    /// <see cref="InvalidKeyState"/> for a key already pending deletion or updating; <see cref="AccessDenied"/> for an
    /// AWS managed key.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_ScheduleKeyDeletion.html">ScheduleKeyDeletion</see>.</remarks>
    public static OneOf<KmsKey, ValidationFailed, InvalidKeyState, AccessDenied> ScheduleKeyDeletion(KmsKey key, int? pendingWindowInDays, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        var window = pendingWindowInDays ?? DefaultPendingWindowInDays;
        if (window is < MinPendingWindowInDays or > MaxPendingWindowInDays)
        {
            return ValidationFailed.PendingWindowOutOfRange;
        }

        if (key.KeyManager == KeyManager.Aws)
        {
            return AccessDenied.ToAccountRoot(KmsOperation.ScheduleKeyDeletion, key.Arn);
        }

        return KeyStateRules.CheckState(KmsOperation.ScheduleKeyDeletion, key).Match<OneOf<KmsKey, ValidationFailed, InvalidKeyState, AccessDenied>>(
            _ => HasReplicas(key)
                ? key with { State = KeyState.PendingReplicaDeletion, DeletionDate = null, PendingDeletionWindowInDays = window, StateWhenAvailable = null }
                : key with { State = KeyState.PendingDeletion, DeletionDate = now.AddDays(window), PendingDeletionWindowInDays = window, StateWhenAvailable = null },
            invalidState => invalidState);
    }

    /// <summary>Cancels a key's scheduled deletion, as <c>CancelKeyDeletion</c> does.</summary>
    /// <param name="key">The key pending deletion.</param>
    /// <returns>
    /// The key in <see cref="KeyState.Disabled"/> with no deletion date (a key with origin <c>EXTERNAL</c> that has no key
    /// material returns to <see cref="KeyState.PendingImport"/>); its rotation setting applies again. For a key that is not
    /// pending deletion, <see cref="InvalidKeyState"/> (<c>&lt;key ARN&gt; is not pending deletion.</c>); for an AWS managed
    /// key, <see cref="AccessDenied"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// The key is not re-enabled: "When this operation succeeds, the key state of the KMS key is Disabled. To enable the
    /// KMS key, use EnableKey." See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_CancelKeyDeletion.html">CancelKeyDeletion</see>.
    /// </remarks>
    public static OneOf<KmsKey, InvalidKeyState, AccessDenied> CancelKeyDeletion(KmsKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.KeyManager == KeyManager.Aws)
        {
            return AccessDenied.ToAccountRoot(KmsOperation.CancelKeyDeletion, key.Arn);
        }

        return KeyStateRules.CheckState(KmsOperation.CancelKeyDeletion, key).Match<OneOf<KmsKey, InvalidKeyState, AccessDenied>>(
            _ => key with
            {
                State = key.HasKeyMaterial ? KeyState.Disabled : KeyState.PendingImport,
                DeletionDate = null,
                PendingDeletionWindowInDays = null,
            },
            invalidState => invalidState);
    }

    /// <summary>Whether <paramref name="key"/> is due to be deleted at <paramref name="now"/>: it is pending deletion and its deletion date has come.</summary>
    /// <param name="key">The key.</param>
    /// <param name="now">The time to judge by.</param>
    /// <returns><see langword="true"/> when the host should delete the key now.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Deletion is the end of a key: the host removes it, and every later request for it answers <c>NotFoundException</c>.
    /// When the deleted key is a multi-Region replica, the host applies <see cref="ReplicaRemoved"/> to each related key.
    /// </remarks>
    public static bool IsDeletionDue(KmsKey key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.State == KeyState.PendingDeletion && key.DeletionDate is { } date && date <= now;
    }

    /// <summary>Updates a multi-Region key after one of its related replica keys was deleted.</summary>
    /// <param name="relatedKey">A key related to the deleted replica: the primary or another replica.</param>
    /// <param name="deletedReplica">The ARN of the replica that was deleted.</param>
    /// <param name="now">The time of the deletion.</param>
    /// <returns>
    /// The key without the replica in its <see cref="KmsKey.MultiRegionConfiguration"/>. A primary key in
    /// <see cref="KeyState.PendingReplicaDeletion"/> whose last replica this was moves to <see cref="KeyState.PendingDeletion"/>,
    /// its waiting period starting now. The same instance when the replica was not listed.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="relatedKey"/> is <see langword="null"/>.</exception>
    public static KmsKey ReplicaRemoved(KmsKey relatedKey, KeyArn deletedReplica, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(relatedKey);
        if (relatedKey.MultiRegionConfiguration is not { } configuration || !configuration.ReplicaKeys.Contains(deletedReplica))
        {
            return relatedKey;
        }

        var remaining = configuration.ReplicaKeys.Remove(deletedReplica);
        var updated = relatedKey with { MultiRegionConfiguration = configuration with { ReplicaKeys = remaining } };
        return updated.State == KeyState.PendingReplicaDeletion && remaining.IsEmpty
            ? updated with
            {
                State = KeyState.PendingDeletion,
                DeletionDate = now.AddDays(updated.PendingDeletionWindowInDays ?? DefaultPendingWindowInDays),
            }
            : updated;
    }

    private static bool HasReplicas(KmsKey key) =>
        key.MultiRegionConfiguration is { KeyType: MultiRegionKeyType.Primary, ReplicaKeys.IsEmpty: false };
}
