using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Storage;
using KeyLifecycle.Protocol.Tests;
using KeyLifecycle.Protocol.Tests.Sdk;
using Microsoft.Data.Sqlite;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Storage.Sqlite.Tests;

/// <summary>What the SQLite store adds to the contract: the file is its own, a failed write applies nothing, the schema is versioned and migrated, damaged rows are named, import parameters outlive the process, and what falls due while it is closed is applied once it is open again.</summary>
public class SqliteKmsKeyStoreTests
{
    private static readonly DateTimeOffset s_created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly KeyArn s_arn = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");

    [Fact]
    public void ASecondOpenOfTheFile_IsRefused_UntilTheFirstCloses()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("kms.db");
        using (var first = SqliteKmsKeyStore.Open(path))
        {
            first.TryAdd(KmsKey.Create(s_arn, s_created)).ShouldBeTrue();
            Should.Throw<IOException>(() => SqliteKmsKeyStore.Open(path)).Message.ShouldBe($"The key store {path} is in use by another process.");
        }

        using var second = SqliteKmsKeyStore.Open(path);
        second.FindKey(s_arn).ShouldBe(KmsKey.Create(s_arn, s_created));
    }

    [Fact]
    public void ACommitThatCannotBeWritten_IsNotApplied()
    {
        using var folder = new TemporaryFolder();
        var store = SqliteKmsKeyStore.Open(folder.File("kms.db"));
        store.Dispose();

        Should.Throw<ObjectDisposedException>(() => store.TryAdd(KmsKey.Create(s_arn, s_created)));
        store.FindKey(s_arn).ShouldBeNull();
    }

    [Fact]
    public void AFileInAFolderThatDoesNotExist_IsAnIOException() =>
        Should.Throw<IOException>(() => SqliteKmsKeyStore.Open("/nonexistent-folder-of-keylifecycle/kms.db")).Message
            .ShouldStartWith("The key store /nonexistent-folder-of-keylifecycle/kms.db cannot be opened or created:");

    [Fact]
    public void AFileThatIsNotADatabase_IsRefused_AndLeftAsItIs()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("notes.txt");
        File.WriteAllText(path, new string('x', 4096));

        Should.Throw<InvalidDataException>(() => SqliteKmsKeyStore.Open(path)).Message.ShouldBe($"The key store {path} is not a SQLite database.");
        File.ReadAllText(path).ShouldBe(new string('x', 4096));
    }

    [Fact]
    public void AFileFromANewerSchema_IsRefused_AndLeftAsItIs()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("kms.db");
        Sql(path, "PRAGMA user_version = 99;");

        Should.Throw<InvalidOperationException>(() => SqliteKmsKeyStore.Open(path)).Message.ShouldBe(
            $"The key store {path} has schema version 99, written by a newer KeyLifecycle.Storage.Sqlite; this one reads up to version 3.");
        Sql(path, "PRAGMA user_version;").ShouldBe(99L);
    }

    [Fact]
    public void ANewFile_IsAtTheCurrentSchemaVersion_WithItsTables()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("kms.db");
        SqliteKmsKeyStore.Open(path).Dispose();

        Sql(path, "PRAGMA user_version;").ShouldBe(3L);
        Sql(path, "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name);")
            .ShouldBe("aliases,custom_key_stores,grants,import_sessions,key_materials,key_policies,keys");
        Sql(path, "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name);")
            .ShouldBe("grants_by_retiring_principal");
        Sql(path, "PRAGMA journal_mode;").ShouldBe("wal");
    }

    // The schemas as earlier releases wrote them: version 1 (the first release of this store), and version 2 (the release
    // with import parameters), which added import_sessions.
    private const string SchemaVersion1 = """
        CREATE TABLE keys (arn TEXT NOT NULL PRIMARY KEY, account TEXT NOT NULL, record BLOB NOT NULL);
        CREATE TABLE key_materials (arn TEXT NOT NULL PRIMARY KEY, record BLOB NOT NULL);
        CREATE TABLE key_policies (arn TEXT NOT NULL PRIMARY KEY, record BLOB NOT NULL);
        CREATE TABLE aliases (arn TEXT NOT NULL PRIMARY KEY, account TEXT NOT NULL, record BLOB NOT NULL);
        CREATE TABLE custom_key_stores (account TEXT NOT NULL, region TEXT NOT NULL, id TEXT NOT NULL, record BLOB NOT NULL, PRIMARY KEY (account, region, id));
        """;

    private const string SchemaVersion2Addition = """
        CREATE TABLE import_sessions (key_arn TEXT NOT NULL, token_id TEXT NOT NULL, record BLOB NOT NULL, PRIMARY KEY (key_arn, token_id));
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void AFileOfAnEarlierSchemaVersion_IsMigrated_AndKeepsItsKeys(int version)
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("kms.db");

        // The earlier schema with one key row.
        Sql(path, SchemaVersion1 + (version == 2 ? SchemaVersion2Addition : string.Empty) + $"PRAGMA user_version = {version};");
        var key = KmsKey.Create(s_arn, s_created);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO keys (arn, account, record) VALUES ($arn, '111122223333', $record)";
            insert.Parameters.AddWithValue("$arn", s_arn.ToString());
            insert.Parameters.AddWithValue("$record", KmsRecordJson.WriteKey(key));
            insert.ExecuteNonQuery();
        }

        using (var store = SqliteKmsKeyStore.Open(path))
        {
            store.FindKey(s_arn).ShouldBe(key);
            store.ListImportSessions(s_arn).ShouldBeEmpty();
            store.ListGrants(s_arn).ShouldBeEmpty();
        }

        Sql(path, "PRAGMA user_version;").ShouldBe(3L);
        Sql(path, "SELECT count(*) FROM import_sessions;").ShouldBe(0L);
        Sql(path, "SELECT count(*) FROM grants;").ShouldBe(0L);
    }

    [Fact]
    public async Task Grants_SurviveARestart_MemberForMember_AndTheirTokensStillRetireThem()
    {
        using var folder = new TemporaryFolder();
        string keyArn = "";
        CreateGrantResponse named = null!;
        CreateGrantResponse retried = null!;
        CreateGrantResponse other = null!;
        string before = "";

        await AcrossARestartAsync(
            folder.File("kms.db"),
            async first =>
            {
                using var client = first.CreateClient();
                keyArn = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.Arn;
                var request = new CreateGrantRequest
                {
                    KeyId = keyArn,
                    GranteePrincipal = "arn:aws:iam::111122223333:role/app",
                    RetiringPrincipal = "arn:aws:iam::111122223333:user/retirer",
                    Operations = [GrantOperation.Decrypt, GrantOperation.RetireGrant],
                    Constraints = new GrantConstraints { EncryptionContextEquals = new() { ["purpose"] = "restart" } },
                    Name = "kept",
                };
                named = await client.CreateGrantAsync(request);
                retried = await client.CreateGrantAsync(request);
                first.Clock.Advance(TimeSpan.FromSeconds(1));
                other = await client.CreateGrantAsync(new CreateGrantRequest { KeyId = keyArn, GranteePrincipal = "arn:aws:iam::111122223333:user/other", Operations = [GrantOperation.Encrypt] });
                before = Listed(await client.ListGrantsAsync(new ListGrantsRequest { KeyId = keyArn }));
            },
            async (second, reopened) =>
            {
                using var client = second.CreateClient();
                Listed(await client.ListGrantsAsync(new ListGrantsRequest { KeyId = keyArn })).ShouldBe(before);
                reopened.ListGrants(KeyArn.Parse(keyArn)).Select(grant => grant.GrantId).ShouldBe([named.GrantId, other.GrantId]);
                reopened.ListGrants(KeyArn.Parse(keyArn))[0].GrantTokens.ShouldBe([named.GrantToken, retried.GrantToken]);
                (await client.ListRetirableGrantsAsync(new ListRetirableGrantsRequest { RetiringPrincipal = "arn:aws:iam::111122223333:user/retirer" }))
                    .Grants.Select(grant => grant.GrantId).ShouldBe([named.GrantId]);

                await client.RetireGrantAsync(new RetireGrantRequest { GrantToken = retried.GrantToken });
                await client.RevokeGrantAsync(new RevokeGrantRequest { KeyId = keyArn, GrantId = other.GrantId });
                (await client.ListGrantsAsync(new ListGrantsRequest { KeyId = keyArn })).Grants.ShouldBeEmpty();
            });

        // What was retired and revoked after the restart stays gone.
        using var third = SqliteKmsKeyStore.Open(folder.File("kms.db"));
        third.ListGrants(KeyArn.Parse(keyArn)).ShouldBeEmpty();
    }

    [Fact]
    public async Task GrantsOfADeletedKey_AreGoneFromTheFile()
    {
        using var folder = new TemporaryFolder();
        string keyArn = "";
        await AcrossARestartAsync(
            folder.File("kms.db"),
            async first =>
            {
                using var client = first.CreateClient();
                keyArn = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.Arn;
                await client.CreateGrantAsync(new CreateGrantRequest { KeyId = keyArn, GranteePrincipal = "arn:aws:iam::111122223333:role/app", Operations = [GrantOperation.Decrypt] });
                await client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyArn, PendingWindowInDays = 7 });
                first.Clock.Advance(TimeSpan.FromDays(7));
                await SdkErrors.ShouldFailAsync<NotFoundException>(
                    () => client.ListGrantsAsync(new ListGrantsRequest { KeyId = keyArn }), "NotFoundException", $"Key '{keyArn}' does not exist");
            },
            (_, reopened) =>
            {
                reopened.ListGrants(KeyArn.Parse(keyArn)).ShouldBeEmpty();
                return Task.CompletedTask;
            });

        Sql(folder.File("kms.db"), "SELECT count(*) FROM grants;").ShouldBe(0L);
    }

    // Every member of every entry, as the SDK reads them.
    private static string Listed(ListGrantsResponse response) => string.Join("\n", response.Grants.Select(grant =>
        $"{grant.KeyId} {grant.GrantId} {grant.Name} {grant.CreationDate:O} {grant.GranteePrincipal} {grant.RetiringPrincipal} {grant.IssuingAccount} "
        + $"{string.Join(",", grant.Operations)} {string.Join(",", grant.Constraints?.EncryptionContextEquals ?? [])} {string.Join(",", grant.Constraints?.EncryptionContextSubset ?? [])}"));

    [Fact]
    public async Task ImportParametersIssuedBeforeARestart_ImportAfterIt_UntilTheyExpire()
    {
        using var folder = new TemporaryFolder();
        string keyId = "";
        GetParametersForImportResponse parameters = null!;
        ImportKeyMaterialRequest Import() => new()
        {
            KeyId = keyId,
            ImportToken = new MemoryStream(parameters.ImportToken.ToArray()),
            EncryptedKeyMaterial = KeyMaterial.WrapOaepSha256(parameters.PublicKey.ToArray(), RandomNumberGenerator.GetBytes(32)),
            ExpirationModel = ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE,
        };

        await AcrossARestartAsync(
            folder.File("kms.db"),
            async first =>
            {
                using var client = first.CreateClient();
                keyId = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata.KeyId;
                parameters = await client.GetParametersForImportAsync(new GetParametersForImportRequest
                {
                    KeyId = keyId, WrappingAlgorithm = AlgorithmSpec.RSAES_OAEP_SHA_256, WrappingKeySpec = WrappingKeySpec.RSA_2048,
                });
            },
            async (second, _) =>
            {
                using var client = second.CreateClient();
                second.Clock.Advance(TimeSpan.FromHours(23));
                await client.ImportKeyMaterialAsync(Import());
                (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId })).KeyMetadata.KeyState.Value.ShouldBe("Enabled");

                // ExpiredImportTokenException: the parameters kept their ValidTo across the restart.
                second.Clock.Advance(TimeSpan.FromHours(1));
                await SdkErrors.ShouldFailAsync<ExpiredImportTokenException>(
                    () => client.ImportKeyMaterialAsync(Import()),
                    "ExpiredImportTokenException",
                    "The request was rejected because the specified import token is expired. Use GetParametersForImport to get a new import token and public key, use the new public key to encrypt the key material, and then try the request again.");
            });
    }

    [Theory]
    [InlineData("{\"v\":2}", "A stored key cannot be read: format version 2, not 1")]
    [InlineData("not json", "A stored key cannot be read: ...")]
    [InlineData("{\"v\":1,\"arn\":\"arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\",\"keyUsage\":\"ENCRYPT_DECRYPT\",\"keySpec\":\"SYMMETRIC_DEFAULT\",\"origin\":\"AWS_KMS\",\"keyManager\":\"CUSTOMER\",\"state\":\"Sleeping\"}",
        "A stored key's state 'Sleeping' is not a wire name the service uses.")]
    [InlineData("{\"v\":1,\"arn\":\"arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\",\"keyUsage\":\"ENCRYPT_DECRYPT\",\"keySpec\":\"SYMMETRIC_DEFAULT\",\"origin\":\"AWS_KMS\",\"keyManager\":\"CUSTOMER\",\"state\":\"PendingDeletion\"}",
        "A stored key cannot be read: State is PendingDeletion but DeletionDate or PendingDeletionWindowInDays is missing.")]
    public void ADamagedKeyRow_IsNamed_WhenTheStoreOpens(string record, string message)
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("kms.db");
        using (var store = SqliteKmsKeyStore.Open(path))
        {
            store.TryAdd(KmsKey.Create(s_arn, s_created)).ShouldBeTrue();
        }

        Sql(path, $"UPDATE keys SET record = CAST('{record.Replace("'", "''", StringComparison.Ordinal)}' AS BLOB);");

        // A message ending in "..." is the start of one whose rest is System.Text.Json's own words.
        var refusal = Should.Throw<InvalidDataException>(() => SqliteKmsKeyStore.Open(path)).Message;
        if (message.EndsWith("...", StringComparison.Ordinal))
        {
            refusal.ShouldStartWith(message[..^3]);
        }
        else
        {
            refusal.ShouldBe(message);
        }
    }

    [Fact]
    public async Task ADeletionThatFellDueWhileTheStoreWasClosed_HasHappened_AtTheFirstRequestAfter()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("kms.db");
        string keyId = "";
        await AcrossARestartAsync(
            path,
            async first =>
            {
                using var client = first.CreateClient();
                keyId = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
                await client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 7 });
            },
            async (second, reopened) =>
            {
                reopened.FindKey(KeyArn.Parse($"arn:aws:kms:us-east-1:111122223333:key/{keyId}"))!.State.ShouldBe(KeyState.PendingDeletion);
                second.Clock.Advance(TimeSpan.FromDays(7));
                using var client = second.CreateClient();

                var missing = await Should.ThrowAsync<NotFoundException>(() => client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId }));
                missing.Message.ShouldBe($"Key 'arn:aws:kms:us-east-1:111122223333:key/{keyId}' does not exist");
            });

        // The deletion was written: the file has no key left.
        Sql(path, "SELECT count(*) FROM keys;").ShouldBe(0L);
    }

    [Fact]
    public async Task APrimaryRegionUpdate_KeepsItsStartAcrossARestart_AndEndsWhenItsDelayHasPassed()
    {
        using var folder = new TemporaryFolder();
        string keyId = "";
        await AcrossARestartAsync(
            folder.File("kms.db"),
            async first =>
            {
                using var east = first.CreateClient();
                using var west = first.CreateClient("us-west-2");
                keyId = (await east.CreateKeyAsync(new CreateKeyRequest { MultiRegion = true })).KeyMetadata.KeyId;
                await east.ReplicateKeyAsync(new ReplicateKeyRequest { KeyId = keyId, ReplicaRegion = "us-west-2" });
                first.Clock.Advance(TimeSpan.FromSeconds(5));
                (await west.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId })).KeyMetadata.KeyState.Value.ShouldBe("Enabled");
                await east.UpdatePrimaryRegionAsync(new UpdatePrimaryRegionRequest { KeyId = keyId, PrimaryRegion = "us-west-2" });
            },
            async (second, _) =>
            {
                // The test server's update delay is five seconds.
                using var east = second.CreateClient();
                using var west = second.CreateClient("us-west-2");
                second.Clock.Advance(TimeSpan.FromSeconds(4));
                (await east.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId })).KeyMetadata.KeyState.Value.ShouldBe("Updating");
                (await west.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId })).KeyMetadata.KeyState.Value.ShouldBe("Updating");

                second.Clock.Advance(TimeSpan.FromSeconds(1));
                var newPrimary = (await west.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId })).KeyMetadata;
                newPrimary.KeyState.Value.ShouldBe("Enabled");
                newPrimary.MultiRegionConfiguration.MultiRegionKeyType.Value.ShouldBe("PRIMARY");
                (await east.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId })).KeyMetadata.KeyState.Value.ShouldBe("Enabled");
            });
    }

    // Runs `before` on an endpoint over a new store in the file at `path`, closes both, and runs `after` on a new endpoint
    // over the file opened again, its clock set to where the first one stopped.
    private static async Task AcrossARestartAsync(string path, Func<KmsTestServer, Task> before, Func<KmsTestServer, SqliteKmsKeyStore, Task> after)
    {
        DateTimeOffset stoppedAt;
        using (var store = SqliteKmsKeyStore.Open(path))
        {
            await using var first = await KmsTestServer.StartAsync(store: store);
            await before(first);
            stoppedAt = first.Clock.GetUtcNow();
        }

        using var reopened = SqliteKmsKeyStore.Open(path);
        await using var second = await KmsTestServer.StartAsync(store: reopened);
        second.Clock.Advance(stoppedAt - second.Clock.GetUtcNow());
        await after(second, reopened);
    }

    private static object? Sql(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
