using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Storage;
using Microsoft.Data.Sqlite;

namespace KeyLifecycle.Storage.Sqlite;

// The file behind a SqliteKmsKeyStore: it writes each commit as one transaction and, when the store opens, reads every
// record back. Used by one thread at a time (the in-memory store serializes commits while a journal is attached).
internal sealed class SqliteJournal : IKmsCommitJournal, IDisposable
{
    private const int SqliteBusy = 5;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    private readonly SqliteConnection _connection;
    private readonly Statement _upsertKey;
    private readonly Statement _deleteKey;
    private readonly Statement _deleteKeyMaterial;
    private readonly Statement _deleteKeyPolicy;
    private readonly Statement _upsertKeyMaterial;
    private readonly Statement _upsertKeyPolicy;
    private readonly Statement _upsertAlias;
    private readonly Statement _deleteAlias;
    private readonly Statement _upsertCustomKeyStore;
    private readonly Statement _deleteCustomKeyStore;
    private readonly Statement _insertImportSession;
    private readonly Statement _deleteImportSession;
    private readonly Statement _deleteImportSessions;
    private readonly Statement _upsertGrant;
    private readonly Statement _deleteGrant;
    private readonly Statement _deleteGrants;
    private bool _loading;
    private bool _disposed;

    private SqliteJournal(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
        _upsertKey = new(connection, "INSERT INTO keys (arn, account, record) VALUES ($arn, $account, $record) ON CONFLICT (arn) DO UPDATE SET record = excluded.record", "$arn", "$account", "$record");
        _deleteKey = new(connection, "DELETE FROM keys WHERE arn = $arn", "$arn");
        _deleteKeyMaterial = new(connection, "DELETE FROM key_materials WHERE arn = $arn", "$arn");
        _deleteKeyPolicy = new(connection, "DELETE FROM key_policies WHERE arn = $arn", "$arn");
        _upsertKeyMaterial = new(connection, "INSERT INTO key_materials (arn, record) VALUES ($arn, $record) ON CONFLICT (arn) DO UPDATE SET record = excluded.record", "$arn", "$record");
        _upsertKeyPolicy = new(connection, "INSERT INTO key_policies (arn, record) VALUES ($arn, $record) ON CONFLICT (arn) DO UPDATE SET record = excluded.record", "$arn", "$record");
        _upsertAlias = new(connection, "INSERT INTO aliases (arn, account, record) VALUES ($arn, $account, $record) ON CONFLICT (arn) DO UPDATE SET record = excluded.record", "$arn", "$account", "$record");
        _deleteAlias = new(connection, "DELETE FROM aliases WHERE arn = $arn", "$arn");
        _upsertCustomKeyStore = new(connection, "INSERT INTO custom_key_stores (account, region, id, record) VALUES ($account, $region, $id, $record) ON CONFLICT (account, region, id) DO UPDATE SET record = excluded.record", "$account", "$region", "$id", "$record");
        _deleteCustomKeyStore = new(connection, "DELETE FROM custom_key_stores WHERE account = $account AND region = $region AND id = $id", "$account", "$region", "$id");
        _insertImportSession = new(connection, "INSERT INTO import_sessions (key_arn, token_id, record) VALUES ($arn, $token, $record)", "$arn", "$token", "$record");
        _deleteImportSession = new(connection, "DELETE FROM import_sessions WHERE key_arn = $arn AND token_id = $token", "$arn", "$token");
        _deleteImportSessions = new(connection, "DELETE FROM import_sessions WHERE key_arn = $arn", "$arn");
        _upsertGrant = new(connection, "INSERT INTO grants (key_arn, grant_id, retiring_principal, record) VALUES ($arn, $id, $retiring, $record) ON CONFLICT (key_arn, grant_id) DO UPDATE SET retiring_principal = excluded.retiring_principal, record = excluded.record", "$arn", "$id", "$retiring", "$record");
        _deleteGrant = new(connection, "DELETE FROM grants WHERE key_arn = $arn AND grant_id = $id", "$arn", "$id");
        _deleteGrants = new(connection, "DELETE FROM grants WHERE key_arn = $arn", "$arn");
    }

