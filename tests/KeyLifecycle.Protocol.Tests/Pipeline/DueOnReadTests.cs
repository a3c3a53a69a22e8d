using System;
using System.Threading.Tasks;
using Amazon.KeyManagementService.Model;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Pipeline;

/// <summary>
/// A request that names a key whose change on its own is due sees the key changed, however long ago its account was last
/// swept: here the sweep interval is thirty days, so neither the scheduler nor the account sweep runs between the clock's
/// move and the request. The oracle is the schedule AWS documents: a key is deleted when its waiting period ends
/// ("KMS deletes the KMS key", ScheduleKeyDeletion), and a replica is usable once it leaves Creating.
/// </summary>
public sealed class DueOnReadTests
{
    [Fact]
    public async Task AKeyWhoseDeletionIsDue_IsGone_ForTheFirstRequestThatNamesIt()
    {
        await using var kms = await KmsTestServer.StartAsync(options => options.SweepInterval = TimeSpan.FromDays(30));
        using var client = kms.CreateClient();
        var keyId = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
        await client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 7 });

        kms.Clock.Advance(TimeSpan.FromDays(7).Subtract(TimeSpan.FromTicks(1)));
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId })).KeyMetadata.KeyState.Value.ShouldBe("PendingDeletion");
        kms.Clock.Advance(TimeSpan.FromTicks(1));

        var missing = await Should.ThrowAsync<NotFoundException>(() => client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId }));
        missing.Message.ShouldBe($"Key 'arn:aws:kms:us-east-1:{KmsTestServer.AccountId}:key/{keyId}' does not exist");
    }

    [Fact]
    public async Task AReplicaWhoseCreationIsDue_IsEnabled_ForTheFirstRequestThatNamesIt()
    {
        await using var kms = await KmsTestServer.StartAsync(options => options.SweepInterval = TimeSpan.FromDays(30));
        using var east = kms.CreateClient();
        using var west = kms.CreateClient("us-west-2");
        var keyId = (await east.CreateKeyAsync(new CreateKeyRequest { MultiRegion = true })).KeyMetadata.KeyId;
        await east.ReplicateKeyAsync(new ReplicateKeyRequest { KeyId = keyId, ReplicaRegion = "us-west-2" });

        kms.Clock.Advance(TimeSpan.FromSeconds(5));

        (await west.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId })).KeyMetadata.KeyState.Value.ShouldBe("Enabled");
    }
}
