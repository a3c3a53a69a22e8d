using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Wire;

/// <summary>What the SDK cannot send: each refused request gets the AWS status, type and message, and changes nothing.</summary>
public class RawHttpTests : IAsyncLifetime
{
    private KmsTestServer _kms = null!;
    private HttpClient _http = null!;
    private KmsKey _key = null!;

    public async Task InitializeAsync()
    {
        _kms = await KmsTestServer.StartAsync();
        _http = _kms.CreateHttpClient();
        var created = await PostAsync("CreateKey", "{}");
        created.Status.ShouldBe(HttpStatusCode.OK);
        var arn = KeyArn.Parse(created.Json.GetProperty("KeyMetadata").GetProperty("Arn").GetString()!);
        _key = _kms.Store.FindKey(arn)!;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _kms.DisposeAsync();
    }

    [Theory]
    [InlineData("{}", "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null")]
    [InlineData("{\"KeyId\":null}", "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null")]
    [InlineData("{\"KeyId\":\"\"}", "1 validation error detected: Value '' at 'keyId' failed to satisfy constraint: Member must have length greater than or equal to 1")]
    [InlineData("", "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null")]
    public async Task DisableKey_MissingOrEmptyKeyId_IsValidationException(string body, string message) =>
        await AssertRefusedAsync(await PostAsync("DisableKey", body), HttpStatusCode.BadRequest, "ValidationException", message);

    [Fact]
    public async Task ScheduleKeyDeletion_SeveralBrokenMembers_ListsEveryViolation() =>
        await AssertRefusedAsync(
            await PostAsync("ScheduleKeyDeletion", "{\"KeyId\":\"\",\"PendingWindowInDays\":0}"),
            HttpStatusCode.BadRequest,
            "ValidationException",
            "2 validation errors detected: Value '' at 'keyId' failed to satisfy constraint: Member must have length greater than or equal to 1; "
            + "Value '0' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value greater than or equal to 1");

    [Theory]
    [InlineData("{\"KeyId\":", "The request body is not valid JSON.")]
    [InlineData("not json", "The request body is not valid JSON.")]
    [InlineData("[]", "START_ARRAY can not be converted to a Structure")]
    [InlineData("{\"KeyId\":5}", "NUMBER_VALUE can not be converted to the type of member KeyId")]
    [InlineData("{\"KeyId\":{\"a\":1}}", "Start of structure or map found where not expected.")]
    [InlineData("{\"KeyId\":[\"x\"]}", "Start of list found where not expected")]
    [InlineData("{\"KeyId\":\"x\"} x", "The request body is not valid JSON.")]
    [InlineData("{\"KeyId\":\"x\"}{}", "The request body is not valid JSON.")]
    [InlineData("{\"KeyId\":5} x", "The request body is not valid JSON.")]
    [InlineData("{\"KeyId\":\"x\",}", "The request body is not valid JSON.")]
    [InlineData("{\"KeyId\":\"x\"/* note */}", "The request body is not valid JSON.")]
    [InlineData("null", "NULL_VALUE can not be converted to a Structure")]
    [InlineData("\"text\"", "STRING_VALUE can not be converted to a Structure")]
    public async Task DisableKey_BodyNotReadable_IsSerializationException(string body, string message) =>
        await AssertRefusedAsync(await PostAsync("DisableKey", body), HttpStatusCode.BadRequest, "SerializationException", message);

