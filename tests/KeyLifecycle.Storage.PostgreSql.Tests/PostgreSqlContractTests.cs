using System;
using System.Collections.Generic;
using KeyLifecycle.Protocol.Storage;
using KeyLifecycle.Protocol.Tests.Storage;

namespace KeyLifecycle.Storage.PostgreSql.Tests;

/// <summary>The store contract for <see cref="PostgreSqlKmsKeyStore"/>, each store in a schema of its own.</summary>
public sealed class PostgreSqlContractTests : KmsKeyStoreContract, IDisposable
{
    private readonly PostgreSqlStores _stores = new();

    protected override IKmsKeyStore NewStore() => _stores.New();

    public void Dispose() => _stores.Dispose();
}

/// <summary>The ordered-index properties for <see cref="PostgreSqlKmsKeyStore"/>: pages and due keys as the list model says.</summary>
public sealed class PostgreSqlStoreIndexTests : StoreIndexContract, IDisposable
{
    private readonly PostgreSqlStores _stores = new();

    protected override IKmsKeyStore NewStore() => _stores.New();

    public void Dispose() => _stores.Dispose();
}

/// <summary>New stores, each in a new schema; a property's many cases each take one, so only the latest few stay open.</summary>
internal sealed class PostgreSqlStores : IDisposable
{
    private readonly List<PostgreSqlKmsKeyStore> _open = [];

    public PostgreSqlKmsKeyStore New()
    {
        if (_open.Count >= 4)
        {
            _open[0].Dispose();
            _open.RemoveAt(0);
        }

        var store = PostgreSqlKmsKeyStore.Open(PostgresServer.NewSchema());
        _open.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _open)
        {
            store.Dispose();
        }
    }
}
