using System;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Storage;
using Npgsql;
using Shouldly;

namespace KeyLifecycle.Storage.PostgreSql.Tests;

/// <summary>The tables carry their schema version: an older one is migrated when a store opens, a newer one is refused.</summary>
public sealed class PostgreSqlSchemaTests
{
    private static readonly KeyArn s_arn = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");

    [PostgresFact]
    public void TablesOfSchemaVersion1_AreMigrated_AndKeepTheirKeys()
    {
        var place = PostgresServer.NewSchema();
        var key = KmsKey.Create(s_arn, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using (var store = PostgreSqlKmsKeyStore.Open(place))
        {
            store.TryAdd(key).ShouldBeTrue();
        }

        // Back to version 1 as it was released: without the import parameters and grants tables.
        Sql(place, "DROP TABLE kms_import_sessions; DROP TABLE kms_grants; UPDATE kms_schema SET version = 1;");

        using (var store = PostgreSqlKmsKeyStore.Open(place))
        {
            store.FindKey(s_arn).ShouldBe(key);
            store.ListImportSessions(s_arn).ShouldBeEmpty();
            store.ListGrants(s_arn).ShouldBeEmpty();
        }

        Sql(place, "SELECT version FROM kms_schema").ShouldBe(3);
        Sql(place, "SELECT count(*) FROM kms_import_sessions").ShouldBe(0L);
        Sql(place, "SELECT count(*) FROM kms_grants").ShouldBe(0L);

        // Back to version 2 as it was released: without the grants table; the key and its import parameters table stay.
        Sql(place, "DROP TABLE kms_grants; UPDATE kms_schema SET version = 2;");
        using (var store = PostgreSqlKmsKeyStore.Open(place))
        {
            store.FindKey(s_arn).ShouldBe(key);
            store.ListGrants(s_arn).ShouldBeEmpty();
        }

        Sql(place, "SELECT version FROM kms_schema").ShouldBe(3);
        Sql(place, "SELECT count(*) FROM kms_grants").ShouldBe(0L);
    }

    [PostgresFact]
    public void TablesOfANewerSchema_AreRefused_AndLeftAsTheyAre()
    {
        var place = PostgresServer.NewSchema();
        PostgreSqlKmsKeyStore.Open(place).Dispose();
        Sql(place, "UPDATE kms_schema SET version = 99;");

        Should.Throw<InvalidOperationException>(() => PostgreSqlKmsKeyStore.Open(place)).Message.ShouldBe(
            "The PostgreSQL key store has schema version 99, written by a newer KeyLifecycle.Storage.PostgreSql; this one reads up to version 3.");
        Sql(place, "SELECT version FROM kms_schema").ShouldBe(99);
    }

    private static object? Sql(string connectionString, string sql)
    {
        using var data = NpgsqlDataSource.Create(connectionString);
        using var command = data.CreateCommand(sql);
        return command.ExecuteScalar();
    }
}
