using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
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

    [Fact]
    public async Task SourceIpAddress_IsEachRequestsOwn_AsCallersAlternate()
    {
        // Linux routes all of 127.0.0.0/8 to the loopback interface, so a client bound to 127.0.0.2 reaches the server.
        var recorder = new Recorder();
        await using var server = await KmsTestServer.StartAsync(observer: recorder);
        using var first = ClientFrom(server.Url, "127.0.0.1");
        using var second = ClientFrom(server.Url, "127.0.0.2");

        foreach (var http in new[] { first, second, second, first })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative))
            {
                Content = new StringContent("{\"NumberOfBytes\":8}", Encoding.UTF8),
            };
            request.Headers.Add("X-Amz-Target", "TrentService.GenerateRandom");
            request.Content.Headers.ContentType = new("application/x-amz-json-1.1");
            using var response = await http.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        recorder.Records.Select(record => record.SourceIpAddress).ShouldBe(["127.0.0.1", "127.0.0.2", "127.0.0.2", "127.0.0.1"]);
    }

    private static HttpClient ClientFrom(Uri url, string address) =>
        new(new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        })
        { BaseAddress = url };
}
