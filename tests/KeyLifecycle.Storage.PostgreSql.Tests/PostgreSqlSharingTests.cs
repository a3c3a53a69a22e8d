using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using KeyLifecycle.Protocol.Tests;
using KeyLifecycle.Protocol.Tests.Sdk;
using Shouldly;

namespace KeyLifecycle.Storage.PostgreSql.Tests;

/// <summary>Two endpoints over one database serve one state: what one of them issued, the other accepts.</summary>
public sealed class PostgreSqlSharingTests
{
    [PostgresFact]
    public async Task ImportParametersIssuedByOneEndpoint_ImportThroughTheOther()
    {
        var place = PostgresServer.NewSchema();
        using var firstStore = PostgreSqlKmsKeyStore.Open(place);
        using var secondStore = PostgreSqlKmsKeyStore.Open(place);
        await using var first = await KmsTestServer.StartAsync(store: firstStore);
        await using var second = await KmsTestServer.StartAsync(store: secondStore);
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();

        var keyId = (await firstClient.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata.KeyId;
        var parameters = await firstClient.GetParametersForImportAsync(new GetParametersForImportRequest
        {
            KeyId = keyId, WrappingAlgorithm = AlgorithmSpec.RSAES_OAEP_SHA_256, WrappingKeySpec = WrappingKeySpec.RSA_2048,
        });

        await secondClient.ImportKeyMaterialAsync(new ImportKeyMaterialRequest
        {
            KeyId = keyId,
            ImportToken = new MemoryStream(parameters.ImportToken.ToArray()),
            EncryptedKeyMaterial = KeyMaterial.WrapOaepSha256(parameters.PublicKey.ToArray(), RandomNumberGenerator.GetBytes(32)),
            ExpirationModel = ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE,
        });

        (await firstClient.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId })).KeyMetadata.KeyState.Value.ShouldBe("Enabled");
    }
}
