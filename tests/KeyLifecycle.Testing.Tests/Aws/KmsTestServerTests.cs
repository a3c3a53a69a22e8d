using System;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using KeyLifecycle.Protocol;
using KeyLifecycle.Testing.Aws;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Testing.Tests.Aws;

public class KmsTestServerTests
{
    [Fact]
    public async Task StartAsync_ServesKmsOnAFreeLoopbackPort()
    {
        await using var kms = await KmsTestServer.StartAsync();
        await using var other = await KmsTestServer.StartAsync();

        kms.Url.Host.ShouldBe("127.0.0.1");
        kms.Url.Port.ShouldNotBe(other.Url.Port);
        var key = (await kms.Client.CreateKeyAsync(new CreateKeyRequest { Description = "test" })).KeyMetadata;
        key.Arn.ShouldBe($"arn:aws:kms:us-east-1:111122223333:key/{key.KeyId}");
        await Should.ThrowAsync<NotFoundException>(() => other.Client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId }));
    }

    [Fact]
    public async Task ClockAdvance_PastTheDeletionDate_DeletesTheKey()
    {
        await using var kms = await KmsTestServer.StartAsync();
        var key = (await kms.Client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        var deletion = await kms.Client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key.KeyId, PendingWindowInDays = 7 });
        deletion.DeletionDate!.Value.ShouldBe(kms.Clock.GetUtcNow().AddDays(7).UtcDateTime, TimeSpan.FromSeconds(1));

        kms.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        (await kms.Client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId })).KeyMetadata.KeyState.Value.ShouldBe("PendingDeletion");

        kms.Clock.Advance(TimeSpan.FromSeconds(2));
        var error = await Should.ThrowAsync<NotFoundException>(() => kms.Client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId }));
        error.Message.ShouldBe($"Key '{key.Arn}' does not exist");
    }

    [Fact]
    public async Task Clock_StandsStillUntilMoved()
    {
        await using var kms = await KmsTestServer.StartAsync();
        var first = (await kms.Client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.CreationDate;
        var second = (await kms.Client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.CreationDate;

        second.ShouldBe(first);
    }

    [Fact]
    public async Task Client_DoesNotRetry_SoAnInjectedFaultReachesTheTestAtOnce()
    {
        // Every second call fails: a client that retried would see the third call succeed instead.
        await using var kms = await KmsTestServer.StartAsync(options =>
            options.Faults.Add(new KmsFaultRule { Operation = "ListKeys", Kind = ServiceFaultKind.Throttling, EveryNth = 2 }));

        await kms.Client.ListKeysAsync(new ListKeysRequest());
        var error = await Should.ThrowAsync<AmazonKeyManagementServiceException>(() => kms.Client.ListKeysAsync(new ListKeysRequest()));

        error.ErrorCode.ShouldBe("ThrottlingException");
        ((AmazonKeyManagementServiceClient)kms.Client).Config.MaxErrorRetry.ShouldBe(0);
    }

    [Fact]
    public async Task CreateClient_ForAnotherAccountAndRegion_SeesItsOwnKeys()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var other = kms.CreateClient("eu-west-1", "444455556666");

        var key = (await other.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;

        key.Arn.ShouldStartWith("arn:aws:kms:eu-west-1:444455556666:key/");
        (await kms.Client.ListKeysAsync(new ListKeysRequest())).Keys.ShouldBeEmpty();
    }
}