    public string Path { get; }

    public static SqliteJournal Open(string path, SqliteKmsKeyStoreOptions options)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 1,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = WAL; PRAGMA synchronous = {(options.FlushEachCommit ? "FULL" : "NORMAL")};");

            // A write takes the exclusive lock now and keeps it until the file is closed, so that a second process fails
            // here rather than at its first commit.
            SqliteSchema.Migrate(connection, path);
            Execute(connection, $"PRAGMA user_version = {SqliteSchema.CurrentVersion};");
            return new SqliteJournal(connection, path);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw e.SqliteErrorCode switch
            {
                SqliteBusy => new IOException($"The key store {path} is in use by another process.", e),
                SqliteNotADatabase => new InvalidDataException($"The key store {path} is not a SQLite database.", e),
                SqliteCantOpen => new IOException($"The key store {path} cannot be opened or created: {e.Message}", e),
                _ => new IOException($"The key store {path} cannot be opened: {e.Message}", e),
            };
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    // Reads every record into the store, one commit per account, without writing them back.
    public void LoadInto(InMemoryKmsKeyStore store)
    {
        var commits = new Dictionary<AwsAccountId, KeyStoreCommit>();
        KeyStoreCommit For(AwsAccountId account) =>
            commits.TryGetValue(account, out var commit) ? commit : commits[account] = new KeyStoreCommit();

        foreach (var record in Records("SELECT record FROM keys"))
        {
            var key = KmsRecordJson.ReadKey(record);
            For(key.AccountId).Add(key);
        }

        foreach (var record in Records("SELECT record FROM aliases"))
        {
            var alias = KmsRecordJson.ReadAlias(record);
            For(alias.Arn.AccountId).AddAlias(alias);
        }

        foreach (var record in Records("SELECT record FROM custom_key_stores"))
        {
            var customKeyStore = KmsRecordJson.ReadCustomKeyStore(record);
            For(customKeyStore.AccountId).AddCustomKeyStore(customKeyStore);
        }

        foreach (var record in Records("SELECT record FROM key_materials"))
        {
            var material = KmsRecordJson.ReadKeyMaterial(record);
            For(material.Arn.AccountId).PutKeyMaterial(material);
        }

        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT arn, record FROM key_policies";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var arn = KeyArn.TryParse(reader.GetString(0), out var parsed)
                    ? parsed
                    : throw new InvalidDataException($"A stored key policy's ARN '{reader.GetString(0)}' is not a key ARN.");
                For(arn.AccountId).PutKeyPolicy(arn, KmsRecordJson.ReadKeyPolicy((byte[])reader.GetValue(1)));
            }
        }

        foreach (var record in Records("SELECT record FROM import_sessions"))
        {
            var session = KmsRecordJson.ReadImportSession(record);
            For(session.KeyArn.AccountId).AddImportSession(session);
        }

        foreach (var record in Records("SELECT record FROM grants"))
        {
            var grant = KmsRecordJson.ReadGrant(record);
            For(grant.KeyArn.AccountId).AddGrant(grant);
        }

        _loading = true;
        try
        {
            foreach (var commit in commits.Values.Where(commit => !store.TryCommit(commit)))
            {
                throw new InvalidDataException($"The key store {Path} holds two records with one ARN: {commit.Keys.Count} keys, {commit.Aliases.Count} aliases, {commit.ImportSessions.Count} import parameters, {commit.Grants.Count} grants (or a grant whose key is missing).");
            }
        }
        finally
        {
            _loading = false;
        }
    }

    public void Write(KeyStoreCommit commit)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_loading)
        {
            return;
        }

        using var transaction = _connection.BeginTransaction();
        foreach (var change in commit.Keys)
        {
            var arn = change.Arn.ToString();
            if (change.Replacement is null)
            {
                _deleteKey.Run(transaction, arn);
                _deleteKeyMaterial.Run(transaction, arn);
                _deleteKeyPolicy.Run(transaction, arn);
                _deleteImportSessions.Run(transaction, arn);
                _deleteGrants.Run(transaction, arn);
            }
            else if (!ReferenceEquals(change.Expected, change.Replacement))
            {
                _upsertKey.Run(transaction, arn, change.Arn.AccountId.ToString(), KmsRecordJson.WriteKey(change.Replacement));
            }
        }

        foreach (var change in commit.Aliases)
        {
            if (change.Replacement is null)
            {
                _deleteAlias.Run(transaction, change.Arn.ToString());
            }
            else
            {
                _upsertAlias.Run(transaction, change.Arn.ToString(), change.Arn.AccountId.ToString(), KmsRecordJson.WriteAlias(change.Replacement));
            }
        }

        foreach (var change in commit.CustomKeyStores)
        {
            var store = change.Replacement ?? change.Expected!;
            if (change.Replacement is null)
            {
                _deleteCustomKeyStore.Run(transaction, store.AccountId.ToString(), store.Region.ToString(), store.Id);
            }
            else if (!ReferenceEquals(change.Expected, change.Replacement))
            {
                _upsertCustomKeyStore.Run(transaction, store.AccountId.ToString(), store.Region.ToString(), store.Id, KmsRecordJson.WriteCustomKeyStore(change.Replacement));
            }
        }

        foreach (var change in commit.KeyMaterials)
        {
            if (change.Replacement is null)
            {
                _deleteKeyMaterial.Run(transaction, change.Arn.ToString());
            }
            else
            {
                _upsertKeyMaterial.Run(transaction, change.Arn.ToString(), KmsRecordJson.WriteKeyMaterial(change.Replacement));
            }
        }

        foreach (var change in commit.KeyPolicies)
        {
            _upsertKeyPolicy.Run(transaction, change.Arn.ToString(), KmsRecordJson.WriteKeyPolicy(change.Policy));
        }

        foreach (var change in commit.ImportSessions)
        {
            var session = change.Session;
            if (change.Removed)
            {
                _deleteImportSession.Run(transaction, session.KeyArn.ToString(), session.TokenId);
            }
            else
            {
                _insertImportSession.Run(transaction, session.KeyArn.ToString(), session.TokenId, KmsRecordJson.WriteImportSession(session));
            }
        }

        foreach (var change in commit.Grants)
        {
            if (change.Replacement is { } grant)
            {
                _upsertGrant.Run(transaction, change.KeyArn.ToString(), change.GrantId, (object?)grant.RetiringPrincipal?.ToString() ?? DBNull.Value, KmsRecordJson.WriteGrant(grant));
            }
            else
            {
                _deleteGrant.Run(transaction, change.KeyArn.ToString(), change.GrantId);
            }
        }

        transaction.Commit();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var statement in new[] { _upsertKey, _deleteKey, _deleteKeyMaterial, _deleteKeyPolicy, _upsertKeyMaterial, _upsertKeyPolicy, _upsertAlias, _deleteAlias, _upsertCustomKeyStore, _deleteCustomKeyStore, _insertImportSession, _deleteImportSession, _deleteImportSessions, _upsertGrant, _deleteGrant, _deleteGrants })
        {
            statement.Dispose();
        }

        _connection.Dispose();
    }

    private IEnumerable<byte[]> Records(string query)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = query;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (byte[])reader.GetValue(0);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // A command prepared once and run with new values each time.
    private sealed class Statement : IDisposable
    {
        private readonly SqliteCommand _command;

        public Statement(SqliteConnection connection, string sql, params string[] parameters)
        {
            _command = connection.CreateCommand();
            _command.CommandText = sql;
            foreach (var name in parameters)
            {
                _command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
        }

        public void Run(SqliteTransaction transaction, params object[] values)
        {
            _command.Transaction = transaction;
            for (var i = 0; i < values.Length; i++)
            {
                _command.Parameters[i].Value = values[i];
            }

            _command.ExecuteNonQuery();
        }

        public void Dispose() => _command.Dispose();
    }
}
