using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using KeyLifecycle.Grants;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using KeyLifecycle.Protocol.Model;

namespace KeyLifecycle.Protocol.Storage;

/// <summary>A lock-free, in-memory <see cref="IKmsKeyStore"/>: records by account, then Region.</summary>
/// <remarks>
/// <para>
/// Each account's records are one immutable snapshot held in a <see cref="ConcurrentDictionary{TKey, TValue}"/> slot, and a
/// commit replaces the snapshot with <see cref="Interlocked.CompareExchange{T}(ref T, T, T)"/>. The account is the unit
/// because multi-Region keys tie the Regions of one account together: <c>ReplicateKey</c> and <c>UpdatePrimaryRegion</c>
/// change keys in two Regions at once, and must do so atomically. Accounts never contend with each other.
/// </para>
/// <para>
/// A commit checks each expected record against the current snapshot by reference. When another commit swapped the
/// snapshot in between but left those records alone, the commit is re-applied to the newer snapshot; only a change to a
/// record the commit expects makes it fail. No thread ever waits for another, unless a journal is attached
/// (<see cref="InMemoryKmsKeyStore(IKmsCommitJournal)"/>): commits are then applied one at a time, each after the journal has
/// written it, which is how a durable store keeps its file and its readers in the same order.
/// </para>
/// <para>
/// Each Region keeps its keys in a map ordered by ID, the IDs in an ordered set that answers positions for pages
/// (<see cref="ListKeys(AwsAccountId, AwsRegion, string?, int)"/>; aliases likewise, by name), and the keys by the time their next change falls due
/// (<see cref="ListDue"/>); a commit updates the three together, so each read costs O(log n) and none scans the Region.
/// (A hash map for lookups measured no faster at a million keys, and made pages slower.)
/// </para>
/// </remarks>
public sealed class InMemoryKmsKeyStore : IKmsKeyStore
{
    private readonly ConcurrentDictionary<AwsAccountId, AccountSlot> _accounts = new();
    private readonly IKmsCommitJournal? _journal;
    private readonly Lock _journalGate = new();

    /// <summary>Creates an empty store that keeps its records in memory only.</summary>
    public InMemoryKmsKeyStore()
    {
    }

    /// <summary>Creates an empty store that writes every commit to <paramref name="journal"/> before it becomes visible.</summary>
    /// <param name="journal">Where commits are written; see <see cref="IKmsCommitJournal"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="journal"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Commits are then applied one at a time (the journal's write is the slow part, and its order must be the readers'
    /// order); reads stay lock-free and as fast as without a journal.
    /// </remarks>
    public InMemoryKmsKeyStore(IKmsCommitJournal journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        _journal = journal;
    }

    /// <inheritdoc/>
    public KmsKey? FindKey(KeyArn keyArn) =>
        keyArn != default && Region(keyArn.AccountId, keyArn.Region) is { } region
            && region.Keys.TryGetValue(keyArn.KeyId.ToString(), out var key) && key.Arn == keyArn
            ? key
            : null;

    /// <inheritdoc/>
    public KeyMaterialRecord? FindKeyMaterial(KeyArn keyArn) =>
        keyArn != default && Region(keyArn.AccountId, keyArn.Region) is { } region
            && region.Materials.TryGetValue(keyArn.KeyId.ToString(), out var stored)
            ? stored switch
            {
                KeyMaterialRecord record => record.Arn == keyArn ? record : null,
                byte[] material => Expand(keyArn, material),
                _ => null,
            }
            : null;

    // Every request on a key asks for its policy, and most keys have the default one, which is not stored: a Region
    // without stored policies answers before looking anything up.
    /// <inheritdoc/>
    public KeyPolicy? FindKeyPolicy(KeyArn keyArn) =>
        keyArn != default && Region(keyArn.AccountId, keyArn.Region) is { Policies.IsEmpty: false } region
            && region.Policies.TryGetValue(keyArn.KeyId.ToString(), out var policy)
            && region.Keys.TryGetValue(keyArn.KeyId.ToString(), out var key) && key.Arn == keyArn
            ? policy
            : null;

