using System;
using System.Collections.Generic;
using System.IO;
using KeyLifecycle.Grants;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using KeyLifecycle.Protocol.Storage;
using Microsoft.Data.Sqlite;

namespace KeyLifecycle.Storage.Sqlite;

/// <summary>An <see cref="IKmsKeyStore"/> kept in one SQLite file, so that keys, aliases, custom key stores, key material, key policies, import parameters and grants survive a restart.</summary>
/// <remarks>
/// <para>
/// Every record is held in memory, as <see cref="InMemoryKmsKeyStore"/> holds it, and every commit is first written to the
/// file in one SQLite transaction (WAL mode), then made visible: a reader never sees a change the file does not have, and
/// a change acknowledged to a client is in the file. Reads cost what they cost in memory. Commits are applied one at a
/// time; compare-and-swap is decided in memory, by reference, as in the in-memory store, which is exact because this
/// process is the file's only writer.
/// </para>
/// <para>
/// The file is opened exclusively (<c>locking_mode=EXCLUSIVE</c>): a second process that opens it fails at once with
/// <see cref="IOException"/> rather than writing beside the first. The schema carries its version and is migrated when
/// the store opens. All records must fit in memory.
/// </para>
/// </remarks>
public sealed class SqliteKmsKeyStore : IKmsKeyStore, IDisposable
{
    private readonly InMemoryKmsKeyStore _records;
    private readonly SqliteJournal _journal;

    private SqliteKmsKeyStore(SqliteJournal journal)
    {
        _journal = journal;
        _records = new InMemoryKmsKeyStore(journal);
    }

    /// <summary>The file's path.</summary>
    public string Path => _journal.Path;

    /// <summary>Opens the store in <paramref name="path"/>, creating the file when there is none, with the default options.</summary>
    /// <param name="path">The database file.</param>
    /// <returns>The store, with every record the file holds.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">Another process has the file open, or it cannot be created or read.</exception>
    /// <exception cref="InvalidDataException">The file is not a SQLite database, or holds a record this library did not write.</exception>
    /// <exception cref="InvalidOperationException">The file was written by a newer version, with a schema this one does not read.</exception>
    public static SqliteKmsKeyStore Open(string path) => Open(path, new SqliteKmsKeyStoreOptions());

    /// <summary>Opens the store in <paramref name="path"/>, creating the file when there is none.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="options">How the file is written.</param>
    /// <returns>The store, with every record the file holds.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">Another process has the file open, or it cannot be created or read.</exception>
    /// <exception cref="InvalidDataException">The file is not a SQLite database, or holds a record this library did not write.</exception>
    /// <exception cref="InvalidOperationException">The file was written by a newer version, with a schema this one does not read.</exception>
    public static SqliteKmsKeyStore Open(string path, SqliteKmsKeyStoreOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        var journal = SqliteJournal.Open(System.IO.Path.GetFullPath(path), options);
        try
        {
            var store = new SqliteKmsKeyStore(journal);
            journal.LoadInto(store._records);
            return store;
        }
        catch
        {
            journal.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public KmsKey? FindKey(KeyArn keyArn) => _records.FindKey(keyArn);

    /// <inheritdoc/>
    public KeyArn? FindAliasTarget(AliasArn aliasArn) => _records.FindAliasTarget(aliasArn);

    /// <inheritdoc/>
    public KeyMaterialRecord? FindKeyMaterial(KeyArn keyArn) => _records.FindKeyMaterial(keyArn);

    /// <inheritdoc/>
    public KeyPolicy? FindKeyPolicy(KeyArn keyArn) => _records.FindKeyPolicy(keyArn);

    /// <inheritdoc/>
    public IReadOnlyList<ImportSessionRecord> ListImportSessions(KeyArn keyArn) => _records.ListImportSessions(keyArn);

    /// <inheritdoc/>
    public IReadOnlyList<KmsGrant> ListGrants(KeyArn keyArn) => _records.ListGrants(keyArn);

    /// <inheritdoc/>
    public IReadOnlyList<KmsGrant> ListRetirableGrants(AwsAccountId accountId, AwsRegion region, KmsPrincipal retiringPrincipal) =>
        _records.ListRetirableGrants(accountId, region, retiringPrincipal);

    /// <inheritdoc/>
    public IReadOnlyList<KmsKey> ListKeys(AwsAccountId accountId, AwsRegion region) => _records.ListKeys(accountId, region);

    /// <inheritdoc/>
    public IReadOnlyList<KmsKey> ListKeys(AwsAccountId accountId, AwsRegion region, string? afterKeyId, int limit) =>
        _records.ListKeys(accountId, region, afterKeyId, limit);

    /// <inheritdoc/>
    public IReadOnlyList<KmsKey> ListDue(AwsAccountId accountId, DateTimeOffset now) => _records.ListDue(accountId, now);

    /// <inheritdoc/>
    public IReadOnlyList<KmsKey> ListKeys(AwsAccountId accountId) => _records.ListKeys(accountId);

    /// <inheritdoc/>
    public IReadOnlyList<AwsAccountId> ListAccounts() => _records.ListAccounts();

    /// <inheritdoc/>
    public KmsAlias? FindAlias(AliasArn aliasArn) => _records.FindAlias(aliasArn);

    /// <inheritdoc/>
    public IReadOnlyList<KmsAlias> ListAliases(AwsAccountId accountId, AwsRegion region) => _records.ListAliases(accountId, region);

    /// <inheritdoc/>
    public IReadOnlyList<KmsAlias> ListAliases(AwsAccountId accountId, AwsRegion region, string? afterName, int limit) =>
        _records.ListAliases(accountId, region, afterName, limit);

    /// <inheritdoc/>
    public KmsCustomKeyStore? FindCustomKeyStore(AwsAccountId accountId, AwsRegion region, string id) => _records.FindCustomKeyStore(accountId, region, id);

    /// <inheritdoc/>
    public IReadOnlyList<KmsCustomKeyStore> ListCustomKeyStores(AwsAccountId accountId, AwsRegion region) => _records.ListCustomKeyStores(accountId, region);

    /// <inheritdoc/>
    /// <exception cref="ObjectDisposedException">The store is closed.</exception>
    /// <exception cref="SqliteException">The file could not be written (a full disk, say); nothing was applied.</exception>
    public bool TryCommit(KeyStoreCommit commit) => _records.TryCommit(commit);

    /// <summary>Closes the file; commits fail afterwards. Everything committed is already in it.</summary>
    public void Dispose() => _journal.Dispose();
}
