using System;
using System.Collections.Generic;
using System.Linq;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Storage;

namespace KeyLifecycle.Protocol.Tests.Storage;

/// <summary>
/// The store's ordered indexes against a model that keeps every key in a plain list and sorts it on each question:
/// pages of <see cref="IKmsKeyStore.ListKeys(AwsAccountId, AwsRegion, string?, int)"/> from any position, and
/// <see cref="IKmsKeyStore.ListDue"/> at any time, after random sequences of adds, changes and removals that move keys'
/// due times (deletion scheduled and cancelled, rotation turned on and off).
/// </summary>
public abstract class StoreIndexContract
{
    private static readonly AwsAccountId s_account = AwsAccountId.Parse("111122223333");
    private static readonly AwsRegion[] s_regions = [AwsRegion.Parse("us-east-1"), AwsRegion.Parse("eu-west-1")];
    private static readonly DateTimeOffset s_start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Returns a new, empty store of the kind under test.</summary>
    protected abstract IKmsKeyStore NewStore();

    [StoreProperty(MaxTest = 300)]
    public bool PagesAndDueKeys_AreTheModels(int[] steps, int limit, int pageFrom, int dueAfterDays)
    {
        var store = NewStore();
        var model = new Dictionary<KeyArn, KmsKey>();
        var now = s_start;
        foreach (var raw in steps)
        {
            var step = raw & int.MaxValue;
            now = now.AddHours(step % 300);
            var arn = KeyArn.Create(AwsPartition.Aws, s_regions[step / 54 % 2], s_account, KeyId.Parse($"00000000-0000-4000-8000-{step % 9:D12}"));
            var stored = store.FindKey(arn);
            KmsKey? next = (step / 9 % 6, stored) switch
            {
                (_, null) => KmsKey.Create(arn, now),
                (0, { } key) => null,
                (1, { } key) => KeyTransitions.ScheduleKeyDeletion(key, 7 + (step % 24), now).TryPick(out var scheduled, out _) ? scheduled : key,
                (2, { } key) => KeyTransitions.CancelKeyDeletion(key).TryPick(out var cancelled, out _) ? cancelled : key,
                (3, { } key) => KeyTransitions.EnableKeyRotation(key, 90 + (step % 200), now).TryPick(out var rotating, out _) ? rotating : key,
                (4, { } key) => KeyTransitions.DisableKeyRotation(key).TryPick(out var still, out _) ? still : key,
                (_, { } key) => KeyTransitions.DisableKey(key).TryPick(out var disabled, out _) ? disabled : key,
            };

            var commit = new KeyStoreCommit();
            _ = stored is null ? commit.Add(next!) : next is null ? commit.Remove(stored) : commit.Replace(stored, next);
            if (!store.TryCommit(commit))
            {
                return false;
            }

            if (next is null)
            {
                model.Remove(arn);
            }
            else
            {
                model[arn] = next;
            }
        }

        var pageSize = 1 + ((limit & int.MaxValue) % 12);
        foreach (var region in s_regions)
        {
            var ids = model.Values.Where(key => key.Region == region).Select(key => key.KeyId.ToString()).Order(StringComparer.Ordinal).ToList();
            var after = ids.Count == 0 || pageFrom % 3 == 0 ? null : pageFrom % 3 == 1 ? ids[(pageFrom & int.MaxValue) % ids.Count] : "00000000-0000-4000-8000-000000000004x";
            var expected = ids.Where(id => after is null || string.CompareOrdinal(id, after) > 0).Take(pageSize);
            if (!store.ListKeys(s_account, region, after, pageSize).Select(key => key.KeyId.ToString()).SequenceEqual(expected))
            {
                return false;
            }
        }

        var at = now.AddDays((dueAfterDays & int.MaxValue) % 400);
        var due = model.Values
            .Where(key => KeyTransitions.NextChangeDue(key) <= at)
            .OrderBy(key => KeyTransitions.NextChangeDue(key))
            .Select(key => (KeyTransitions.NextChangeDue(key), key.Arn))
            .ToList();
        var listed = store.ListDue(s_account, at);
        return listed.Select(key => (KeyTransitions.NextChangeDue(key), key.Arn)).Order().SequenceEqual(due.Order())
            && listed.Select(KeyTransitions.NextChangeDue).SequenceEqual(due.Select(entry => entry.Item1))
            && listed.All(key => key.Equals(model[key.Arn]));
    }

    [StoreProperty(MaxTest = 100)]
    public bool AliasPages_AreTheModels(int[] steps, int limit, int pageFrom)
    {
        var store = NewStore();
        var region = s_regions[0];
        var target = KmsKey.Create(KeyArn.Create(AwsPartition.Aws, region, s_account, KeyId.Parse("00000000-0000-4000-8000-000000000001")), s_start);
        if (!store.TryCommit(new KeyStoreCommit().Add(target)))
        {
            return false;
        }

        var model = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var raw in steps)
        {
            var step = raw & int.MaxValue;
            var name = AliasName.Parse($"alias/a{step % 13}");
            var arn = AliasArn.Create(AwsPartition.Aws, region, s_account, name);
            var commit = store.FindAlias(arn) is { } stored
                ? new KeyStoreCommit().RemoveAlias(stored)
                : new KeyStoreCommit().AddAlias(AliasTransitions.CreateAlias(name, target, s_start).AsT0);
            if (!store.TryCommit(commit) || !(model.Remove(name.ToString()) || model.Add(name.ToString())))
            {
                return false;
            }
        }

        var pageSize = 1 + ((limit & int.MaxValue) % 6);
        var names = model.ToList();
        var after = names.Count == 0 || pageFrom % 3 == 0 ? null : pageFrom % 3 == 1 ? names[(pageFrom & int.MaxValue) % names.Count] : "alias/a1x";
        var expected = names.Where(name => after is null || string.CompareOrdinal(name, after) > 0).Take(pageSize);
        return store.ListAliases(s_account, region, after, pageSize).Select(alias => alias.Name.ToString()).SequenceEqual(expected)
            && store.ListAliases(s_account, region).Select(alias => alias.Name.ToString()).SequenceEqual(names);
    }
}
