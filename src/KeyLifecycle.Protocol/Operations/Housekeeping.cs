using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Storage;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>Applies what the service does on its own when its time comes: deletes keys, finishes replicas and primary Region updates, expires imported material, rotates keys.</summary>
/// <remarks>
/// <para>
/// Three paths apply a due change, all through the same code: the background scheduler (<see cref="Pipeline.KmsScheduler"/>)
/// sweeps every known account once per <see cref="KmsOptions.SweepInterval"/>, so changes happen on time without
/// requests; a request sweeps its account first, at most once per interval, so lists reflect a clock a test has moved; and
/// a request that resolves a key whose change is due applies that change before it reads the key
/// (<see cref="ApplyDue"/>), so what a request sees of a key is exact whatever the interval. A sweep reads only the keys
/// the store lists as due (<see cref="IKmsKeyStore.ListDue"/>), so its cost follows the changes that fall due, not the
/// keys of the account. Each change is the domain's
/// (<see cref="KeyTransitions.IsDeletionDue"/>, <see cref="KeyTransitions.ReplicaRemoved"/>, <see cref="KeyTransitions.CompleteReplication"/>,
/// <see cref="KeyTransitions.CompletePrimaryRegionUpdate"/>, <see cref="KeyTransitions.ExpireKeyMaterial"/>,
/// <see cref="KeyTransitions.RotateAutomatically"/>) and is committed like a request's, so it never overwrites a
/// concurrent change, and two paths (or two processes over one database) never apply it twice; a lost commit is retried
/// from a fresh read.
/// </para>
/// <para>
/// A replica is due to leave <c>Creating</c> <see cref="KmsOptions.ReplicaCreationDelay"/> after its creation date; a key
/// leaves <c>Updating</c> <see cref="KmsOptions.PrimaryRegionUpdateDelay"/> after the update began (<see cref="KmsKey.UpdateStartedAt"/>),
/// which the key keeps, so a durable store keeps the timer across a restart.
/// </para>
/// </remarks>
internal sealed class Housekeeping(IKmsKeyStore store, KmsOptions options)
{
    private const int MaxAttempts = 16;
    private readonly ConcurrentDictionary<AwsAccountId, long> _lastSweep = new();

    /// <summary>The accounts swept so far, which the scheduler keeps sweeping.</summary>
    public ICollection<AwsAccountId> Accounts => _lastSweep.Keys;

    /// <summary>Adds <paramref name="account"/> to those the scheduler sweeps, as if it had been swept long ago.</summary>
    public void Know(AwsAccountId account) => _lastSweep.TryAdd(account, 0);

    /// <summary>Sweeps <paramref name="account"/> unless it was swept less than <see cref="KmsOptions.SweepInterval"/> ago.</summary>
    public void Sweep(AwsAccountId account, DateTimeOffset now)
    {
        // A clock set back (an emulator's clock moved by a test) sweeps at once rather than waiting to catch up.
        if (_lastSweep.TryGetValue(account, out var last) && now.UtcTicks >= last && now.UtcTicks - last < options.SweepInterval.Ticks)
        {
            return;
        }

        SweepNow(account, now);
    }

    /// <summary>Applies every change of <paramref name="account"/> that is due at <paramref name="now"/>.</summary>
    public void SweepNow(AwsAccountId account, DateTimeOffset now)
    {
        // Two sweeps may run at once; every change is a compare-and-swap, so neither can undo the other's. Only the
        // keys whose due time has come are read (the store's index, KeyTransitions.NextChangeDue): never every key.
        _lastSweep[account] = now.UtcTicks;
        foreach (var key in store.ListDue(account, now))
        {
            SweepKey(key.Arn, now);
        }
    }

    /// <summary>Applies the change of <paramref name="key"/> that is due at <paramref name="now"/>, if any.</summary>
    /// <returns>Whether the stored key is no longer <paramref name="key"/> (this change or another one), so that the caller reads it again.</returns>
    public bool ApplyDue(KmsKey key, DateTimeOffset now)
    {
        if (KeyTransitions.NextChangeDue(key) is not { } due || due > now)
        {
            return false;
        }

        SweepKey(key.Arn, now);
        return !ReferenceEquals(store.FindKey(key.Arn), key);
    }

    private void SweepKey(KeyArn arn, DateTimeOffset now)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (store.FindKey(arn) is not { } key || Plan(key, now) is not { } commit || store.TryCommit(commit))
            {
                return;
            }
        }
    }

    private KeyStoreCommit? Plan(KmsKey key, DateTimeOffset now)
    {
        if (KeyTransitions.IsDeletionDue(key, now))
        {
            return Deletion(key, now);
        }

        var next = key;
        if (next.State == KeyState.Creating && now >= next.CreationDate + options.ReplicaCreationDelay)
        {
            next = KeyTransitions.CompleteReplication(next);
        }

        if (next is { State: KeyState.Updating, UpdateStartedAt: { } started } && now >= started + options.PrimaryRegionUpdateDelay)
        {
            next = KeyTransitions.CompletePrimaryRegionUpdate(next);
        }

        var beforeExpiry = next;
        next = KeyTransitions.ExpireKeyMaterial(next, now);

        // Every automatic rotation that has come, each with new material: a clock moved years ahead rotates once a period.
        var beforeRotations = next;
        var versions = new List<StoredKeyMaterial>();
        while (KeyTransitions.IsRotationDue(next, now))
        {
            var version = MaterialRotation.NewVersion();
            next = KeyTransitions.RotateAutomatically(next, version.Id, now);
            versions.Add(version);
        }

        if (versions.Count > 0)
        {
            var commit = new KeyStoreCommit();
            return MaterialRotation.TryAdd(store, commit, key, next, versions) ? commit : new KeyStoreCommit().Replace(key, beforeRotations);
        }

        if (ReferenceEquals(next, key))
        {
            return null;
        }

        // The bytes of expired imported material go with it, as when it is deleted; importing them again brings them back.
        var changed = new KeyStoreCommit().Replace(key, next);
        if (!ReferenceEquals(beforeExpiry, next) && store.FindKeyMaterial(key.Arn) is { } material)
        {
            foreach (var imported in beforeExpiry.ImportedMaterials)
            {
                if (imported.ImportState == ImportState.Imported && next.ImportedMaterials.Find(imported.KeyMaterialId) is not { ImportState: ImportState.Imported })
                {
                    material = material.Without(imported.KeyMaterialId);
                }
            }

            changed.PutKeyMaterial(material);
        }

        return changed;
    }

    // Deleting a key deletes its aliases, and removes a replica from the configuration of its related keys.
    private KeyStoreCommit Deletion(KmsKey key, DateTimeOffset now)
    {
        var commit = new KeyStoreCommit().Remove(key);
        foreach (var alias in store.ListAliases(key.AccountId, key.Region))
        {
            if (alias.TargetKeyId == key.KeyId)
            {
                commit.RemoveAlias(alias);
            }
        }

        if (key.MultiRegionConfiguration is { } configuration)
        {
            foreach (var relatedArn in configuration.ReplicaKeys.Insert(0, configuration.PrimaryKey))
            {
                if (relatedArn != key.Arn && store.FindKey(relatedArn) is { } related
                    && KeyTransitions.ReplicaRemoved(related, key.Arn, now) is var updated && !ReferenceEquals(updated, related))
                {
                    commit.Replace(related, updated);
                }
            }
        }

        return commit;
    }
}
