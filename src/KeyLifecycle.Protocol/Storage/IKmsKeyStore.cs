using System;
using System.Collections.Generic;
using KeyLifecycle.Grants;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using KeyLifecycle.Resolution;

namespace KeyLifecycle.Protocol.Storage;

/// <summary>Where a KMS endpoint keeps its keys: immutable <see cref="KmsKey"/> records, changed only by compare-and-swap.</summary>
/// <remarks>
/// <para>
/// A request reads a key, asks the pure domain for the new record, and commits a <see cref="KeyStoreCommit"/> that
/// names the record it read. The store applies the commit only when every record it names is still the stored one,
/// compared by reference, and otherwise changes nothing and returns <see langword="false"/>; the request then starts
/// again from resolution. So two callers never lose each other's update, and no check-then-set race exists.
/// </para>
/// <para>
/// Implementations are thread-safe. Reads never block writers and return records as committed; a commit is atomic
/// (all of its changes or none) and may span the Regions of one account, as multi-Region keys do.
/// </para>
/// </remarks>
public interface IKmsKeyStore : IKeyLookup
{
    /// <summary>Returns the secret material of the key with <paramref name="keyArn"/>, or <see langword="null"/> when it has none.</summary>
    /// <param name="keyArn">The key's ARN.</param>
    /// <returns>The record as committed, or <see langword="null"/>.</returns>
    KeyMaterialRecord? FindKeyMaterial(KeyArn keyArn);

    /// <summary>Returns the key policy stored for the key with <paramref name="keyArn"/>, or <see langword="null"/> when none was stored, which means the default key policy.</summary>
    /// <param name="keyArn">The key's ARN.</param>
    /// <returns>The policy as committed, or <see langword="null"/>.</returns>
    KeyPolicy? FindKeyPolicy(KeyArn keyArn);

    /// <summary>Returns the import parameters stored for the key with <paramref name="keyArn"/>, oldest first (by <see cref="ImportSessionRecord.IssuedAt"/>, then token ID, ordinal); empty when it has none.</summary>
    /// <param name="keyArn">The key's ARN.</param>
    /// <returns>A snapshot, expired parameters included until a commit removes them.</returns>
    IReadOnlyList<ImportSessionRecord> ListImportSessions(KeyArn keyArn);

    /// <summary>Returns the grants on the key with <paramref name="keyArn"/>, in creation order (by <see cref="KmsGrant.CreationDate"/>, then grant ID, ordinal); empty when it has none.</summary>
    /// <param name="keyArn">The key's ARN.</param>
    /// <returns>A snapshot; later commits do not change it.</returns>
    IReadOnlyList<KmsGrant> ListGrants(KeyArn keyArn);

    /// <summary>Returns the grants on the keys of an account in a Region whose retiring principal is <paramref name="retiringPrincipal"/>, in creation order (by <see cref="KmsGrant.CreationDate"/>, then grant ID, ordinal).</summary>
    /// <param name="accountId">The account of the keys.</param>
    /// <param name="region">The Region of the keys.</param>
    /// <param name="retiringPrincipal">The retiring principal, compared exactly (a role does not stand for its sessions here).</param>
    /// <returns>A snapshot; later commits do not change it.</returns>
    /// <remarks>Implementations keep an index by retiring principal and take time in proportion to the grants returned, not to the grants of the Region.</remarks>
    IReadOnlyList<KmsGrant> ListRetirableGrants(AwsAccountId accountId, AwsRegion region, KmsPrincipal retiringPrincipal);

    /// <summary>Returns the keys of an account in a Region, ordered by key ID (ordinal), as they are now.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="region">The Region.</param>
    /// <returns>A snapshot; later commits do not change it.</returns>
    IReadOnlyList<KmsKey> ListKeys(AwsAccountId accountId, AwsRegion region);

