namespace KeyLifecycle.Storage.Sqlite;

/// <summary>How a <see cref="SqliteKmsKeyStore"/> writes its file.</summary>
public sealed record SqliteKmsKeyStoreOptions
{
    /// <summary>
    /// Whether each commit waits until the write-ahead log is on the disk (SQLite's <c>synchronous=FULL</c>) rather than
    /// in the operating system's cache (<c>synchronous=NORMAL</c>, the default).
    /// </summary>
    /// <remarks>
    /// Either way no acknowledged change is lost when the process is killed, since the operating system still writes what
    /// it holds. On power loss or an operating system crash, <c>NORMAL</c> may lose the last commits before it (the file
    /// stays consistent: a commit is there whole or not at all); <c>FULL</c> loses none, and costs a disk flush per commit.
    /// </remarks>
    public bool FlushEachCommit { get; init; }
}
