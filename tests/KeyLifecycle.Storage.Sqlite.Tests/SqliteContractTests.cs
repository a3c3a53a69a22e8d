using System;
using System.Collections.Generic;
using KeyLifecycle.Protocol.Storage;
using KeyLifecycle.Protocol.Tests.Storage;

namespace KeyLifecycle.Storage.Sqlite.Tests;

/// <summary>The store contract for <see cref="SqliteKmsKeyStore"/>, each store in a new file.</summary>
public sealed class SqliteContractTests : KmsKeyStoreContract, IDisposable
{
    private readonly SqliteStores _stores = new();

    protected override IKmsKeyStore NewStore() => _stores.New();

    public void Dispose() => _stores.Dispose();
}

/// <summary>The ordered-index properties for <see cref="SqliteKmsKeyStore"/>.</summary>
public sealed class SqliteStoreIndexTests : StoreIndexContract, IDisposable
{
    private readonly SqliteStores _stores = new();

    protected override IKmsKeyStore NewStore() => _stores.New();

    public void Dispose() => _stores.Dispose();
}

/// <summary>New stores, each in a new file of one temporary folder; all closed and deleted together.</summary>
internal sealed class SqliteStores : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly List<SqliteKmsKeyStore> _open = [];

    public SqliteKmsKeyStore New()
    {
        var store = SqliteKmsKeyStore.Open(_folder.File($"store-{_open.Count}.db"));
        _open.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _open)
        {
            store.Dispose();
        }

        _folder.Dispose();
    }
}
