using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Emulator.Tests.Dashboard;

public class HealthAndClockTests
{
    [Fact]
    public async Task Health_AnswersStatusVersionStoreAndKeysPerRegion()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        await emulator.Kms.CreateKeyAsync(new CreateKeyRequest());
        await emulator.Kms.CreateKeyAsync(new CreateKeyRequest());
        using var euWest1 = emulator.CreateClient("eu-west-1");
        await euWest1.CreateKeyAsync(new CreateKeyRequest());

        var (status, health) = await emulator.GetAsync("/_kms/health");

        status.ShouldBe(200);
        health.GetProperty("status").GetString().ShouldBe("ok");
        health.GetProperty("version").GetString()!.ShouldMatch(@"^\d+\.\d+\.\d+");
        health.GetProperty("store").GetString().ShouldBe("memory");
        health.GetProperty("keyCount").GetInt32().ShouldBe(3);
        health.GetProperty("keys").GetProperty("us-east-1").GetInt32().ShouldBe(2);
        health.GetProperty("keys").GetProperty("eu-west-1").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Clock_RunsAsTheSystemClockUntilMoved()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        var before = DateTimeOffset.UtcNow;

        var (status, clock) = await emulator.GetAsync("/_kms/clock");

        status.ShouldBe(200);
        var now = DateTimeOffset.Parse(clock.GetProperty("now").GetString()!, CultureInfo.InvariantCulture);
        now.ShouldBeInRange(before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        clock.GetProperty("offset").GetString().ShouldBe("00:00:00");
    }

    [Fact]
    public async Task ClockAdvance_PastTheDeletionDate_DeletesTheKeyForTheNextRequest()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        var key = (await emulator.Kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        var deletionDate = (await emulator.Kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key.KeyId, PendingWindowInDays = 7 })).DeletionDate!.Value;

        var (status, clock) = await emulator.PostAsync("/_kms/clock", """{"advance": "7.00:00:01"}""");

        status.ShouldBe(200);
        clock.GetProperty("offset").GetString().ShouldBe("7.00:00:01");
        DateTimeOffset.Parse(clock.GetProperty("now").GetString()!, CultureInfo.InvariantCulture).ShouldBeGreaterThan(new DateTimeOffset(deletionDate, TimeSpan.Zero));
        var error = await Should.ThrowAsync<NotFoundException>(() => emulator.Kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId }));
        error.Message.ShouldBe($"Key '{key.Arn}' does not exist");
        (await emulator.GetAsync("/_kms/health")).Body.GetProperty("keyCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task ClockAdvance_BeforeTheDeletionDate_KeepsTheKeyPendingDeletion()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        var key = (await emulator.Kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        await emulator.Kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key.KeyId, PendingWindowInDays = 7 });

        await emulator.PostAsync("/_kms/clock", """{"advance": "6.23:00:00"}""");

        (await emulator.Kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId })).KeyMetadata.KeyState.Value.ShouldBe("PendingDeletion");
    }

    [Fact]
    public async Task ClockSet_PastTheReplicaCreationDelay_CompletesTheReplica()
    {
        await using var emulator = await RunningEmulator.StartAsync("--Kms:ReplicaCreationDelay=01:00:00");
        var primary = (await emulator.Kms.CreateKeyAsync(new CreateKeyRequest { MultiRegion = true })).KeyMetadata;
        await emulator.Kms.ReplicateKeyAsync(new ReplicateKeyRequest { KeyId = primary.KeyId, ReplicaRegion = "eu-west-1" });
        using var euWest1 = emulator.CreateClient("eu-west-1");
        (await euWest1.DescribeKeyAsync(new DescribeKeyRequest { KeyId = primary.KeyId })).KeyMetadata.KeyState.Value.ShouldBe("Creating");

        var target = DateTimeOffset.UtcNow.AddHours(2).ToString("o", CultureInfo.InvariantCulture);
        var (status, _) = await emulator.PostAsync("/_kms/clock", $$"""{"set": "{{target}}"}""");

        status.ShouldBe(200);
        (await euWest1.DescribeKeyAsync(new DescribeKeyRequest { KeyId = primary.KeyId })).KeyMetadata.KeyState.Value.ShouldBe("Enabled");
    }

    [Fact]
    public async Task ClockAdvance_PastValidTo_ExpiresImportedMaterial()
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
        await emulator.Kms.ImportKeyMaterialAsync(new ImportKeyMaterialRequest
        {
            KeyId = key.KeyId,
            ImportToken = parameters.ImportToken,
            EncryptedKeyMaterial = new System.IO.MemoryStream(rsa.Encrypt(RandomNumberGenerator.GetBytes(32), RSAEncryptionPadding.OaepSHA256)),
            ExpirationModel = ExpirationModelType.KEY_MATERIAL_EXPIRES,
            ValidTo = DateTime.UtcNow.AddDays(1),
        });
        (await emulator.Kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId })).KeyMetadata.KeyState.Value.ShouldBe("Enabled");

        await emulator.PostAsync("/_kms/clock", """{"advance": "2.00:00:00"}""");

        (await emulator.Kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId })).KeyMetadata.KeyState.Value.ShouldBe("PendingImport");
    }

    [Theory]
    [InlineData("""{"advance": "soon"}""", "advance \"soon\" is not a duration of zero or more ([d.]hh:mm:ss); write {\"advance\": \"7.00:00:00\"} to move the clock forward, or {\"set\": \"2030-01-01T00:00:00Z\"} to set it")]
    [InlineData("""{"advance": "1.00:00:00", "set": "2030-01-01T00:00:00Z"}""", "give exactly one of advance and set; write {\"advance\": \"7.00:00:00\"} to move the clock forward, or {\"set\": \"2030-01-01T00:00:00Z\"} to set it")]
    [InlineData("not json", "the body is not JSON; write {\"advance\": \"7.00:00:00\"} to move the clock forward, or {\"set\": \"2030-01-01T00:00:00Z\"} to set it")]
    public async Task ClockPost_BadBody_Answers400WithTheFixAndLeavesTheClock(string body, string message)
    {
        await using var emulator = await RunningEmulator.StartAsync();

        var (status, answer) = await emulator.PostAsync("/_kms/clock", body);

        status.ShouldBe(400);
        answer.GetProperty("message").GetString().ShouldBe(message);
        (await emulator.GetAsync("/_kms/clock")).Body.GetProperty("offset").GetString().ShouldBe("00:00:00");
    }

    [Fact]
    public async Task ClockPost_WhenClockControlIsOff_Answers403()
    {
        await using var emulator = await RunningEmulator.StartAsync("--Emulator:ClockControl=false");

        var (status, answer) = await emulator.PostAsync("/_kms/clock", """{"advance": "1.00:00:00"}""");

        status.ShouldBe(403);
        answer.GetProperty("message").GetString().ShouldBe("the clock is fixed; start the emulator with --Emulator:ClockControl=true to move it");
    }
}