    /// <inheritdoc/>
    public IReadOnlyList<ImportSessionRecord> ListImportSessions(KeyArn keyArn) =>
        keyArn != default && Region(keyArn.AccountId, keyArn.Region) is { } region
            && region.Sessions.TryGetValue(keyArn.KeyId.ToString(), out var sessions) && sessions[0].KeyArn == keyArn
            ? sessions
            : [];

    /// <inheritdoc/>
    public IReadOnlyList<KmsGrant> ListGrants(KeyArn keyArn) =>
        keyArn != default && Region(keyArn.AccountId, keyArn.Region) is { } region
            && region.Grants.TryGetValue(keyArn.KeyId.ToString(), out var grants) && grants[0].KeyArn == keyArn
            ? grants
            : [];

    /// <inheritdoc/>
    public IReadOnlyList<KmsGrant> ListRetirableGrants(AwsAccountId accountId, AwsRegion region, KmsPrincipal retiringPrincipal)
    {
        if (Region(accountId, region) is not { } state || !state.Retirable.TryGetValue(retiringPrincipal.ToString(), out var entries))
        {
            return [];
        }

        var grants = new KmsGrant[entries.Count];
        var i = 0;
        foreach (var entry in entries)
        {
            grants[i++] = state.Grants[entry.KeyId].Find(grant => string.Equals(grant.GrantId, entry.GrantId, StringComparison.Ordinal))!;
        }

        return grants;
    }

    /// <inheritdoc/>
    public KeyArn? FindAliasTarget(AliasArn aliasArn) => FindAlias(aliasArn)?.TargetKeyArn;

    /// <inheritdoc/>
    public KmsAlias? FindAlias(AliasArn aliasArn) =>
        aliasArn != default && Region(aliasArn.AccountId, aliasArn.Region) is { } region
            && region.Aliases.TryGetValue(aliasArn.AliasName.ToString(), out var alias) && alias.Arn == aliasArn
            ? alias
            : null;

    /// <inheritdoc/>
    public KmsCustomKeyStore? FindCustomKeyStore(AwsAccountId accountId, AwsRegion region, string id) =>
        id is not null && Region(accountId, region) is { } state && state.Stores.TryGetValue(id, out var store) ? store : null;

    /// <inheritdoc/>
    public IReadOnlyList<KmsKey> ListKeys(AwsAccountId accountId, AwsRegion region) =>
        Region(accountId, region) is { } state ? [.. state.Keys.Values] : [];

    /// <inheritdoc/>
    public IReadOnlyList<KmsKey> ListKeys(AwsAccountId accountId, AwsRegion region, string? afterKeyId, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (Region(accountId, region) is not { } state)
        {
            return [];
        }

        return PageOf(state.KeyIds, state.Keys, afterKeyId, limit);
    }

    /// <inheritdoc/>
    public IReadOnlyList<KmsKey> ListDue(AwsAccountId accountId, DateTimeOffset now)
    {
        if (!_accounts.TryGetValue(accountId, out var slot))
        {
            return [];
        }

        List<KmsKey>? due = null;
        foreach (var state in slot.Current.Values)
        {
            foreach (var entry in state.Due)
            {
                if (entry.UtcTicks > now.UtcTicks)
                {
                    break;
                }

                (due ??= []).Add(state.Keys[entry.KeyId]);
            }
        }

        if (due is null)
        {
            return [];
        }

        due.Sort(static (a, b) => DueTicks(a).CompareTo(DueTicks(b)));
        return due;
    }

    /// <inheritdoc/>
    public IReadOnlyList<KmsKey> ListKeys(AwsAccountId accountId) =>
        _accounts.TryGetValue(accountId, out var slot)
            ? [.. slot.Current.Values.SelectMany(region => region.Keys.Values)]
            : [];

    /// <inheritdoc/>
    public IReadOnlyList<AwsAccountId> ListAccounts() =>
        [.. _accounts
            .Where(account => account.Value.Current.Values.Any(region => region.Keys.Count + region.Aliases.Count + region.Stores.Count > 0))
            .Select(account => account.Key)
            .OrderBy(account => account.ToString(), StringComparer.Ordinal)];

