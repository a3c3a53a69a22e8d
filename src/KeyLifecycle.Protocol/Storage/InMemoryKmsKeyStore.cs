using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Protocol.Storage;

/// <summary>A lock-free, in-memory <see cref="IKmsKeyStore"/>: keys by account, then Region, then key ID.</summary>
/// <remarks>
/// <para>
/// Each account's keys are one immutable snapshot held in a <see cref="ConcurrentDictionary{TKey, TValue}"/> slot, and a
/// commit replaces the snapshot with <see cref="Interlocked.CompareExchange{T}(ref T, T, T)"/>. The account is the unit
/// because multi-Region keys tie the Regions of one account together: <c>ReplicateKey</c> and <c>UpdatePrimaryRegion</c>
/// change keys in two Regions at once, and must do so atomically. Accounts never contend with each other.
/// </para>
/// <para>
/// A commit checks each expected record against the current snapshot by reference. When another commit swapped the
/// snapshot in between but left those records alone, the commit is re-applied to the newer snapshot; only a change to a
/// record the commit expects makes it fail. No thread ever waits for another.
/// </para>
/// </remarks>
public sealed class InMemoryKmsKeyStore : IKmsKeyStore
{
    private readonly ConcurrentDictionary<AwsAccountId, AccountSlot> _accounts = new();

    /// <inheritdoc/>
    public KmsKey? FindKey(KeyArn keyArn)
    {
        if (keyArn == default || !_accounts.TryGetValue(keyArn.AccountId, out var slot))
        {
            return null;
        }

        return slot.Snapshot.Find(keyArn);
    }

    /// <inheritdoc/>
    public KeyArn? FindAliasTarget(AliasArn aliasArn) => null;

    /// <inheritdoc/>
    public IReadOnlyList<KmsKey> ListKeys(AwsAccountId accountId, AwsRegion region) =>
        _accounts.TryGetValue(accountId, out var slot) && slot.Snapshot.Regions.TryGetValue(region, out var keys)
            ? [.. keys.Values]
            : [];

    /// <inheritdoc/>
    public IReadOnlyList<KmsKey> ListKeys(AwsAccountId accountId) =>
        _accounts.TryGetValue(accountId, out var slot)
            ? [.. slot.Snapshot.Regions.Values.SelectMany(keys => keys.Values)]
            : [];

    /// <inheritdoc/>
    public bool TryCommit(KeyStoreCommit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var changes = commit.Keys;
        if (changes.Count == 0)
        {
            return true;
        }

        var account = changes[0].Arn.AccountId;
        for (var i = 1; i < changes.Count; i++)
        {
            if (changes[i].Arn.AccountId != account)
            {
                throw new ArgumentException("A commit cannot span accounts.", nameof(commit));
            }
        }

        var slot = _accounts.GetOrAdd(account, static _ => new AccountSlot());
        while (true)
        {
            var snapshot = slot.Snapshot;
            if (snapshot.Apply(changes) is not { } updated)
            {
                return false;
            }

            if (ReferenceEquals(Interlocked.CompareExchange(ref slot.Snapshot, updated, snapshot), snapshot))
            {
                return true;
            }
        }
    }

    private sealed class AccountSlot
    {
        public AccountSnapshot Snapshot = AccountSnapshot.Empty;
    }

    private sealed class AccountSnapshot(ImmutableDictionary<AwsRegion, ImmutableSortedDictionary<string, KmsKey>> regions)
    {
        private static readonly ImmutableSortedDictionary<string, KmsKey> s_noKeys =
            ImmutableSortedDictionary.Create<string, KmsKey>(StringComparer.Ordinal);

        public static AccountSnapshot Empty { get; } = new(ImmutableDictionary<AwsRegion, ImmutableSortedDictionary<string, KmsKey>>.Empty);

        public ImmutableDictionary<AwsRegion, ImmutableSortedDictionary<string, KmsKey>> Regions { get; } = regions;

        public KmsKey? Find(KeyArn arn) =>
            Regions.TryGetValue(arn.Region, out var keys) && keys.TryGetValue(arn.KeyId.ToString(), out var key) && key.Arn == arn
                ? key
                : null;

        // Returns the snapshot with every change applied, or null when a change's expected record is not the stored one.
        public AccountSnapshot? Apply(IReadOnlyList<KeyChange> changes)
        {
            var regions = Regions.ToBuilder();
            foreach (var change in changes)
            {
                var keys = regions.TryGetValue(change.Arn.Region, out var existing) ? existing : s_noKeys;
                var id = change.Arn.KeyId.ToString();
                keys.TryGetValue(id, out var stored);
                if (stored is not null && stored.Arn != change.Arn)
                {
                    // Same account, Region and key ID under another partition cannot happen: the Region decides the partition.
                    return null;
                }

                if (!ReferenceEquals(stored, change.Expected))
                {
                    return null;
                }

                regions[change.Arn.Region] = change.Replacement is null ? keys.Remove(id) : keys.SetItem(id, change.Replacement);
            }

            return new AccountSnapshot(regions.ToImmutable());
        }
    }
}
