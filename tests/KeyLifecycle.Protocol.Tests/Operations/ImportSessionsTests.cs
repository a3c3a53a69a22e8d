using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Storage;
using KeyLifecycle.Protocol.Tests.Sdk;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Operations;

/// <summary>
/// Import parameters are records of the store: GetParametersForImport adds them, ImportKeyMaterial finds them by the
/// token's hash, and a key keeps at most <see cref="Protocol.Operations.ImportOperations.MaxParametersPerKey"/> of them, the
/// oldest dropped for a newer one and the expired dropped too. AWS documents no limit and no supersession ("Each public key
/// and import token set is valid for 24 hours", API_GetParametersForImport); the bound is the project's, so that a loop
/// of calls cannot grow the store. A dropped token is then one the endpoint does not know: "The request was rejected
/// because the provided import token is invalid or is associated with a different KMS key." (InvalidImportTokenException,
/// API_ImportKeyMaterial).
/// </summary>
public class ImportSessionsTests
{
    private const int Kept = Protocol.Operations.ImportOperations.MaxParametersPerKey;

    [Fact]
    public async Task NewParameters_DropTheKeysExpiredAndOldest_AndOnlyThose()
    {
        var store = new InMemoryKmsKeyStore();
        await using var kms = await KmsTestServer.StartAsync(store: store);
        using var client = kms.CreateClient();
        var keyId = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata.KeyId;
        var otherId = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata.KeyId;
        var arn = KeyArn.Parse($"arn:aws:kms:us-east-1:{KmsTestServer.AccountId}:key/{keyId}");
        var otherArn = KeyArn.Parse($"arn:aws:kms:us-east-1:{KmsTestServer.AccountId}:key/{otherId}");
        using var rsa = RSA.Create(2048);
        var now = kms.Clock.GetUtcNow();

        // Tokens 0-2 expired a second ago; 10 to 10 + Kept - 1 are live, issued a second apart, oldest first; the other key has one.
        var expired = Enumerable.Range(0, 3).Select(token => Session(arn, rsa, token, now.AddHours(-24).AddSeconds(-1))).ToList();
        var live = Enumerable.Range(10, Kept).Select(token => Session(arn, rsa, token, now.AddSeconds(token - 10 - Kept))).ToList();
        var others = Session(otherArn, rsa, 255, now.AddHours(-24).AddSeconds(-1));
        var commit = new KeyStoreCommit().AddImportSession(others);
        foreach (var session in expired.Concat(live))
        {
            commit.AddImportSession(session);
        }

        store.TryCommit(commit).ShouldBeTrue();

        var issued = await client.GetParametersForImportAsync(new GetParametersForImportRequest
        {
            KeyId = keyId, WrappingAlgorithm = AlgorithmSpec.RSAES_OAEP_SHA_256, WrappingKeySpec = WrappingKeySpec.RSA_2048,
        });

        store.ListImportSessions(arn).Select(session => session.TokenId)
            .ShouldBe([.. live.Skip(1).Select(session => session.TokenId), ImportSessionRecord.TokenIdOf(issued.ImportToken.ToArray())]);
        store.ListImportSessions(otherArn).Single().ShouldBeSameAs(others);

        // The oldest live token is now unknown; the next oldest is still good.
        await SdkErrors.ShouldFailAsync<InvalidImportTokenException>(
            () => ImportAsync(client, keyId, [10], rsa),
            "InvalidImportTokenException",
            "The request was rejected because the provided import token is invalid or is associated with a different KMS key.");
        (await ImportAsync(client, keyId, [11], rsa)).KeyId.ShouldBe(arn.ToString());
    }

    [Fact]
    public async Task AKeysParameters_GoWithTheKey()
    {
        var store = new InMemoryKmsKeyStore();
        await using var kms = await KmsTestServer.StartAsync(store: store);
        using var client = kms.CreateClient();
        var keyId = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata.KeyId;
        var arn = KeyArn.Parse($"arn:aws:kms:us-east-1:{KmsTestServer.AccountId}:key/{keyId}");
        await client.GetParametersForImportAsync(new GetParametersForImportRequest
        {
            KeyId = keyId, WrappingAlgorithm = AlgorithmSpec.RSAES_OAEP_SHA_256, WrappingKeySpec = WrappingKeySpec.RSA_2048,
        });
        store.ListImportSessions(arn).Count.ShouldBe(1);

        await client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 7 });
        kms.Clock.Advance(TimeSpan.FromDays(7));
        await Should.ThrowAsync<NotFoundException>(() => client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId }));

        store.ListImportSessions(arn).ShouldBeEmpty();
    }

    private static ImportSessionRecord Session(KeyArn key, RSA rsa, int token, DateTimeOffset issuedAt) => new(
        key, ImportSessionRecord.TokenIdOf([(byte)token]), "RSAES_OAEP_SHA_256", rsa.ExportPkcs8PrivateKey(), issuedAt, issuedAt.AddHours(24));

    private static Task<ImportKeyMaterialResponse> ImportAsync(AmazonKeyManagementServiceClient client, string keyId, byte[] token, RSA rsa) =>
        client.ImportKeyMaterialAsync(new ImportKeyMaterialRequest
        {
            KeyId = keyId,
            ImportToken = new MemoryStream(token),
            EncryptedKeyMaterial = KeyMaterial.WrapOaepSha256(rsa.ExportSubjectPublicKeyInfo(), RandomNumberGenerator.GetBytes(32)),
            ExpirationModel = ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE,
        });
}