    /// <inheritdoc/>
    public IReadOnlyList<KmsAlias> ListAliases(AwsAccountId accountId, AwsRegion region) =>
        Region(accountId, region) is { } state ? [.. state.Aliases.Values] : [];

    /// <inheritdoc/>
    public IReadOnlyList<KmsAlias> ListAliases(AwsAccountId accountId, AwsRegion region, string? afterName, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return Region(accountId, region) is { } state ? PageOf(state.AliasNames, state.Aliases, afterName, limit) : [];
    }

    /// <inheritdoc/>
    public IReadOnlyList<KmsCustomKeyStore> ListCustomKeyStores(AwsAccountId accountId, AwsRegion region) =>
        Region(accountId, region) is { } state ? [.. state.Stores.Values] : [];

    /// <inheritdoc/>
    public bool TryCommit(KeyStoreCommit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (commit.IsEmpty)
        {
            return true;
        }

        var account = AccountOf(commit);
        var slot = _accounts.GetOrAdd(account, static _ => new AccountSlot());
        if (_journal is not null)
        {
            // One commit at a time: the expectations hold while the journal writes, and nothing is visible before it is written.
            lock (_journalGate)
            {
                if (Apply(slot.Current, commit) is not { } next)
                {
                    return false;
                }

                _journal.Write(commit);
                Volatile.Write(ref slot.Snapshot, next);
                return true;
            }
        }

        while (true)
        {
            var snapshot = slot.Current;
            if (Apply(snapshot, commit) is not { } updated)
            {
                return false;
            }

            if (ReferenceEquals(Interlocked.CompareExchange(ref slot.Snapshot, updated, snapshot), snapshot))
            {
                return true;
            }
        }
    }

    // Positions in an ordered set cost O(log n) each, so a page costs O(limit log n) wherever it starts.
    private static T[] PageOf<T>(ImmutableSortedSet<string> names, ImmutableSortedDictionary<string, T> records, string? after, int limit)
    {
        var start = 0;
        if (after is not null)
        {
            var index = names.IndexOf(after);
            start = index >= 0 ? index + 1 : ~index;
        }

        var count = Math.Min(limit, names.Count - start);
        if (count <= 0)
        {
            return [];
        }

        var page = new T[count];
        for (var i = 0; i < count; i++)
        {
            page[i] = records[names[start + i]];
        }

        return page;
    }

    private RegionState? Region(AwsAccountId accountId, AwsRegion region) =>
        _accounts.TryGetValue(accountId, out var slot) && slot.Current.TryGetValue(region, out var state) ? state : null;

    private static AwsAccountId AccountOf(KeyStoreCommit commit)
    {
        var accounts = commit.Keys.Select(change => change.Arn.AccountId)
            .Concat(commit.Aliases.Select(change => change.Arn.AccountId))
            .Concat(commit.CustomKeyStores.Select(change => change.Store.AccountId))
            .Concat(commit.KeyMaterials.Select(change => change.Arn.AccountId))
            .Concat(commit.KeyPolicies.Select(change => change.Arn.AccountId))
            .Concat(commit.ImportSessions.Select(change => change.Session.KeyArn.AccountId))
            .Concat(commit.Grants.Select(change => change.KeyArn.AccountId))
            .Distinct()
            .ToList();
        return accounts.Count == 1 ? accounts[0] : throw new ArgumentException("A commit cannot span accounts.", nameof(commit));
    }

