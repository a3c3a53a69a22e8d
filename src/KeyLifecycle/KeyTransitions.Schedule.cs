using System;

namespace KeyLifecycle;

public static partial class KeyTransitions
{
    /// <summary>The earliest time at which a change the service makes on its own may fall due for <paramref name="key"/>, so that a host can keep its keys in an index ordered by it and never scan them.</summary>
    /// <param name="key">The key.</param>
    /// <returns>
    /// The earliest of: the deletion date of a key pending deletion (<see cref="IsDeletionDue"/>); the expiry of any
    /// imported material (<see cref="ExpireKeyMaterial"/>); the next automatic rotation of an enabled key that rotates on
    /// its own (<see cref="IsRotationDue"/>); the creation date of a replica being created, after which the host completes
    /// it when its own delay has passed (<see cref="CompleteReplication"/>); and the start of the primary Region update of
    /// a key in <c>Updating</c> (<see cref="KmsKey.UpdateStartedAt"/>), after which the host completes it when its own delay
    /// has passed (<see cref="CompletePrimaryRegionUpdate"/>).
    /// <see langword="null"/> when nothing will change on its own until a request changes the key.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// No change is due before this time: each of the functions named above leaves the key as it is at any earlier time.
    /// A change made by a request gives the key a new due time, which the host reads again when it stores the key.
    /// </remarks>
    public static DateTimeOffset? NextChangeDue(KmsKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        DateTimeOffset? due = key.State switch
        {
            KeyState.PendingDeletion => key.DeletionDate,
            KeyState.Creating => key.CreationDate,
            KeyState.Updating => key.UpdateStartedAt,
            _ => null,
        };

        foreach (var material in key.ImportedMaterials)
        {
            if (material is { ImportState: ImportState.Imported, ExpirationModel: ExpirationModel.KeyMaterialExpires, ValidTo: { } validTo })
            {
                due = Earliest(due, validTo);
            }
        }

        if (key.KeyRotationEnabled && key.State == KeyState.Enabled && key.NextRotationDate is { } rotation
            && key.MultiRegionConfiguration is not { KeyType: MultiRegionKeyType.Replica })
        {
            due = Earliest(due, rotation);
        }

        return due;
    }

    private static DateTimeOffset Earliest(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is { } time && time <= candidate ? time : candidate;
}
