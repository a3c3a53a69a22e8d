using System;
using System.Collections.Generic;
using FsCheck.Xunit;

namespace KeyLifecycle.Tests;

/// <summary>
/// <see cref="KeyTransitions.NextChangeDue"/> against the changes it schedules: before the time it gives, none of
/// deletion (<see cref="KeyTransitions.IsDeletionDue"/>), material expiry (<see cref="KeyTransitions.ExpireKeyMaterial"/>)
/// or automatic rotation (<see cref="KeyTransitions.IsRotationDue"/>) applies; at that time one does (or the key is
/// creating or updating, which the host times from the creation date or the update's start); and a key with no due time never changes on its own. Keys are reached
/// by random sequences of the transitions that set those times, at random times.
/// </summary>
public class KeyTransitionsScheduleProperties
{
    private static readonly DateTimeOffset s_end = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Property(MaxTest = 1000)]
    public bool NoChangeFallsDueBeforeNextChangeDue_AndOneDoesAtIt(int start, int[] steps)
    {
        foreach (var key in Walk(start, steps))
        {
            var due = KeyTransitions.NextChangeDue(key);
            if (due is not { } time)
            {
                if (ChangesAt(key, s_end) || key.State is KeyState.Creating or KeyState.Updating)
                {
                    return false;
                }

                continue;
            }

            // The host completes a creating replica or an update some time after it began: the due time is no later.
            var hostTimed = key.State switch
            {
                KeyState.Creating => key.CreationDate,
                KeyState.Updating => key.UpdateStartedAt ?? DateTimeOffset.MinValue,
                _ => (DateTimeOffset?)null,
            };
            if (time > hostTimed || ChangesAt(key, time.AddTicks(-1)) || (!ChangesAt(key, time) && time != hostTimed))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ChangesAt(KmsKey key, DateTimeOffset now) =>
        KeyTransitions.IsDeletionDue(key, now)
        || !ReferenceEquals(KeyTransitions.ExpireKeyMaterial(key, now), key)
        || KeyTransitions.IsRotationDue(key, now);

    // Every key of a random walk from one of the usual keys: rotation turned on and off, material imported with and
    // without expiry, keys disabled, enabled, scheduled for deletion and cancelled, each at a time moved forward.
    private static IEnumerable<KmsKey> Walk(int start, int[] steps)
    {
        var key = ((start & int.MaxValue) % 6) switch
        {
            0 => LifecycleKeys.SingleRegion(),
            1 => LifecycleKeys.External(),
            2 => LifecycleKeys.PrimaryWithReplica().Primary,
            3 => LifecycleKeys.PrimaryWithReplica().Replica,
            4 => LifecycleKeys.Replicate(LifecycleKeys.Primary(), LifecycleKeys.UsEast1).Replica,
            _ => LifecycleKeys.Updating().NewPrimary,
        };
        var now = LifecycleKeys.Now;
        yield return key;
        foreach (var raw in steps)
        {
            var step = raw & int.MaxValue;
            now = now.AddHours(step % 5000);
            var next = (step % 8) switch
            {
                0 => KeyTransitions.EnableKeyRotation(key, 90 + (step % 400), now).ToOutcome(),
                1 => KeyTransitions.DisableKeyRotation(key).ToOutcome(),
                2 => KeyTransitions.ImportKeyMaterial(key, new KeyMaterialImport(Id(step), ExpirationModel.KeyMaterialExpires, now.AddDays(1 + (step % 90))), now)
                    .ToOutcome(),
                3 => KeyTransitions.ImportKeyMaterial(key, new KeyMaterialImport(Id(step), ExpirationModel.KeyMaterialDoesNotExpire, null), now)
                    .ToOutcome(),
                4 => KeyTransitions.DisableKey(key).ToOutcome(),
                5 => KeyTransitions.EnableKey(key).ToOutcome(),
                6 => KeyTransitions.ScheduleKeyDeletion(key, 7 + (step % 24), now).ToOutcome(),
                _ => KeyTransitions.CancelKeyDeletion(key).ToOutcome(),
            };
            key = next.IsSuccess ? next.Value : key;
            yield return key;
        }
    }

    // Two material IDs, so that imports are now new material, now the same material again.
    private static KeyMaterialId Id(int step) => step % 3 == 0 ? LifecycleKeys.OtherMaterialId : LifecycleKeys.MaterialId;
}
