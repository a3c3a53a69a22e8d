using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using KeyLifecycle.Protocol.Storage;
using KeyLifecycle.Storage.PostgreSql;
using KeyLifecycle.Storage.Sqlite;
using Npgsql;

namespace KeyLifecycle.Emulator;

/// <summary>The store <c>--Kms:Store</c> names: <c>memory</c> (the default), <c>sqlite:&lt;file&gt;</c> or <c>postgres:&lt;connection string&gt;</c>.</summary>
/// <param name="SqlitePath">The SQLite file, or <see langword="null"/>.</param>
/// <param name="PostgresConnection">The PostgreSQL connection string, or <see langword="null"/>.</param>
internal sealed record EmulatorStore(string? SqlitePath, string? PostgresConnection)
{
    private const string SqlitePrefix = "sqlite:";
    private const string PostgresPrefix = "postgres:";

    public const string Usage = "memory, sqlite:<file> or postgres:<connection string>";

    /// <summary>The store as the banner and <c>GET /_kms/health</c> name it: <c>memory</c>, <c>sqlite:&lt;full path&gt;</c>, or <c>postgres:</c> and the connection string without its password.</summary>
    public string Name => SqlitePath is not null ? SqlitePrefix + SqlitePath
        : PostgresConnection is not null ? PostgresPrefix + new NpgsqlConnectionStringBuilder(PostgresConnection) { Password = null }.ToString()
        : "memory";

    public static bool TryParse(string? value, [NotNullWhen(true)] out EmulatorStore? store)
    {
        var text = value?.Trim();
        store = null;
        if (string.IsNullOrEmpty(text) || string.Equals(text, "memory", StringComparison.OrdinalIgnoreCase))
        {
            store = new EmulatorStore(null, null);
        }
        else if (text.StartsWith(SqlitePrefix, StringComparison.OrdinalIgnoreCase) && text[SqlitePrefix.Length..].Trim() is { Length: > 0 } path
            && path.IndexOfAny(Path.GetInvalidPathChars()) < 0)
        {
            store = new EmulatorStore(Path.GetFullPath(path), null);
        }
        else if (text.StartsWith(PostgresPrefix, StringComparison.OrdinalIgnoreCase) && text[PostgresPrefix.Length..].Trim() is { Length: > 0 } connection
            && IsConnectionString(connection))
        {
            store = new EmulatorStore(null, connection);
        }

        return store is not null;
    }

    public static EmulatorStore Parse(string? value) =>
        TryParse(value, out var store) ? store : throw new ArgumentException($"--Kms:Store '{value}' is not {Usage}", nameof(value));

    /// <summary>Opens the store, or says in one line why it cannot.</summary>
    public (IKmsKeyStore? Store, string? Problem) TryOpen()
    {
        try
        {
            return (SqlitePath is not null ? SqliteKmsKeyStore.Open(SqlitePath)
                : PostgresConnection is not null ? PostgreSqlKmsKeyStore.Open(PostgresConnection)
                : new InMemoryKmsKeyStore(), null);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or InvalidOperationException or UnauthorizedAccessException or ArgumentException)
        {
            return (null, $"--Kms:Store: {exception.Message}");
        }
    }

    private static bool IsConnectionString(string text)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(text).Host is { Length: > 0 };
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