    // Returns the snapshot with every change applied, or null when an expected record is not the stored one.
    private static ImmutableDictionary<AwsRegion, RegionState>? Apply(ImmutableDictionary<AwsRegion, RegionState> snapshot, KeyStoreCommit commit)
    {
        var regions = snapshot.ToBuilder();
        RegionState Get(AwsRegion region) => regions.TryGetValue(region, out var state) ? state : RegionState.Empty;

        foreach (var change in commit.Keys)
        {
            var state = Get(change.Arn.Region);
            var id = change.Arn.KeyId.ToString();
            state.Keys.TryGetValue(id, out var stored);
            if (!ReferenceEquals(stored, change.Expected))
            {
                return null;
            }

            // A removed key takes its secret material, its policy, its import parameters and its grants with it. The ordered IDs change
            // only when a key comes or goes, the due index only when the key's due time changes.
            regions[change.Arn.Region] = state with
            {
                Keys = change.Replacement is null ? state.Keys.Remove(id) : state.Keys.SetItem(id, change.Replacement),
                KeyIds = (stored is null) == (change.Replacement is null) ? state.KeyIds : stored is null ? state.KeyIds.Add(id) : state.KeyIds.Remove(id),
                Due = Reindex(state.Due, id, stored, change.Replacement),
                Materials = change.Replacement is null ? state.Materials.Remove(id) : state.Materials,
                Policies = change.Replacement is null ? state.Policies.Remove(id) : state.Policies,
                Sessions = change.Replacement is null ? state.Sessions.Remove(id) : state.Sessions,
                Grants = change.Replacement is null ? state.Grants.Remove(id) : state.Grants,
                Retirable = change.Replacement is null && state.Grants.TryGetValue(id, out var removedGrants)
                    ? removedGrants.Aggregate(state.Retirable, (index, grant) => Unindex(index, grant, id))
                    : state.Retirable,
            };
        }

        foreach (var change in commit.Aliases)
        {
            var state = Get(change.Arn.Region);
            var name = change.Arn.AliasName.ToString();
            state.Aliases.TryGetValue(name, out var stored);
            if (!ReferenceEquals(stored, change.Expected))
            {
                return null;
            }

            regions[change.Arn.Region] = state with
            {
                Aliases = change.Replacement is null ? state.Aliases.Remove(name) : state.Aliases.SetItem(name, change.Replacement),
                AliasNames = (stored is null) == (change.Replacement is null) ? state.AliasNames
                    : stored is null ? state.AliasNames.Add(name) : state.AliasNames.Remove(name),
            };
        }

        foreach (var change in commit.CustomKeyStores)
        {
            var record = change.Store;
            var state = Get(record.Region);
            state.Stores.TryGetValue(record.Id, out var stored);
            if (!ReferenceEquals(stored, change.Expected))
            {
                return null;
            }

            if (change.Replacement is { } replacement
                && state.Stores.Values.Any(other => other.Id != replacement.Id && string.Equals(other.Name, replacement.Name, StringComparison.Ordinal)))
            {
                return null;
            }

            regions[record.Region] = state with
            {
                Stores = change.Replacement is null ? state.Stores.Remove(record.Id) : state.Stores.SetItem(record.Id, change.Replacement),
            };
        }

        foreach (var change in commit.KeyMaterials)
        {
            var state = Get(change.Arn.Region);
            var id = change.Arn.KeyId.ToString();
            regions[change.Arn.Region] = state with
            {
                Materials = change.Replacement is null ? state.Materials.Remove(id) : state.Materials.SetItem(id, Compact(change.Replacement)),
            };
        }

        foreach (var change in commit.KeyPolicies)
        {
            var state = Get(change.Arn.Region);
            regions[change.Arn.Region] = state with { Policies = state.Policies.SetItem(change.Arn.KeyId.ToString(), change.Policy) };
        }

        foreach (var change in commit.ImportSessions)
        {
            var session = change.Session;
            var state = Get(session.KeyArn.Region);
            var id = session.KeyArn.KeyId.ToString();
            var sessions = state.Sessions.TryGetValue(id, out var stored) ? stored : [];
            var index = sessions.FindIndex(other => string.Equals(other.TokenId, session.TokenId, StringComparison.Ordinal));
            if (change.Removed == (index < 0))
            {
                return null;
            }

            sessions = change.Removed ? sessions.RemoveAt(index) : sessions.Insert(PositionOf(sessions, session), session);
            regions[session.KeyArn.Region] = state with { Sessions = sessions.IsEmpty ? state.Sessions.Remove(id) : state.Sessions.SetItem(id, sessions) };
        }

        // A grant is added or replaced only on a key the snapshot holds (after this commit's key changes), so a grant never
        // outlives its key; the grant read is expected by reference, as every record is.
        foreach (var change in commit.Grants)
        {
            var state = Get(change.KeyArn.Region);
            var id = change.KeyArn.KeyId.ToString();
            if (change.Replacement is not null && !(state.Keys.TryGetValue(id, out var key) && key.Arn == change.KeyArn))
            {
                return null;
            }

            var grants = state.Grants.TryGetValue(id, out var stored) ? stored : [];
            var index = grants.FindIndex(grant => string.Equals(grant.GrantId, change.GrantId, StringComparison.Ordinal));
            if (!ReferenceEquals(index < 0 ? null : grants[index], change.Expected))
            {
                return null;
            }

            var retirable = state.Retirable;
            if (index >= 0)
            {
                retirable = Unindex(retirable, grants[index], id);
                grants = grants.RemoveAt(index);
            }

            if (change.Replacement is { } replacement)
            {
                grants = grants.Insert(PositionOf(grants, replacement), replacement);
                retirable = Index(retirable, replacement, id);
            }

            regions[change.KeyArn.Region] = state with
            {
                Grants = grants.IsEmpty ? state.Grants.Remove(id) : state.Grants.SetItem(id, grants),
                Retirable = retirable,
            };
        }

        return regions.ToImmutable();
    }

