using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using KeyLifecycle.Grants;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using KeyLifecycle.Protocol.Storage;
using Npgsql;
using NpgsqlTypes;

namespace KeyLifecycle.Storage.PostgreSql;

/// <summary>An <see cref="IKmsKeyStore"/> in a PostgreSQL database that several processes share: emulators or applications that serve one state.</summary>
/// <remarks>
/// <para>
/// Nothing is cached: every read is a query, so each process sees what any of them committed. Each row carries a version;
/// a record a read returns remembers the version it was read at, and a commit is one transaction whose every expected
/// record is a conditional <c>UPDATE</c> or <c>DELETE</c> (<c>... WHERE version = @read</c>), or an
/// <c>INSERT ... ON CONFLICT DO NOTHING</c> for a new one. If any of them touches no row, the transaction is rolled back and
/// <see cref="TryCommit"/> returns <see langword="false"/>: the caller starts again from a fresh read, as with the
/// in-memory store. Time-driven changes are ordinary commits, so when two processes apply the same due change one of them
/// wins and the other finds nothing left to do: no change is applied twice.
/// </para>
/// <para>
/// A record is expected by reference, as in every store: one that was not read from (or committed to) this store instance
/// is never the stored one. Keys are ordered by key ID and aliases by name in the <c>C</c> collation, which is ordinal.
/// The tables are created, and later migrated, when the store opens, under an advisory lock so that processes starting
/// together do not race; they live in the first schema of the connection's search path.
/// </para>
/// </remarks>
public sealed class PostgreSqlKmsKeyStore : IKmsKeyStore, IDisposable
{
    private readonly NpgsqlDataSource _data;
    private readonly ConditionalWeakTable<object, StrongBox<long>> _versions = new();

    private PostgreSqlKmsKeyStore(NpgsqlDataSource data) => _data = data;

