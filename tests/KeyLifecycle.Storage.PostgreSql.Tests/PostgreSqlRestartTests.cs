using KeyLifecycle.Storage.Tests;

namespace KeyLifecycle.Storage.PostgreSql.Tests;

/// <summary>The restart contract for <see cref="PostgreSqlKmsKeyStore"/>: the same schema, opened by a new store instance, as by a new process.</summary>
public sealed class PostgreSqlRestartTests : RestartContract<PostgreSqlKmsKeyStore>
{
    protected override PostgreSqlKmsKeyStore Open(string place) => PostgreSqlKmsKeyStore.Open(place);

    protected override string NewPlace() => PostgresServer.NewSchema();
}
