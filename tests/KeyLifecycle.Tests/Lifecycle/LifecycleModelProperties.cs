using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace KeyLifecycle.Tests.Lifecycle;

/// <summary>
/// Random sequences of every lifecycle operation, run by <see cref="LifecycleHarness"/> on the library and by
/// <see cref="LifecycleModel"/> from the specification, compared after every step; and the invariants every sequence keeps.
/// </summary>
[Properties(Arbitrary = [typeof(LifecycleArbitraries)])]
public class LifecycleModelProperties
{
    [Property(MaxTest = 1000)]
    public Property RandomSequences_AgreeWithTheModelStepByStep(LifecycleCommand[] commands)
    {
        var harness = new LifecycleHarness();
        var model = new LifecycleModel();
        var reached = new HashSet<KeyState>();
        var deleted = false;
        if (Difference(harness, model) is { } atStart)
        {
            return false.Label("before any command: " + atStart);
        }

        for (var step = 0; step < commands.Length; step++)
        {
            var command = commands[step];
            var expected = model.Apply(command);
            var actual = harness.Apply(command);
            if (actual != expected)
            {
                return false.Label($"step {step + 1} of {commands.Length}, {command}:\n  model:   {expected}\n  library: {actual}");
            }

            if (Difference(harness, model) is { } difference)
            {
                return false.Label($"after step {step + 1} of {commands.Length}, {command} ({actual}): {difference}");
            }

            foreach (var slot in LifecycleSlot.All)
            {
                if (harness[slot.Index] is { } key)
                {
                    reached.Add(key.State);
                }
                else
                {
                    deleted |= slot.StartsPresent;
                }
            }
        }

        return true.ToProperty()
            .Classify(reached.Count == 8, "every state reached")
            .Classify(reached.Contains(KeyState.PendingReplicaDeletion), "PendingReplicaDeletion reached")
            .Classify(reached.Contains(KeyState.Updating), "Updating reached")
            .Classify(reached.Contains(KeyState.Unavailable), "Unavailable reached")
            .Classify(deleted, "a key deleted");
    }

    [Property(MaxTest = 1000)]
    public Property Enabled_IsTrueExactlyWhenTheStateIsEnabled(LifecycleCommand[] commands) =>
        Always(commands, (harness, _, _) => LifecycleSlot.All
            .Select(slot => harness[slot.Index])
            .FirstOrDefault(key => key is not null && key.Enabled != (key.State == KeyState.Enabled)) is { } broken
                ? $"{broken.Arn} is {broken.State} with Enabled={broken.Enabled}"
                : null);

    [Property(MaxTest = 1000)]
    public Property DeletionDate_IsSetExactlyWhilePendingDeletion(LifecycleCommand[] commands) =>
        Always(commands, (harness, _, _) => LifecycleSlot.All
            .Select(slot => harness[slot.Index])
            .FirstOrDefault(key => key is not null && key.DeletionDate.HasValue != (key.State == KeyState.PendingDeletion)) is { } broken
                ? $"{broken.Arn} is {broken.State} with DeletionDate={broken.DeletionDate}"
                : null);

    [Property(MaxTest = 1000)]
    public Property IdentityAndCreationDate_NeverChange(LifecycleCommand[] commands)
    {
        var first = new Dictionary<int, KmsKey>();
        return Always(commands, (harness, _, _) =>
        {
            foreach (var slot in LifecycleSlot.All)
            {
                if (harness[slot.Index] is not { } key)
                {
                    // A replica deleted and made again by ReplicateKey is a new key with the same ARN.
                    first.Remove(slot.Index);
                    continue;
                }

                if (key.Arn.ToString() != slot.Arn || key.KeyId.ToString() != slot.KeyId)
                {
                    return $"slot {slot} holds {key.Arn}";
                }

                var original = first.TryGetValue(slot.Index, out var seen) ? seen : first[slot.Index] = key;
                if (key.Arn != original.Arn || key.KeyId != original.KeyId || key.CreationDate != original.CreationDate
                    || key.Origin != original.Origin || key.KeySpec != original.KeySpec || key.KeyUsage != original.KeyUsage
                    || key.KeyManager != original.KeyManager || key.CustomKeyStoreId != original.CustomKeyStoreId)
                {
                    return $"{slot} changed identity: was {original.Arn} created {original.CreationDate:O}, is {key.Arn} created {key.CreationDate:O}";
                }
            }

            return null;
        });
    }