    /// <summary>Returns a page of the keys of an account in a Region: those whose key IDs come after <paramref name="afterKeyId"/> (ordinal), in that order.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="region">The Region.</param>
    /// <param name="afterKeyId">The key ID the previous page ended with, which need not exist any more; <see langword="null"/> for the first page.</param>
    /// <param name="limit">The most keys to return, at least 1.</param>
    /// <returns>A snapshot of at most <paramref name="limit"/> keys.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="limit"/> is less than 1.</exception>
    /// <remarks>Implementations take time in proportion to the page, not to the keys of the Region.</remarks>
    IReadOnlyList<KmsKey> ListKeys(AwsAccountId accountId, AwsRegion region, string? afterKeyId, int limit);

    /// <summary>Returns the keys of an account, in every Region, whose next change on their own (<see cref="KeyTransitions.NextChangeDue"/>) is at or before <paramref name="now"/>, earliest first.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="now">The time.</param>
    /// <returns>A snapshot of the keys, as they were when the store last committed them.</returns>
    /// <remarks>
    /// Implementations keep an index ordered by that time, updated with each commit, and take time in proportion to the
    /// keys returned, not to the keys of the account: a host applies what falls due without scanning.
    /// </remarks>
    IReadOnlyList<KmsKey> ListDue(AwsAccountId accountId, DateTimeOffset now);

    /// <summary>Returns the keys of an account in every Region, as they are now.</summary>
    /// <param name="accountId">The account.</param>
    /// <returns>A snapshot; later commits do not change it.</returns>
    IReadOnlyList<KmsKey> ListKeys(AwsAccountId accountId);

    /// <summary>Returns the accounts that have keys, aliases or custom key stores in any Region, as they are now, ordered by account ID.</summary>
    /// <returns>A snapshot.</returns>
    IReadOnlyList<AwsAccountId> ListAccounts();

    /// <summary>Returns the alias with <paramref name="aliasArn"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="aliasArn">The alias's ARN.</param>
    /// <returns>The alias, or <see langword="null"/>.</returns>
    KmsAlias? FindAlias(AliasArn aliasArn);

    /// <summary>Returns the aliases of an account in a Region, ordered by alias name (ordinal), as they are now.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="region">The Region.</param>
    /// <returns>A snapshot.</returns>
    IReadOnlyList<KmsAlias> ListAliases(AwsAccountId accountId, AwsRegion region);

    /// <summary>Returns a page of the aliases of an account in a Region: those whose names come after <paramref name="afterName"/> (ordinal), in that order.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="region">The Region.</param>
    /// <param name="afterName">The alias name the previous page ended with, which need not exist any more; <see langword="null"/> for the first page.</param>
    /// <param name="limit">The most aliases to return, at least 1.</param>
    /// <returns>A snapshot of at most <paramref name="limit"/> aliases.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="limit"/> is less than 1.</exception>
    /// <remarks>Implementations take time in proportion to the page, not to the aliases of the Region.</remarks>
    IReadOnlyList<KmsAlias> ListAliases(AwsAccountId accountId, AwsRegion region, string? afterName, int limit);

    /// <summary>Returns the custom key store with <paramref name="id"/> in an account and Region, or <see langword="null"/> when there is none.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="region">The Region.</param>
    /// <param name="id">The store's ID.</param>
    /// <returns>The store, or <see langword="null"/>.</returns>
    KmsCustomKeyStore? FindCustomKeyStore(AwsAccountId accountId, AwsRegion region, string id);

    /// <summary>Returns the custom key stores of an account in a Region, ordered by ID (ordinal), as they are now.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="region">The Region.</param>
    /// <returns>A snapshot.</returns>
    IReadOnlyList<KmsCustomKeyStore> ListCustomKeyStores(AwsAccountId accountId, AwsRegion region);

    /// <summary>Applies every change of <paramref name="commit"/> at once, if each record it expects is still the stored one and no custom key store name is taken twice.</summary>
    /// <param name="commit">The changes; all of them in one account.</param>
    /// <returns><see langword="true"/> when the changes were applied; <see langword="false"/>, with nothing changed, when another commit came first.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="commit"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException">The changes span more than one account.</exception>
    bool TryCommit(KeyStoreCommit commit);
}
