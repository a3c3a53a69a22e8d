using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using KeyLifecycle.Protocol.Storage;
using KeyLifecycle.Storage.Sqlite;

namespace KeyLifecycle.Emulator;

/// <summary>The store <c>--Kms:Store</c> names: <c>memory</c> (the default), or <c>sqlite:&lt;file&gt;</c>.</summary>
/// <param name="SqlitePath">The SQLite file, or <see langword="null"/> for memory.</param>
internal sealed record EmulatorStore(string? SqlitePath)
{
    private const string SqlitePrefix = "sqlite:";

    /// <summary>The store as the banner and <c>GET /_kms/health</c> name it: <c>memory</c> or <c>sqlite:&lt;full path&gt;</c>.</summary>
    public string Name => SqlitePath is null ? "memory" : SqlitePrefix + SqlitePath;

    public static bool TryParse(string? value, [NotNullWhen(true)] out EmulatorStore? store)
    {
        var text = value?.Trim();
        store = null;
        if (string.IsNullOrEmpty(text) || string.Equals(text, "memory", StringComparison.OrdinalIgnoreCase))
        {
            store = new EmulatorStore((string?)null);
        }
        else if (text.StartsWith(SqlitePrefix, StringComparison.OrdinalIgnoreCase) && text[SqlitePrefix.Length..].Trim() is { Length: > 0 } path
            && path.IndexOfAny(Path.GetInvalidPathChars()) < 0)
        {
            store = new EmulatorStore(Path.GetFullPath(path));
        }

        return store is not null;
    }

    public static EmulatorStore Parse(string? value) =>
        TryParse(value, out var store) ? store : throw new ArgumentException($"--Kms:Store '{value}' is not memory or sqlite:<file>", nameof(value));

    /// <summary>Opens the store, or says in one line why it cannot.</summary>
    public (IKmsKeyStore? Store, string? Problem) TryOpen()
    {
        if (SqlitePath is null)
        {
            return (new InMemoryKmsKeyStore(), null);
        }

        try
        {
            return (SqliteKmsKeyStore.Open(SqlitePath), null);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or InvalidOperationException or UnauthorizedAccessException)
        {
            return (null, $"--Kms:Store: {exception.Message}");
        }
    }
}