    // Where a grant goes among its key's, which are in creation order, then grant ID.
    private static int PositionOf(ImmutableList<KmsGrant> grants, KmsGrant grant)
    {
        var position = grants.Count;
        while (position > 0 && GrantEntry.Of(grants[position - 1], string.Empty).CompareTo(GrantEntry.Of(grant, string.Empty)) > 0)
        {
            position--;
        }

        return position;
    }

    private static ImmutableDictionary<string, ImmutableSortedSet<GrantEntry>> Index(ImmutableDictionary<string, ImmutableSortedSet<GrantEntry>> index, KmsGrant grant, string keyId)
    {
        if (grant.RetiringPrincipal is not { } retiring)
        {
            return index;
        }

        var principal = retiring.ToString();
        var entries = index.TryGetValue(principal, out var stored) ? stored : ImmutableSortedSet<GrantEntry>.Empty;
        return index.SetItem(principal, entries.Add(GrantEntry.Of(grant, keyId)));
    }

    private static ImmutableDictionary<string, ImmutableSortedSet<GrantEntry>> Unindex(ImmutableDictionary<string, ImmutableSortedSet<GrantEntry>> index, KmsGrant grant, string keyId)
    {
        if (grant.RetiringPrincipal is not { } retiring || !index.TryGetValue(retiring.ToString(), out var entries))
        {
            return index;
        }

        entries = entries.Remove(GrantEntry.Of(grant, keyId));
        return entries.IsEmpty ? index.Remove(retiring.ToString()) : index.SetItem(retiring.ToString(), entries);
    }