    [Property(MaxTest = 1000)]
    public Property DeletedKeys_StayDeleted(LifecycleCommand[] commands)
    {
        var present = LifecycleSlot.All.Select(slot => slot.StartsPresent).ToArray();
        var dueDates = new DateTimeOffset?[LifecycleSlot.All.Count];
        return Always(commands, (harness, command, outcome) =>
        {
            if (command is not null && command.Op is not (LifecycleOp.AdvanceDays or LifecycleOp.DisconnectKeyStore or LifecycleOp.ConnectKeyStore)
                && !present[command.Slot] && !outcome.StartsWith("NotFoundException: ", StringComparison.Ordinal))
            {
                return $"{command} on a deleted key answered {outcome}";
            }

            foreach (var slot in LifecycleSlot.All)
            {
                var key = harness[slot.Index];
                // Only time deletes a key: one whose date has come, or a primary whose last replica went meanwhile.
                var wasDue = dueDates[slot.Index] is { } due && (due <= harness.Now || due == DateTimeOffset.MaxValue);
                if (present[slot.Index] && key is null && (command?.Op != LifecycleOp.AdvanceDays || !wasDue))
                {
                    return $"{slot} vanished on {command}, though it was not due for deletion";
                }

                if (!present[slot.Index] && key is not null
                    && (command?.Op != LifecycleOp.ReplicateKey || outcome != "ok" || key.State != KeyState.Creating || key.CreationDate != harness.Now))
                {
                    return $"{slot} came back on {command} as {key.State}, created {key.CreationDate:O}";
                }

                present[slot.Index] = key is not null;
                dueDates[slot.Index] = key?.State switch
                {
                    KeyState.PendingDeletion => key.DeletionDate,
                    KeyState.PendingReplicaDeletion => DateTimeOffset.MaxValue,
                    _ => null,
                };
            }

            var dangling = LifecycleSlot.All
                .Where(slot => harness[slot.Index]?.MultiRegionConfiguration is not null)
                .SelectMany(slot => harness[slot.Index]!.MultiRegionConfiguration!.ReplicaKeys.Select(arn => (slot, arn)))
                .FirstOrDefault(pair => !present[LifecycleSlot.All.Single(s => s.Arn == pair.arn.ToString()).Index]);
            return dangling.slot is not null ? $"{dangling.slot} still lists the deleted replica {dangling.arn}" : null;
        });
    }

    // Runs the commands through a harness and checks after the start and after every step; the check answers null or what is wrong.
    private static Property Always(LifecycleCommand[] commands, Func<LifecycleHarness, LifecycleCommand?, string, string?> check)
    {
        var harness = new LifecycleHarness();
        if (check(harness, null, string.Empty) is { } atStart)
        {
            return false.Label("before any command: " + atStart);
        }

        for (var step = 0; step < commands.Length; step++)
        {
            var outcome = harness.Apply(commands[step]);
            if (check(harness, commands[step], outcome) is { } problem)
            {
                return false.Label($"step {step + 1} of {commands.Length}: {problem}");
            }
        }

        return true.ToProperty();
    }

    private static string? Difference(LifecycleHarness harness, LifecycleModel model)
    {
        foreach (var slot in LifecycleSlot.All)
        {
            var actual = harness.View(slot);
            var expected = model.View(slot);
            if (actual != expected)
            {
                return $"{slot}:\n  model:   {expected?.ToString() ?? "deleted"}\n  library: {actual?.ToString() ?? "deleted"}";
            }
        }

        return null;
    }
}
