using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Emulator.Tests.Dashboard;

/// <summary>
/// GET /_kms/events: each request as a CloudTrail record. The shape is AWS's example EnableKey record,
/// https://docs.aws.amazon.com/kms/latest/developerguide/ct-enablekey.html ("eventSource": "kms.amazonaws.com",
/// "requestParameters": {"keyId": ...}, "responseElements": {"keyId": "&lt;key ARN&gt;"}, "resources": [{"ARN": ..., "accountId": ...}]).
/// </summary>
public class EventsTests
{
    [Fact]
    public async Task Events_EnableKey_IsRecordedAsCloudTrailRecordsIt()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        var key = (await emulator.Kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        await emulator.Kms.EnableKeyAsync(new EnableKeyRequest { KeyId = key.KeyId });

        var (status, body) = await emulator.GetAsync("/_kms/events?eventName=EnableKey");

        status.ShouldBe(200);
        var record = body.GetProperty("Records").EnumerateArray().Single();
        record.GetProperty("eventSource").GetString().ShouldBe("kms.amazonaws.com");
        record.GetProperty("eventName").GetString().ShouldBe("EnableKey");
        record.GetProperty("awsRegion").GetString().ShouldBe("us-east-1");
        record.GetProperty("eventType").GetString().ShouldBe("AwsApiCall");
        record.GetProperty("readOnly").GetBoolean().ShouldBeFalse();
        record.GetProperty("userIdentity").GetProperty("accountId").GetString().ShouldBe("111122223333");
        record.GetProperty("recipientAccountId").GetString().ShouldBe("111122223333");
        record.GetProperty("eventTime").GetString()!.ShouldMatch(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$");
        record.GetProperty("requestParameters").GetProperty("keyId").GetString().ShouldBe(key.KeyId);
        record.GetProperty("responseElements").GetProperty("keyId").GetString().ShouldBe(key.Arn);
        var resource = record.GetProperty("resources").EnumerateArray().Single();
        resource.GetProperty("ARN").GetString().ShouldBe(key.Arn);
        resource.GetProperty("accountId").GetString().ShouldBe("111122223333");
        resource.GetProperty("type").GetString().ShouldBe("AWS::KMS::Key");
        record.GetProperty("requestID").GetString()!.ShouldMatch("^[0-9a-f-]{36}$");
        record.TryGetProperty("errorCode", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Events_AFailure_HasTheErrorCodeAndMessageTheClientSaw()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        var key = (await emulator.Kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        await emulator.Kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key.KeyId, PendingWindowInDays = 7 });
        var error = await Should.ThrowAsync<KMSInvalidStateException>(() => emulator.Kms.EnableKeyAsync(new EnableKeyRequest { KeyId = key.KeyId }));

        var record = (await emulator.GetAsync("/_kms/events?eventName=EnableKey")).Body.GetProperty("Records").EnumerateArray().Single();

        record.GetProperty("errorCode").GetString().ShouldBe("KMSInvalidStateException");
        record.GetProperty("errorMessage").GetString().ShouldBe($"{key.Arn} is pending deletion.");
        record.GetProperty("errorMessage").GetString().ShouldBe(error.Message);
        record.GetProperty("responseElements").ValueKind.ShouldBe(JsonValueKind.Null);
        record.GetProperty("resources")[0].GetProperty("ARN").GetString().ShouldBe(key.Arn);
    }

    [Fact]
    public async Task Events_FilterByKeyAndSince_ListOnlyThoseEventsInOrder()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        var first = (await emulator.Kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        var second = (await emulator.Kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        await emulator.Kms.CreateAliasAsync(new CreateAliasRequest { AliasName = "alias/second", TargetKeyId = second.KeyId });
        await emulator.Kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = "alias/second" });
        await emulator.Kms.DisableKeyAsync(new DisableKeyRequest { KeyId = first.Arn });

        var byKey = (await emulator.GetAsync($"/_kms/events?key={second.KeyId}")).Body.GetProperty("Records").EnumerateArray()
            .Select(r => r.GetProperty("eventName").GetString()).ToList();
        byKey.ShouldBe(["CreateKey", "CreateAlias", "DescribeKey"]);

        var byArn = (await emulator.GetAsync($"/_kms/events?key={Uri.EscapeDataString(first.Arn)}")).Body.GetProperty("Records").EnumerateArray()
            .Select(r => r.GetProperty("eventName").GetString()).ToList();
        byArn.ShouldBe(["CreateKey", "DisableKey"]);

        await emulator.PostAsync("/_kms/clock", """{"advance": "1.00:00:00"}""");
        var since = (await emulator.GetAsync("/_kms/clock")).Body.GetProperty("now").GetString()!;
        await emulator.Kms.EnableKeyAsync(new EnableKeyRequest { KeyId = first.KeyId });
        var recent = (await emulator.GetAsync($"/_kms/events?since={Uri.EscapeDataString(since)}")).Body.GetProperty("Records").EnumerateArray()
            .Select(r => r.GetProperty("eventName").GetString()).ToList();
        recent.ShouldBe(["EnableKey"]);
    }

