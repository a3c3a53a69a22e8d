using System;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Pipeline;

/// <summary>
/// Bodies the server cannot read, sent over a raw socket as no HTTP client would send them: each is a client error with
/// an AWS-style body and a request ID, never a 500 (which the AWS SDKs retry), and paging markers we never issued are
/// InvalidMarkerException.
/// </summary>
public sealed class BadRequestBodyTests
{
    private const string Head =
        "POST / HTTP/1.1\r\nHost: kms\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amz-Target: TrentService.ListKeys\r\nConnection: close\r\n";

    [Fact]
    public async Task MalformedChunking_Is400SerializationException()
    {
        await using var server = await KmsTestServer.StartAsync();

        var answer = await SendAsync(server, Head + "Transfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n");

        answer.Status.ShouldBe(400);
        answer.Type.ShouldBe("SerializationException");
        answer.Message!.ShouldStartWith("The request body could not be read: ");
        answer.RequestId.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task ABodyShorterThanItsContentLength_Is408OnceItStopsArriving()
    {
        // The client sends 2 of the 10 bytes it announced and keeps the connection open; the server gives up when the
        // body's data rate falls under its minimum (here 100 bytes/s after a grace period of 1.5 s).
        await using var server = await KmsTestServer.StartAsync(
            kestrel: options => options.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 100, gracePeriod: TimeSpan.FromSeconds(1.5)));

        var answer = await SendAsync(server, Head + "Content-Length: 10\r\n\r\n{}");

        answer.Status.ShouldBe(408);
        answer.Type.ShouldBe("RequestTimeoutException");
        answer.Message.ShouldBe("The request body did not arrive in time.");
        answer.RequestId.ShouldNotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("ListKeys", "!!!")]
    [InlineData("ListKeys", "a b")]
    [InlineData("ListAliases", "%%%")]
    [InlineData("ListResourceTags", "!!!")]
    [InlineData("DescribeCustomKeyStores", "!!!")]
    [InlineData("ListKeys", "_w")]
    public async Task AMarkerWeDidNotIssue_Is400InvalidMarkerException(string operation, string marker)
    {
        await using var server = await KmsTestServer.StartAsync();
        var key = "\"KeyId\":\"1234abcd-12ab-34cd-56ef-1234567890ab\",";
        var body = "{" + (operation == "ListResourceTags" ? key : string.Empty) + "\"Marker\":" + JsonSerializer.Serialize(marker) + "}";

        var answer = await SendAsync(
            server,
            Head.Replace("TrentService.ListKeys", "TrentService." + operation, StringComparison.Ordinal) + $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}");

        answer.Status.ShouldBe(400);
        answer.Type.ShouldBe("InvalidMarkerException");
        answer.Message.ShouldBe("Invalid marker");
    }

    private sealed record Answer(int Status, string? Type, string? Message, string? RequestId);

    private static async Task<Answer> SendAsync(KmsTestServer server, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Url.Host, server.Url.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var parts = response.Split("\r\n\r\n", 2);
        var lines = parts[0].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        string? requestId = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("x-amzn-RequestId:", StringComparison.OrdinalIgnoreCase))
            {
                requestId = line["x-amzn-RequestId:".Length..].Trim();
            }
        }

        using var json = JsonDocument.Parse(parts[1]);
        return new Answer(
            status,
            json.RootElement.TryGetProperty("__type", out var type) ? type.GetString() : null,
            json.RootElement.TryGetProperty("message", out var message) ? message.GetString() : null,
            requestId);
    }
}
