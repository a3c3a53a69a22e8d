using System.Threading.Tasks;
using Amazon.KeyManagementService.Model;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Sdk;

public class KeyBasicsTests
{
    [Fact]
    public async Task CreateKey_NoOptions_ReturnsEnabledSymmetricKey()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();

        var created = await client.CreateKeyAsync(new CreateKeyRequest());

        var metadata = created.KeyMetadata;
        metadata.KeyState.Value.ShouldBe("Enabled");
        metadata.Enabled.ShouldBe(true);
        metadata.AWSAccountId.ShouldBe(KmsTestServer.AccountId);
        metadata.Arn.ShouldBe($"arn:aws:kms:us-east-1:111122223333:key/{metadata.KeyId}");
        metadata.CreationDate.ShouldBe(FakeClock.DefaultStart.UtcDateTime);
        metadata.KeySpec.Value.ShouldBe("SYMMETRIC_DEFAULT");
        metadata.KeyUsage.Value.ShouldBe("ENCRYPT_DECRYPT");
        metadata.Origin.Value.ShouldBe("AWS_KMS");
        metadata.KeyManager.Value.ShouldBe("CUSTOMER");
        metadata.EncryptionAlgorithms.ShouldBe(["SYMMETRIC_DEFAULT"]);
        metadata.MultiRegion.ShouldBe(false);
        metadata.Description.ShouldBe(string.Empty);
    }

    [Fact]
    public async Task DisableKey_ThenEnableKey_RoundTripsState()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var keyId = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;

        await client.DisableKeyAsync(new DisableKeyRequest { KeyId = keyId });
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId })).KeyMetadata.KeyState.Value.ShouldBe("Disabled");

        await client.EnableKeyAsync(new EnableKeyRequest { KeyId = keyId });
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId })).KeyMetadata.KeyState.Value.ShouldBe("Enabled");
    }

    [Fact]
    public async Task DescribeKey_UnknownKeyId_ThrowsNotFoundWithKeyArn()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();

        var error = await Should.ThrowAsync<NotFoundException>(
            () => client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = "1234abcd-12ab-34cd-56ef-1234567890ab" }));

        error.Message.ShouldBe("Key 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' does not exist");
        error.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        error.ErrorCode.ShouldBe("NotFoundException");
    }
}