    [Fact]
    public async Task Events_ImportKeyMaterial_LeavesTheMaterialAndTokenOut()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        var key = (await emulator.Kms.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata;
        var parameters = await emulator.Kms.GetParametersForImportAsync(new GetParametersForImportRequest
        {
            KeyId = key.KeyId,
            WrappingAlgorithm = AlgorithmSpec.RSAES_OAEP_SHA_256,
            WrappingKeySpec = WrappingKeySpec.RSA_2048,
        });
        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(parameters.PublicKey.ToArray(), out _);
        var wrapped = rsa.Encrypt(RandomNumberGenerator.GetBytes(32), RSAEncryptionPadding.OaepSHA256);
        await emulator.Kms.ImportKeyMaterialAsync(new ImportKeyMaterialRequest
        {
            KeyId = key.KeyId,
            ImportToken = parameters.ImportToken,
            EncryptedKeyMaterial = new System.IO.MemoryStream(wrapped),
            ExpirationModel = ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE,
        });

        using var response = await emulator.Http.GetAsync(new Uri("/_kms/events", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        text.ShouldNotContain(Convert.ToBase64String(wrapped));
        text.ShouldNotContain(Convert.ToBase64String(parameters.ImportToken.ToArray()));
        text.ShouldNotContain(Convert.ToBase64String(parameters.PublicKey.ToArray()));
        var records = JsonDocument.Parse(text).RootElement.GetProperty("Records").EnumerateArray().ToList();
        var import = records.Single(r => r.GetProperty("eventName").GetString() == "ImportKeyMaterial");
        import.GetProperty("requestParameters").GetProperty("keyId").GetString().ShouldBe(key.KeyId);
        import.GetProperty("requestParameters").GetProperty("expirationModel").GetString().ShouldBe("KEY_MATERIAL_DOES_NOT_EXPIRE");
        import.GetProperty("requestParameters").TryGetProperty("encryptedKeyMaterial", out _).ShouldBeFalse();
        import.GetProperty("requestParameters").TryGetProperty("importToken", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Events_BeyondMaxEvents_KeepsOnlyTheLatest()
    {
        await using var emulator = await RunningEmulator.StartAsync("--Emulator:MaxEvents=3");
        var key = (await emulator.Kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        await emulator.Kms.DisableKeyAsync(new DisableKeyRequest { KeyId = key.KeyId });
        await emulator.Kms.EnableKeyAsync(new EnableKeyRequest { KeyId = key.KeyId });
        await emulator.Kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId });
        await emulator.Kms.ListKeysAsync(new ListKeysRequest());

        var names = (await emulator.GetAsync("/_kms/events")).Body.GetProperty("Records").EnumerateArray()
            .Select(r => r.GetProperty("eventName").GetString()).ToList();

        names.ShouldBe(["EnableKey", "DescribeKey", "ListKeys"]);
    }

    [Fact]
    public async Task Events_BadSince_Answers400()
    {
        await using var emulator = await RunningEmulator.StartAsync();

        var (status, body) = await emulator.GetAsync("/_kms/events?since=yesterday");

        status.ShouldBe(400);
        body.GetProperty("message").GetString().ShouldBe("since 'yesterday' is not an ISO 8601 time; write e.g. since=2026-01-01T00:00:00Z");
    }
}
