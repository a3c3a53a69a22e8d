using System;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KeyLifecycle.Storage.Sqlite;

// The file's schema, versioned with PRAGMA user_version: each migration takes the file from its index to the next
// version, in one transaction with the version change, so a file is always at one version. A file from a newer version
// of this library is refused rather than read wrongly.
internal static class SqliteSchema
{
    private static readonly string[] s_migrations =
    [
        // 0 -> 1: one row per record, each the JSON document KmsRecordJson writes, keyed by its ARN (custom key stores
        // by account, Region and ID). The account column lets a future version load or drop one account alone.
        """
        CREATE TABLE keys (arn TEXT NOT NULL PRIMARY KEY, account TEXT NOT NULL, record BLOB NOT NULL);
        CREATE TABLE key_materials (arn TEXT NOT NULL PRIMARY KEY, record BLOB NOT NULL);
        CREATE TABLE key_policies (arn TEXT NOT NULL PRIMARY KEY, record BLOB NOT NULL);
        CREATE TABLE aliases (arn TEXT NOT NULL PRIMARY KEY, account TEXT NOT NULL, record BLOB NOT NULL);
        CREATE TABLE custom_key_stores (account TEXT NOT NULL, region TEXT NOT NULL, id TEXT NOT NULL, record BLOB NOT NULL, PRIMARY KEY (account, region, id));
        """,

        // 1 -> 2: the import parameters GetParametersForImport issued, by key ARN and token ID (the token's hash), so that
        // a token issued before a restart is still good after it.
        """
        CREATE TABLE import_sessions (key_arn TEXT NOT NULL, token_id TEXT NOT NULL, record BLOB NOT NULL, PRIMARY KEY (key_arn, token_id));
        """,

        // 2 -> 3: the grants on keys, by key ARN and grant ID, with the retiring principal indexed for ListRetirableGrants.
        """
        CREATE TABLE grants (key_arn TEXT NOT NULL, grant_id TEXT NOT NULL, retiring_principal TEXT, record BLOB NOT NULL, PRIMARY KEY (key_arn, grant_id));
        CREATE INDEX grants_by_retiring_principal ON grants (retiring_principal) WHERE retiring_principal IS NOT NULL;
        """,
    ];

    public static int CurrentVersion => s_migrations.Length;

    public static int VersionOf(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    // Brings the file to the current version.
    public static void Migrate(SqliteConnection connection, string path)
    {
        var version = VersionOf(connection);
        if (version > CurrentVersion)
        {
            throw new InvalidOperationException(
                $"The key store {path} has schema version {version}, written by a newer KeyLifecycle.Storage.Sqlite; this one reads up to version {CurrentVersion}.");
        }

        for (var next = version; next < CurrentVersion; next++)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = s_migrations[next] + $"\nPRAGMA user_version = {next + 1};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }
}
