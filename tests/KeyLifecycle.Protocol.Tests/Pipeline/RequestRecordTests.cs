using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using Amazon.KeyManagementService.Model;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Pipeline;

/// <summary>What an observer is told of each request, checked against what the AWS SDK client was answered.</summary>
public sealed class RequestRecordTests
{
    private sealed class Recorder : IKmsRequestObserver
    {
        public ConcurrentQueue<KmsRequestRecord> Records { get; } = new();

        public void OnRequestCompleted(KmsRequestRecord record) => Records.Enqueue(record);
    }

    [Fact]
    public async Task Key_IsTheKeyTheRequestResolved_OrNullWhenItResolvedNone()
    {
        var recorder = new Recorder();
        await using var server = await KmsTestServer.StartAsync(observer: recorder);
        using var client = server.CreateClient();

        var created = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        var other = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        await client.CreateAliasAsync(new CreateAliasRequest { AliasName = "alias/recorded", TargetKeyId = created.KeyId });
        await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = "alias/recorded" });
        await client.UpdateAliasAsync(new UpdateAliasRequest { AliasName = "alias/recorded", TargetKeyId = other.Arn });
        await Should.ThrowAsync<NotFoundException>(() => client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = "0987dcba-09fe-87dc-65ba-ab0987654321" }));
        await client.GenerateRandomAsync(new GenerateRandomRequest { NumberOfBytes = 16 });

        var records = recorder.Records.ToArray();
        records.Select(record => (record.Operation, record.Key?.ToString())).ShouldBe(
        [
            ("CreateKey", null),
            ("CreateKey", null),
            ("CreateAlias", created.Arn),
            ("DescribeKey", created.Arn),
            ("UpdateAlias", other.Arn),
            ("DescribeKey", null),
            ("GenerateRandom", null),
        ]);
        records[5].ErrorCode.ShouldBe("NotFoundException");
    }
}