    /// <summary>Opens the store in the database <paramref name="connectionString"/> names, creating or migrating its tables.</summary>
    /// <param name="connectionString">An Npgsql connection string, such as <c>Host=127.0.0.1;Port=5432;Username=kms;Password=...;Database=kms</c>.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty or not a connection string.</exception>
    /// <exception cref="IOException">The server cannot be reached, or refuses the connection.</exception>
    /// <exception cref="InvalidOperationException">The tables were made by a newer version, with a schema this one does not read.</exception>
    public static PostgreSqlKmsKeyStore Open(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        NpgsqlDataSource data;
        try
        {
            data = NpgsqlDataSource.Create(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new ArgumentException($"Not an Npgsql connection string: {e.Message}", nameof(connectionString), e);
        }

        try
        {
            PostgreSqlSchema.Migrate(data);
            return new PostgreSqlKmsKeyStore(data);
        }
        catch (NpgsqlException e) when (e is not PostgresException || e is PostgresException { SqlState: "28P01" or "28000" or "3D000" })
        {
            data.Dispose();
            throw new IOException($"The PostgreSQL key store cannot be opened: {e.Message}", e);
        }
        catch
        {
            data.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public KmsKey? FindKey(KeyArn keyArn) =>
        keyArn == default ? null : One(Keys("WHERE account = $1 AND region = $2 AND key_id = $3", keyArn.AccountId, keyArn.Region, keyArn.KeyId.ToString()), keyArn);

    /// <inheritdoc/>
    public KeyArn? FindAliasTarget(AliasArn aliasArn) => FindAlias(aliasArn)?.TargetKeyArn;

    /// <inheritdoc/>
    public KeyMaterialRecord? FindKeyMaterial(KeyArn keyArn)
    {
        if (keyArn == default)
        {
            return null;
        }

        foreach (var (record, _) in Rows("SELECT record, 0::bigint FROM kms_key_materials WHERE account = $1 AND region = $2 AND key_id = $3", keyArn.AccountId.ToString(), keyArn.Region.ToString(), keyArn.KeyId.ToString()))
        {
            var material = KmsRecordJson.ReadKeyMaterial(record);
            return material.Arn == keyArn ? material : null;
        }

        return null;
    }

    /// <inheritdoc/>
    public KeyPolicy? FindKeyPolicy(KeyArn keyArn)
    {
        if (FindKey(keyArn) is null)
        {
            return null;
        }

        foreach (var (record, _) in Rows("SELECT record, 0::bigint FROM kms_key_policies WHERE account = $1 AND region = $2 AND key_id = $3", keyArn.AccountId.ToString(), keyArn.Region.ToString(), keyArn.KeyId.ToString()))
        {
            return KmsRecordJson.ReadKeyPolicy(record);
        }

        return null;
    }

    /// <inheritdoc/>
    public IReadOnlyList<ImportSessionRecord> ListImportSessions(KeyArn keyArn)
    {
        if (keyArn == default)
        {
            return [];
        }

        var sessions = new List<ImportSessionRecord>();
        foreach (var (record, _) in Rows(
            "SELECT record, 0::bigint FROM kms_import_sessions WHERE account = $1 AND region = $2 AND key_id = $3 ORDER BY issued_ticks, token_id",
            keyArn.AccountId.ToString(), keyArn.Region.ToString(), keyArn.KeyId.ToString()))
        {
            var session = KmsRecordJson.ReadImportSession(record);
            if (session.KeyArn == keyArn)
            {
                sessions.Add(session);
            }
        }

        return sessions;
    }

    /// <inheritdoc/>
    public IReadOnlyList<KmsGrant> ListGrants(KeyArn keyArn)
    {
        if (keyArn == default)
        {
            return [];
        }

        var grants = Records(
            "kms_grants", static record => KmsRecordJson.ReadGrant(record), "WHERE account = $1 AND region = $2 AND key_id = $3 ORDER BY created_ticks, grant_id",
            keyArn.AccountId, keyArn.Region, [keyArn.KeyId.ToString()]);
        grants.RemoveAll(grant => grant.KeyArn != keyArn);
        return grants;
    }

    /// <inheritdoc/>
    public IReadOnlyList<KmsGrant> ListRetirableGrants(AwsAccountId accountId, AwsRegion region, KmsPrincipal retiringPrincipal) =>
        Records(
            "kms_grants", static record => KmsRecordJson.ReadGrant(record), "WHERE account = $1 AND region = $2 AND retiring_principal = $3 ORDER BY created_ticks, grant_id",
            accountId, region, [retiringPrincipal.ToString()]);

    /// <inheritdoc/>
    public IReadOnlyList<KmsKey> ListKeys(AwsAccountId accountId, AwsRegion region) =>
        Keys("WHERE account = $1 AND region = $2 ORDER BY key_id", accountId, region);

    /// <inheritdoc/>
    public IReadOnlyList<KmsKey> ListKeys(AwsAccountId accountId, AwsRegion region, string? afterKeyId, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return Keys("WHERE account = $1 AND region = $2 AND key_id > $3 ORDER BY key_id LIMIT $4", accountId, region, afterKeyId ?? string.Empty, (long)limit);
    }

    /// <inheritdoc/>
    public IReadOnlyList<KmsKey> ListDue(AwsAccountId accountId, DateTimeOffset now) =>
        Keys("WHERE account = $1 AND due_ticks <= $2 ORDER BY due_ticks, key_id", accountId, null, now.UtcTicks);

    /// <inheritdoc/>
    public IReadOnlyList<KmsKey> ListKeys(AwsAccountId accountId) => Keys("WHERE account = $1 ORDER BY region, key_id", accountId, null);

    /// <inheritdoc/>
    public IReadOnlyList<AwsAccountId> ListAccounts()
    {
        var accounts = new List<AwsAccountId>();
        using var command = _data.CreateCommand(
            "SELECT account FROM kms_keys UNION SELECT account FROM kms_aliases UNION SELECT account FROM kms_custom_key_stores ORDER BY 1");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            accounts.Add(AwsAccountId.Parse(reader.GetString(0)));
        }

        return accounts;
    }

    /// <inheritdoc/>
    public KmsAlias? FindAlias(AliasArn aliasArn)
    {
        if (aliasArn == default)
        {
            return null;
        }

        foreach (var alias in Aliases("WHERE account = $1 AND region = $2 AND name = $3", aliasArn.AccountId, aliasArn.Region, aliasArn.AliasName.ToString()))
        {
            return alias.Arn == aliasArn ? alias : null;
        }

        return null;
    }

    /// <inheritdoc/>
    public IReadOnlyList<KmsAlias> ListAliases(AwsAccountId accountId, AwsRegion region) => Aliases("WHERE account = $1 AND region = $2 ORDER BY name", accountId, region);

    /// <inheritdoc/>
    public IReadOnlyList<KmsAlias> ListAliases(AwsAccountId accountId, AwsRegion region, string? afterName, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return Aliases("WHERE account = $1 AND region = $2 AND name > $3 ORDER BY name LIMIT $4", accountId, region, afterName ?? string.Empty, (long)limit);
    }

    /// <inheritdoc/>
    public KmsCustomKeyStore? FindCustomKeyStore(AwsAccountId accountId, AwsRegion region, string id)
    {
        if (id is null)
        {
            return null;
        }

        foreach (var store in CustomKeyStores("WHERE account = $1 AND region = $2 AND id = $3", accountId, region, id))
        {
            return store;
        }

        return null;
    }

    /// <inheritdoc/>
    public IReadOnlyList<KmsCustomKeyStore> ListCustomKeyStores(AwsAccountId accountId, AwsRegion region) =>
        CustomKeyStores("WHERE account = $1 AND region = $2 ORDER BY id", accountId, region);

    /// <inheritdoc/>
    /// <exception cref="IOException">The server could not be reached; nothing was applied.</exception>
    public bool TryCommit(KeyStoreCommit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (commit.IsEmpty)
        {
            return true;
        }

        AccountOf(commit);
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        var written = new List<(object Record, long Version)>();
        var applied = new PostgreSqlCommit(connection, transaction, this).Apply(commit, written);
        if (!applied)
        {
            transaction.Rollback();
            return false;
        }

        try
        {
            transaction.Commit();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.SerializationFailure)
        {
            return false;
        }

        foreach (var (record, version) in written)
        {
            Remember(record, version);
        }

        return true;
    }

    /// <summary>Closes the connection pool. Everything committed is already in the database.</summary>
    public void Dispose() => _data.Dispose();

    internal long? VersionOf(object record) => _versions.TryGetValue(record, out var box) ? box.Value : null;

    private void Remember(object record, long version) => _versions.AddOrUpdate(record, new StrongBox<long>(version));

    private NpgsqlConnection Connect()
    {
        try
        {
            return _data.OpenConnection();
        }
        catch (NpgsqlException e)
        {
            throw new IOException($"The PostgreSQL key store cannot be reached: {e.Message}", e);
        }
    }

    private static void AccountOf(KeyStoreCommit commit)
    {
        AwsAccountId? account = null;
        void Check(AwsAccountId next)
        {
            if (account is { } known && known != next)
            {
                throw new ArgumentException("A commit cannot span accounts.", nameof(commit));
            }

            account = next;
        }

        foreach (var change in commit.Keys)
        {
            Check(change.Arn.AccountId);
        }

        foreach (var change in commit.Aliases)
        {
            Check(change.Arn.AccountId);
        }

        foreach (var change in commit.CustomKeyStores)
        {
            Check((change.Replacement ?? change.Expected)!.AccountId);
        }

        foreach (var change in commit.KeyMaterials)
        {
            Check(change.Arn.AccountId);
        }

        foreach (var change in commit.KeyPolicies)
        {
            Check(change.Arn.AccountId);
        }

        foreach (var change in commit.ImportSessions)
        {
            Check(change.Session.KeyArn.AccountId);
        }

        foreach (var change in commit.Grants)
        {
            Check(change.KeyArn.AccountId);
        }
    }

    private static KmsKey? One(List<KmsKey> rows, KeyArn arn) => rows.Count == 1 && rows[0].Arn == arn ? rows[0] : null;

    private List<KmsKey> Keys(string where, AwsAccountId account, AwsRegion? region, params object[] more) =>
        Records("kms_keys", static record => KmsRecordJson.ReadKey(record), where, account, region, more);

    private List<KmsAlias> Aliases(string where, AwsAccountId account, AwsRegion region, params object[] more) =>
        Records("kms_aliases", static record => KmsRecordJson.ReadAlias(record), where, account, region, more);

    private List<KmsCustomKeyStore> CustomKeyStores(string where, AwsAccountId account, AwsRegion region, params object[] more) =>
        Records("kms_custom_key_stores", static record => KmsRecordJson.ReadCustomKeyStore(record), where, account, region, more);

    // The records a query of one table returns, each remembering the version it was read at.
    private List<T> Records<T>(string table, Func<byte[], T> read, string where, AwsAccountId account, AwsRegion? region, object[] more)
        where T : class
    {
        var records = new List<T>();
        foreach (var (bytes, version) in Rows($"SELECT record, version FROM {table} {where}", Arguments(account, region, more)))
        {
            var record = read(bytes);
            Remember(record, version);
            records.Add(record);
        }

        return records;
    }

    private static object[] Arguments(AwsAccountId account, AwsRegion? region, object[] more) =>
        region is { } known ? [account.ToString(), known.ToString(), .. more] : [account.ToString(), .. more];

    private List<(byte[] Record, long Version)> Rows(string sql, params object[] arguments)
    {
        var rows = new List<(byte[], long)>();
        try
        {
            using var command = _data.CreateCommand(sql);
            foreach (var argument in arguments)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = argument, NpgsqlDbType = argument is long ? NpgsqlDbType.Bigint : NpgsqlDbType.Text });
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(((byte[])reader.GetValue(0), reader.GetInt64(1)));
            }
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            throw new IOException($"The PostgreSQL key store cannot be reached: {e.Message}", e);
        }

        return rows;
    }
}