    [Theory]
    [InlineData(32, true)]
    [InlineData(33, false)]
    public async Task DisableKey_NestingOfUnknownMembers_IsReadTo32Levels(int levels, bool read)
    {
        // The body's object is the first level; an unknown member holds the rest as nested arrays.
        var nested = new string('[', levels - 1) + new string(']', levels - 1);
        var response = await PostAsync("DisableKey", $"{{\"KeyId\":\"{_key.KeyId}\",\"Deep\":{nested}}}");

        if (read)
        {
            response.Status.ShouldBe(HttpStatusCode.OK);
        }
        else
        {
            await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "SerializationException", "The request body is not valid JSON.");
        }
    }

    [Fact]
    public async Task DisableKey_WhiteSpaceAroundTheObject_IsRead() =>
        (await PostAsync("DisableKey", $" \r\n\t{{\"KeyId\":\"{_key.KeyId}\"}} \r\n\t")).Status.ShouldBe(HttpStatusCode.OK);

    [Theory]
    [InlineData("Encrypt", "{\"KeyId\":\"<key>\",\"Plaintext\":\"aGk=\",\"EncryptionContext\":{\"purpose\":null}}", "encryptionContext.purpose")]
    [InlineData("Decrypt", "{\"CiphertextBlob\":\"aGk=\",\"EncryptionContext\":{\"a\":\"b\",\"c\":null}}", "encryptionContext.c")]
    [InlineData("GenerateDataKey", "{\"KeyId\":\"<key>\",\"KeySpec\":\"AES_256\",\"EncryptionContext\":{\"x\":null}}", "encryptionContext.x")]
    [InlineData("GenerateDataKeyPair", "{\"KeyId\":\"<key>\",\"KeyPairSpec\":\"RSA_2048\",\"EncryptionContext\":{\"x\":null}}", "encryptionContext.x")]
    [InlineData("ReEncrypt", "{\"CiphertextBlob\":\"aGk=\",\"DestinationKeyId\":\"<key>\",\"DestinationEncryptionContext\":{\"d\":null}}", "destinationEncryptionContext.d")]
    [InlineData("ReEncrypt", "{\"CiphertextBlob\":\"aGk=\",\"DestinationKeyId\":\"<key>\",\"SourceEncryptionContext\":{\"s\":null}}", "sourceEncryptionContext.s")]
    public async Task EncryptionContext_WithANullValue_IsValidationException(string operation, string body, string member)
    {
        // A context is a map of string to string (EncryptionContextType in the KMS API model); a null value is refused
        // as a null list member is, named by its key. Before, it reached the cipher and was answered 500.
        var response = await PostAsync(operation, body.Replace("<key>", _key.KeyId.ToString(), StringComparison.Ordinal));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "ValidationException",
            $"1 validation error detected: Value null at '{member}' failed to satisfy constraint: Member must not be null");
    }

    [Fact]
    public async Task ScheduleKeyDeletion_WindowAsString_IsSerializationException() =>
        await AssertRefusedAsync(
            await PostAsync("ScheduleKeyDeletion", $"{{\"KeyId\":\"{_key.Arn}\",\"PendingWindowInDays\":\"7\"}}"),
            HttpStatusCode.BadRequest, "SerializationException", "STRING_VALUE can not be converted to the type of member PendingWindowInDays");

    [Fact]
    public async Task CreateAlias_ReservedName_IsNotAuthorizedWithNoMessageMember()
    {
        var response = await PostAsync("CreateAlias", $"{{\"AliasName\":\"alias/aws/s3\",\"TargetKeyId\":\"{_key.KeyId}\"}}");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Body.ShouldBe("{\"__type\":\"NotAuthorizedException\"}");
    }

    [Fact]
    public async Task DisableKey_UnknownMembers_AreIgnored()
    {
        var response = await PostAsync("DisableKey", $"{{\"KeyId\":\"{_key.KeyId}\",\"Unknown\":{{\"x\":[1,2]}},\"keyid\":5}}");

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Body.ShouldBeEmpty();
        _kms.Store.FindKey(_key.Arn)!.State.ShouldBe(KeyState.Disabled);
    }

    [Theory]
    [InlineData("TrentService.Frobnicate", "Unknown operation TrentService.Frobnicate.")]
    [InlineData("TrentService.enablekey", "Unknown operation TrentService.enablekey.")]
    [InlineData("DynamoDB_20120810.ListTables", "Unknown operation DynamoDB_20120810.ListTables.")]
    public async Task Post_UnknownTarget_IsUnknownOperation(string target, string message) =>
        await AssertRefusedAsync(await SendAsync(target, "{}"), HttpStatusCode.BadRequest, "UnknownOperationException", message);

    [Fact]
    public async Task Post_MissingTarget_IsUnknownOperation() =>
        await AssertRefusedAsync(
            await SendAsync(null, "{}"), HttpStatusCode.BadRequest, "UnknownOperationException",
            "The request has no X-Amz-Target header; KMS requests name their operation as TrentService.<Operation>.");

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/x-amz-json-1.0")]
    [InlineData("text/plain")]
    public async Task Post_WrongContentType_IsUnknownOperation(string contentType) =>
        await AssertRefusedAsync(
            await SendAsync("TrentService.DisableKey", $"{{\"KeyId\":\"{_key.KeyId}\"}}", contentType), HttpStatusCode.BadRequest, "UnknownOperationException",
            $"The content type '{contentType}' is not application/x-amz-json-1.1, the content type of the KMS API.");

    [Fact]
    public async Task Get_IsUnknownOperation()
    {
        using var response = await _http.GetAsync(new Uri("/", UriKind.Relative));
        await AssertRefusedAsync(await Read(response), HttpStatusCode.BadRequest, "UnknownOperationException", "KMS operations are called with POST, not GET.");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Post_BodyOver1MiB_IsRefusedWith413(bool chunked)
    {
        var body = $"{{\"KeyId\":\"{_key.KeyId}\",\"Padding\":\"{new string('x', 1024 * 1024)}\"}}";
        await AssertRefusedAsync(
            await SendAsync("TrentService.DisableKey", body, chunked: chunked), HttpStatusCode.RequestEntityTooLarge, "RequestEntityTooLargeException",
            "Request body must be no larger than 1048576 bytes.");
    }

    [Fact]
    public async Task Post_BodyOfExactly1MiB_IsRead()
    {
        var prefix = $"{{\"KeyId\":\"{_key.KeyId}\",\"Padding\":\"";
        var body = prefix + new string('x', (1024 * 1024) - prefix.Length - 2) + "\"}";
        Encoding.UTF8.GetByteCount(body).ShouldBe(1024 * 1024);

        (await SendAsync("TrentService.DisableKey", body)).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task EnableKey_Success_HasEmptyBodyAndRequestId()
    {
        var response = await PostAsync("EnableKey", $"{{\"KeyId\":\"{_key.KeyId}\"}}");

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Body.ShouldBeEmpty();
        response.ContentType.ShouldBe("application/x-amz-json-1.1");
        Guid.TryParse(response.RequestId, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task RequestIds_AreDistinctVersion4Uuids_InTheLowerCaseHyphenatedForm()
    {
        // The service's request IDs are version 4 UUIDs written 8-4-4-4-12 in lower case (RFC 9562: version nibble 4,
        // variant bits 10), as the AWS SDKs show them in RequestId.
        var ids = new string?[200];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = (await PostAsync("DescribeKey", $"{{\"KeyId\":\"{_key.KeyId}\"}}")).RequestId;
        }

        ids.ShouldAllBe(id => id != null && System.Text.RegularExpressions.Regex.IsMatch(id, "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        ids.Distinct().Count().ShouldBe(ids.Length);
    }

    [Fact]
    public async Task DescribeKey_Dates_AreEpochSecondsNumbers()
    {
        var response = await PostAsync("DescribeKey", $"{{\"KeyId\":\"{_key.KeyId}\"}}");

        var creationDate = response.Json.GetProperty("KeyMetadata").GetProperty("CreationDate");
        creationDate.ValueKind.ShouldBe(JsonValueKind.Number);
        creationDate.GetDecimal().ShouldBe(FakeClock.DefaultStart.ToUnixTimeSeconds());
    }

    private async Task AssertRefusedAsync(Response response, HttpStatusCode status, string type, string message)
    {
        response.Status.ShouldBe(status);
        response.ContentType.ShouldBe("application/x-amz-json-1.1");
        Guid.TryParse(response.RequestId, out _).ShouldBeTrue();
        response.Json.EnumerateObject().Select(member => member.Name).ShouldBe(["__type", "message"]);
        response.Json.GetProperty("__type").GetString().ShouldBe(type);
        response.Json.GetProperty("message").GetString().ShouldBe(message);

        // Nothing changed: the one key is the very record created before the request.
        var keys = _kms.Store.ListKeys(AwsAccountId.Parse(KmsTestServer.AccountId));
        keys.Count.ShouldBe(1);
        ReferenceEquals(keys[0], _key).ShouldBeTrue();
    }

    private Task<Response> PostAsync(string operation, string body) => SendAsync("TrentService." + operation, body);

    private async Task<Response> SendAsync(string? target, string body, string contentType = "application/x-amz-json-1.1", bool chunked = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative));
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (chunked)
        {
            request.Headers.TransferEncodingChunked = true;
        }

        if (target is not null)
        {
            request.Headers.Add("X-Amz-Target", target);
        }

        using var response = await _http.SendAsync(request);
        return await Read(response);
    }

    private static async Task<Response> Read(HttpResponseMessage response) => new(
        response.StatusCode,
        await response.Content.ReadAsStringAsync(),
        response.Content.Headers.ContentType?.ToString(),
        response.Headers.TryGetValues("x-amzn-RequestId", out var ids) ? ids.Single() : null);

    private sealed record Response(HttpStatusCode Status, string Body, string? ContentType, string? RequestId)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    }
}
