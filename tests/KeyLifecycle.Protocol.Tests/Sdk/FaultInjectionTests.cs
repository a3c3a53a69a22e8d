using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Sdk;

public class FaultInjectionTests
{
    [Fact]
    public async Task EveryNth_FailsEveryNthCallOfTheOperationOnly()
    {
        await using var kms = await KmsTestServer.StartAsync(options =>
            options.Faults.Add(new KmsFaultRule { Operation = "DescribeKey", Kind = ServiceFaultKind.Throttling, EveryNth = 2 }));
        using var client = kms.CreateClient();
        var keyId = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;

        await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId });
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId }), "ThrottlingException", "Rate exceeded");
        await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId });
        await client.DisableKeyAsync(new DisableKeyRequest { KeyId = keyId });
    }

    [Fact]
    public async Task Probability1_FailsEveryCall_WithTheModeledExceptionAndStatus()
    {
        await using var kms = await KmsTestServer.StartAsync(options =>
        {
            options.Faults.Add(new KmsFaultRule { Operation = "EnableKey", Kind = ServiceFaultKind.DependencyTimeout, Probability = 1 });
            options.Faults.Add(new KmsFaultRule { Operation = "DisableKey", Kind = ServiceFaultKind.InternalError, Probability = 1 });
            options.Faults.Add(new KmsFaultRule { Operation = "CreateAlias", Kind = ServiceFaultKind.LimitExceeded, Probability = 1 });
        });
        using var client = kms.CreateClient();
        var keyId = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;

        await SdkErrors.ShouldFailAsync<DependencyTimeoutException>(
            () => client.EnableKeyAsync(new EnableKeyRequest { KeyId = keyId }), "DependencyTimeoutException",
            "The service is temporarily unable to access a dependency. Please retry.", 503);
        await SdkErrors.ShouldFailAsync<KMSInternalException>(
            () => client.DisableKeyAsync(new DisableKeyRequest { KeyId = keyId }), "KMSInternalException", "An internal error occurred. Please retry.", 500);
        await SdkErrors.ShouldFailAsync<LimitExceededException>(
            () => client.CreateAliasAsync(new CreateAliasRequest { AliasName = "alias/x", TargetKeyId = keyId }), "LimitExceededException",
            "The request was rejected because a quota was exceeded.");
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId })).KeyMetadata.KeyState.Value.ShouldBe("Enabled");
    }

    [Fact]
    public async Task UnknownOperationInARule_FailsAtStartup() =>
        await Should.ThrowAsync<System.InvalidOperationException>(() => KmsTestServer.StartAsync(options =>
            options.Faults.Add(new KmsFaultRule { Operation = "Frobnicate", EveryNth = 1 })));
}