    // Most keys have the one version of material CreateKey made, whose ID is derived from the key's ARN
    // (KeyMetadataModel.MaterialIdOf); such a record is kept as its bytes alone, and made again when it is read. That is
    // two thirds of the memory a key's material takes, which at a million keys is most of what the store holds.
    private static object Compact(KeyMaterialRecord record) =>
        record.Versions.Length == 1 && record.Current is { } current
            && MemoryMarshal.TryGetArray(current.Material, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            && string.Equals(record.CurrentId.ToString(), KeyMetadataModel.MaterialIdOf(record.Arn), StringComparison.Ordinal)
            ? segment.Array
            : record;

    private static KeyMaterialRecord Expand(KeyArn keyArn, byte[] material)
    {
        var id = KeyMaterialId.Parse(KeyMetadataModel.MaterialIdOf(keyArn));
        return new KeyMaterialRecord(keyArn, id, [new StoredKeyMaterial(id, material)]);
    }

    // Where a new session goes among a key's, which are ordered by issue time, then token ID.
    private static int PositionOf(ImmutableList<ImportSessionRecord> sessions, ImportSessionRecord session)
    {
        var position = sessions.Count;
        while (position > 0 && (sessions[position - 1].IssuedAt > session.IssuedAt
            || (sessions[position - 1].IssuedAt == session.IssuedAt && string.CompareOrdinal(sessions[position - 1].TokenId, session.TokenId) > 0)))
        {
            position--;
        }

        return position;
    }

    private static ImmutableSortedSet<DueEntry> Reindex(ImmutableSortedSet<DueEntry> due, string id, KmsKey? before, KmsKey? after)
    {
        var was = before is null ? null : KeyTransitions.NextChangeDue(before);
        var now = after is null ? null : KeyTransitions.NextChangeDue(after);
        if (was == now)
        {
            return due;
        }

        if (was is { } old)
        {
            due = due.Remove(new DueEntry(old.UtcTicks, id));
        }

        return now is { } next ? due.Add(new DueEntry(next.UtcTicks, id)) : due;
    }

    private static long DueTicks(KmsKey key) => KeyTransitions.NextChangeDue(key)?.UtcTicks ?? long.MaxValue;

    /// <summary>A key in the due index: when its next change on its own falls due, then its ID.</summary>
    private readonly record struct DueEntry(long UtcTicks, string KeyId) : IComparable<DueEntry>
    {
        public int CompareTo(DueEntry other) =>
            UtcTicks != other.UtcTicks ? UtcTicks.CompareTo(other.UtcTicks) : string.CompareOrdinal(KeyId, other.KeyId);
    }

    /// <summary>A grant in the retiring-principal index: its creation time, its ID, then its key's ID, which is creation order.</summary>
    private readonly record struct GrantEntry(long UtcTicks, string GrantId, string KeyId) : IComparable<GrantEntry>
    {
        public static GrantEntry Of(KmsGrant grant, string keyId) => new(grant.CreationDate.UtcTicks, grant.GrantId, keyId);

        public int CompareTo(GrantEntry other) =>
            UtcTicks != other.UtcTicks ? UtcTicks.CompareTo(other.UtcTicks)
            : string.CompareOrdinal(GrantId, other.GrantId) is var byId and not 0 ? byId
            : string.CompareOrdinal(KeyId, other.KeyId);
    }

    private sealed class AccountSlot
    {
        public ImmutableDictionary<AwsRegion, RegionState> Snapshot = ImmutableDictionary<AwsRegion, RegionState>.Empty;

        public ImmutableDictionary<AwsRegion, RegionState> Current => Volatile.Read(ref Snapshot);
    }

    private sealed record RegionState(
        ImmutableSortedDictionary<string, KmsKey> Keys,
        ImmutableSortedSet<string> KeyIds,
        ImmutableSortedSet<DueEntry> Due,
        ImmutableSortedDictionary<string, KmsAlias> Aliases,
        ImmutableSortedSet<string> AliasNames,
        ImmutableSortedDictionary<string, KmsCustomKeyStore> Stores,
        ImmutableDictionary<string, object> Materials,
        ImmutableDictionary<string, KeyPolicy> Policies,
        ImmutableDictionary<string, ImmutableList<ImportSessionRecord>> Sessions,
        ImmutableDictionary<string, ImmutableList<KmsGrant>> Grants,
        ImmutableDictionary<string, ImmutableSortedSet<GrantEntry>> Retirable)
    {
        public static RegionState Empty { get; } = new(
            ImmutableSortedDictionary.Create<string, KmsKey>(StringComparer.Ordinal),
            ImmutableSortedSet.Create<string>(StringComparer.Ordinal),
            ImmutableSortedSet<DueEntry>.Empty,
            ImmutableSortedDictionary.Create<string, KmsAlias>(StringComparer.Ordinal),
            ImmutableSortedSet.Create<string>(StringComparer.Ordinal),
            ImmutableSortedDictionary.Create<string, KmsCustomKeyStore>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, object>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, KeyPolicy>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, ImmutableList<ImportSessionRecord>>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, ImmutableList<KmsGrant>>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, ImmutableSortedSet<GrantEntry>>(StringComparer.Ordinal));
    }
}
