using KeyLifecycle.Storage.Tests;

namespace KeyLifecycle.Storage.Sqlite.Tests;

/// <summary>The restart contract for <see cref="SqliteKmsKeyStore"/>: the same file, opened again.</summary>
public sealed class SqliteRestartTests : RestartContract<SqliteKmsKeyStore>, System.IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private int _files;

    protected override SqliteKmsKeyStore Open(string place) => SqliteKmsKeyStore.Open(place);

    protected override string NewPlace() => _folder.File($"kms-{_files++}.db");

    public void Dispose() => _folder.Dispose();
}
