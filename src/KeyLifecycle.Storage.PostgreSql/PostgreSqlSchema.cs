using System;
using Npgsql;

namespace KeyLifecycle.Storage.PostgreSql;

// The tables, versioned in kms_schema: each migration takes them from its index to the next version, in one transaction
// with the version change, under an advisory lock so that processes opening the store together migrate once.
internal static class PostgreSqlSchema
{
    private const long MigrationLock = 0x4B4D535F53544F52;   // "KMS_STOR"

    private static readonly string[] s_migrations =
    [
        // 0 -> 1: one row per record, the JSON document KmsRecordJson writes, with a version for compare-and-swap; keys
        // also carry the time their next change on their own falls due, indexed, so that nothing scans for due keys.
        """
        CREATE TABLE kms_keys (
            account text COLLATE "C" NOT NULL, region text COLLATE "C" NOT NULL, key_id text COLLATE "C" NOT NULL,
            record bytea NOT NULL, version bigint NOT NULL, due_ticks bigint,
            PRIMARY KEY (account, region, key_id));
        CREATE INDEX kms_keys_due ON kms_keys (account, due_ticks, key_id) WHERE due_ticks IS NOT NULL;
        CREATE TABLE kms_key_materials (
            account text COLLATE "C" NOT NULL, region text COLLATE "C" NOT NULL, key_id text COLLATE "C" NOT NULL,
            record bytea NOT NULL, PRIMARY KEY (account, region, key_id));
        CREATE TABLE kms_key_policies (
            account text COLLATE "C" NOT NULL, region text COLLATE "C" NOT NULL, key_id text COLLATE "C" NOT NULL,
            record bytea NOT NULL, PRIMARY KEY (account, region, key_id));
        CREATE TABLE kms_aliases (
            account text COLLATE "C" NOT NULL, region text COLLATE "C" NOT NULL, name text COLLATE "C" NOT NULL,
            record bytea NOT NULL, version bigint NOT NULL, PRIMARY KEY (account, region, name));
        CREATE TABLE kms_custom_key_stores (
            account text COLLATE "C" NOT NULL, region text COLLATE "C" NOT NULL, id text COLLATE "C" NOT NULL,
            name text NOT NULL, record bytea NOT NULL, version bigint NOT NULL,
            PRIMARY KEY (account, region, id), UNIQUE (account, region, name));
        """,

        // 1 -> 2: the import parameters GetParametersForImport issued, by key and token ID (the token's hash), with their
        // issue time for order; never updated, so without a version.
        """
        CREATE TABLE kms_import_sessions (
            account text COLLATE "C" NOT NULL, region text COLLATE "C" NOT NULL, key_id text COLLATE "C" NOT NULL,
            token_id text COLLATE "C" NOT NULL, issued_ticks bigint NOT NULL, record bytea NOT NULL,
            PRIMARY KEY (account, region, key_id, token_id));
        """,

        // 2 -> 3: the grants on keys, by key and grant ID, with a version for compare-and-swap (CreateGrant retried by
        // name replaces a grant), their creation time for order, and the retiring principal indexed for ListRetirableGrants.
        """
        CREATE TABLE kms_grants (
            account text COLLATE "C" NOT NULL, region text COLLATE "C" NOT NULL, key_id text COLLATE "C" NOT NULL,
            grant_id text COLLATE "C" NOT NULL, retiring_principal text COLLATE "C", created_ticks bigint NOT NULL,
            record bytea NOT NULL, version bigint NOT NULL,
            PRIMARY KEY (account, region, key_id, grant_id));
        CREATE INDEX kms_grants_retiring ON kms_grants (account, region, retiring_principal, created_ticks, grant_id) WHERE retiring_principal IS NOT NULL;
        """,
    ];

    public static int CurrentVersion => s_migrations.Length;

    public static void Migrate(NpgsqlDataSource data)
    {
        using var connection = data.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock})");
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS kms_schema (version integer NOT NULL)");
        using (var read = new NpgsqlCommand("SELECT max(version) FROM kms_schema", connection, transaction))
        {
            var version = read.ExecuteScalar() is int stored ? stored : 0;
            if (version > CurrentVersion)
            {
                throw new InvalidOperationException(
                    $"The PostgreSQL key store has schema version {version}, written by a newer KeyLifecycle.Storage.PostgreSql; this one reads up to version {CurrentVersion}.");
            }

            for (var next = version; next < CurrentVersion; next++)
            {
                Execute(connection, transaction, s_migrations[next]);
            }

            Execute(connection, transaction, $"DELETE FROM kms_schema; INSERT INTO kms_schema (version) VALUES ({Math.Max(version, CurrentVersion)})");
        }

        transaction.Commit();
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
