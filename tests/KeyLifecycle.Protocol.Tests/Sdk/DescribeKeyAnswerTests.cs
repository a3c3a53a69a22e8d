using System.Threading.Tasks;
using Amazon.KeyManagementService.Model;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Sdk;

/// <summary>DescribeKey answers remembered per key record: every change to the key shows at once.</summary>
public sealed class DescribeKeyAnswerTests
{
    [Fact]
    public async Task DescribeKey_AfterEachChange_DescribesTheKeyAsChanged()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var keyId = (await client.CreateKeyAsync(new CreateKeyRequest { Description = "first" })).KeyMetadata.KeyId;

        async Task<KeyMetadata> Describe() => (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId })).KeyMetadata;

        (await Describe()).Description.ShouldBe("first");
        (await Describe()).Description.ShouldBe("first");
        await client.UpdateKeyDescriptionAsync(new UpdateKeyDescriptionRequest { KeyId = keyId, Description = "second" });
        (await Describe()).Description.ShouldBe("second");
        await client.DisableKeyAsync(new DisableKeyRequest { KeyId = keyId });
        (await Describe()).KeyState.Value.ShouldBe("Disabled");
        await client.EnableKeyAsync(new EnableKeyRequest { KeyId = keyId });
        var enabled = await Describe();
        enabled.KeyState.Value.ShouldBe("Enabled");
        enabled.Description.ShouldBe("second");
    }
}
