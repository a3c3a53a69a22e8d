using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Sdk;

/// <summary>
/// Rotation of key material through the real AWS SDK for .NET: every earlier material still decrypts, the current one
/// is what DescribeKey names, and ListKeyRotations lists the rotations as the API reference describes them
/// (https://docs.aws.amazon.com/kms/latest/APIReference/API_RotateKeyOnDemand.html, API_ListKeyRotations.html).
/// </summary>
public sealed class RotationTests
{
    [Fact]
    public async Task RotateKeyOnDemand_EveryEarlierCiphertextStillDecrypts_AndTheNewMaterialIsCurrent()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        var materialIds = new List<string> { key.CurrentKeyMaterialId };
        var blobs = new List<byte[]>();

        for (var version = 0; version < 4; version++)
        {
            var encrypted = await client.EncryptAsync(new EncryptRequest { KeyId = key.KeyId, Plaintext = Bytes($"v{version}") });
            blobs.Add(encrypted.CiphertextBlob.ToArray());
            kms.Clock.Advance(TimeSpan.FromMinutes(1));
            (await client.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = key.KeyId })).KeyId.ShouldBe(key.Arn);
            materialIds.Add((await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId })).KeyMetadata.CurrentKeyMaterialId);
        }

        materialIds.ShouldAllBe(id => id.Length == 64);
        materialIds.Distinct().Count().ShouldBe(5);
        for (var version = 0; version < blobs.Count; version++)
        {
            var decrypted = await client.DecryptAsync(new DecryptRequest { CiphertextBlob = new MemoryStream(blobs[version]) });
            decrypted.Plaintext.ToArray().ShouldBe(System.Text.Encoding.UTF8.GetBytes($"v{version}"));
            decrypted.KeyMaterialId.ShouldBe(materialIds[version]);
        }

        var latest = await client.EncryptAsync(new EncryptRequest { KeyId = key.KeyId, Plaintext = Bytes("latest") });
        (await client.DecryptAsync(new DecryptRequest { CiphertextBlob = latest.CiphertextBlob })).KeyMaterialId.ShouldBe(materialIds[^1]);

        // ROTATIONS_ONLY (the default) lists what the rotations made, oldest first; ALL_KEY_MATERIAL adds the first.
        var rotations = (await client.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = key.KeyId })).Rotations;
        rotations.Select(entry => entry.KeyMaterialId).ShouldBe(materialIds.Skip(1));
        rotations.ShouldAllBe(entry => entry.RotationType.Value == "ON_DEMAND" && entry.KeyId == key.KeyId);
        rotations.Select(entry => entry.RotationDate).ShouldBe(
            Enumerable.Range(1, 4).Select(minutes => (DateTime?)FakeClock.DefaultStart.AddMinutes(minutes).UtcDateTime));
        rotations.Select(entry => entry.KeyMaterialState.Value).ShouldBe(["NON_CURRENT", "NON_CURRENT", "NON_CURRENT", "CURRENT"]);

        var all = (await client.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = key.KeyId, IncludeKeyMaterial = IncludeKeyMaterial.ALL_KEY_MATERIAL })).Rotations;
        all.Select(entry => entry.KeyMaterialId).ShouldBe(materialIds);
        all[0].RotationDate.ShouldBeNull();
        all[0].RotationType.ShouldBeNull();
    }

    [Fact]
    public async Task ListKeyRotations_PagesWithLimitAndMarker_ThroughEveryEntryOnce()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        for (var i = 0; i < 5; i++)
        {
            await client.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = key.Arn });
        }

        var listed = new List<string>();
        string? marker = null;
        var pages = 0;
        do
        {
            var page = await client.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = key.KeyId, Limit = 2, Marker = marker });
            listed.AddRange(page.Rotations.Select(entry => entry.KeyMaterialId));
            page.Truncated.ShouldBe(page.NextMarker is not null);
            marker = page.NextMarker;
            pages++;
        }
        while (marker is not null);

        pages.ShouldBe(3);
        listed.ShouldBe((await client.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = key.KeyId })).Rotations.Select(entry => entry.KeyMaterialId));
        listed.Count.ShouldBe(5);
    }

    [Fact]
    public async Task RotateKeyOnDemand_The26thRotation_IsLimitExceeded()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        for (var i = 0; i < 25; i++)
        {
            await client.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = key.KeyId });
        }

        // The limit is 25 (botocore 1.43 RotateKeyOnDemand: "a maximum of 25 times per KMS key"); the text is as
        // LocalStack's AWS-validated test recorded it (kms-key-lifecycle.md, RotateKeyOnDemand row).
        await SdkErrors.ShouldFailAsync<LimitExceededException>(
            () => client.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = key.KeyId }),
            "LimitExceededException",
            $"The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: {key.Arn}");
        (await client.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = key.KeyId })).Rotations.Count.ShouldBe(25);
    }

    [Fact]
    public async Task AutomaticRotation_RotatesEachPeriodByTheClock_AndLeavesOnDemandRotationsOutOfTheSchedule()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        var first = (await client.EncryptAsync(new EncryptRequest { KeyId = key.KeyId, Plaintext = Bytes("first") })).CiphertextBlob.ToArray();
        await client.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = key.KeyId, RotationPeriodInDays = 90 });

        // "On-demand rotations do not change existing automatic rotation schedules" (RotateKeyOnDemand).
        kms.Clock.Advance(TimeSpan.FromDays(10));
        await client.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = key.KeyId });
        (await client.GetKeyRotationStatusAsync(new GetKeyRotationStatusRequest { KeyId = key.KeyId })).NextRotationDate
            .ShouldBe(FakeClock.DefaultStart.AddDays(90).UtcDateTime);

        kms.Clock.Advance(TimeSpan.FromDays(190));   // day 200: the rotations of days 90 and 180 have come
        var rotations = (await client.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = key.KeyId })).Rotations;
        rotations.Select(entry => (entry.RotationType.Value, entry.RotationDate)).ShouldBe(
        [
            ("ON_DEMAND", FakeClock.DefaultStart.AddDays(10).UtcDateTime),
            ("AUTOMATIC", FakeClock.DefaultStart.AddDays(90).UtcDateTime),
            ("AUTOMATIC", FakeClock.DefaultStart.AddDays(180).UtcDateTime),
        ]);
        (await client.GetKeyRotationStatusAsync(new GetKeyRotationStatusRequest { KeyId = key.KeyId })).NextRotationDate
            .ShouldBe(FakeClock.DefaultStart.AddDays(270).UtcDateTime);
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId })).KeyMetadata.CurrentKeyMaterialId.ShouldBe(rotations[^1].KeyMaterialId);
        (await client.DecryptAsync(new DecryptRequest { CiphertextBlob = new MemoryStream(first) })).Plaintext.ToArray().ShouldBe("first"u8.ToArray());
    }

    [Fact]
    public async Task AutomaticRotation_OfADisabledKey_WaitsUntilItIsEnabled()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        await client.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = key.KeyId, RotationPeriodInDays = 90 });
        await client.DisableKeyAsync(new DisableKeyRequest { KeyId = key.KeyId });

        kms.Clock.Advance(TimeSpan.FromDays(100));
        (await client.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = key.KeyId })).Rotations.ShouldBeEmpty();

        await client.EnableKeyAsync(new EnableKeyRequest { KeyId = key.KeyId });
        kms.Clock.Advance(TimeSpan.FromSeconds(2));
        (await client.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = key.KeyId })).Rotations.Single().RotationType.Value.ShouldBe("AUTOMATIC");
    }

    [Fact]
    public async Task RotateKeyOnDemand_KeysThatCannotRotate_AreRefusedWithTheServicesErrors()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var rsa = (await client.CreateKeyAsync(new CreateKeyRequest { KeySpec = "RSA_2048", KeyUsage = KeyUsageType.SIGN_VERIFY })).KeyMetadata;
        var hmac = (await client.CreateKeyAsync(new CreateKeyRequest { KeySpec = "HMAC_256", KeyUsage = KeyUsageType.GENERATE_VERIFY_MAC })).KeyMetadata;
        var disabled = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        await client.DisableKeyAsync(new DisableKeyRequest { KeyId = disabled.KeyId });
        var external = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata;

        // Recorded (kms-key-lifecycle.md, RotateKeyOnDemand row): an asymmetric key, an empty message; a disabled key,
        // "<arn> is disabled."; an EXTERNAL key without material, "<arn> is pending import.".
        foreach (var other in new[] { rsa, hmac })
        {
            await ShouldFailWithoutMessageAsync(() => client.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = other.KeyId }));
        }

        await SdkErrors.ShouldFailAsync<DisabledException>(
            () => client.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = disabled.KeyId }), "DisabledException", $"{disabled.Arn} is disabled.");
        await SdkErrors.ShouldFailAsync<KMSInvalidStateException>(
            () => client.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = external.KeyId }), "KMSInvalidStateException", $"{external.Arn} is pending import.");

        // Recorded: a key with imported material and none imported for the next rotation.
        await KeyMaterial.ImportAsync(client, external.KeyId, new byte[32]);
        await SdkErrors.ShouldFailAsync<KMSInvalidStateException>(
            () => client.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = external.KeyId }),
            "KMSInvalidStateException", $"No available key material pending rotation for the key: {external.Arn}.");

        await ShouldFailWithoutMessageAsync(() => client.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = rsa.KeyId }));
        await SdkErrors.ShouldFailAsync<NotFoundException>(
            () => client.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = "alias/none" }), "NotFoundException", "Invalid keyId 'alias/none'");
    }

    [Fact]
    public async Task MultiRegionPrimary_RotatesWithItsReplicas_AndAReplicaIsRefused()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var east = kms.CreateClient("us-east-1");
        using var west = kms.CreateClient("us-west-2");
        var primary = (await east.CreateKeyAsync(new CreateKeyRequest { MultiRegion = true })).KeyMetadata;
        await east.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = primary.KeyId });

        // Issue 8: "a new replica has no CurrentKeyMaterialId while Creating and then shares its primary's material ID".
        (await east.ReplicateKeyAsync(new ReplicateKeyRequest { KeyId = primary.KeyId, ReplicaRegion = "us-west-2" })).ReplicaKeyMetadata.CurrentKeyMaterialId.ShouldBeNull();
        (await west.DescribeKeyAsync(new DescribeKeyRequest { KeyId = primary.KeyId })).KeyMetadata.CurrentKeyMaterialId.ShouldBeNull();
        kms.Clock.Advance(TimeSpan.FromSeconds(5));
        (await west.DescribeKeyAsync(new DescribeKeyRequest { KeyId = primary.KeyId })).KeyMetadata.CurrentKeyMaterialId
            .ShouldBe((await east.DescribeKeyAsync(new DescribeKeyRequest { KeyId = primary.KeyId })).KeyMetadata.CurrentKeyMaterialId);
        await east.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = primary.KeyId });

        var eastMetadata = (await east.DescribeKeyAsync(new DescribeKeyRequest { KeyId = primary.KeyId })).KeyMetadata;
        var westMetadata = (await west.DescribeKeyAsync(new DescribeKeyRequest { KeyId = primary.KeyId })).KeyMetadata;
        westMetadata.CurrentKeyMaterialId.ShouldBe(eastMetadata.CurrentKeyMaterialId);
        (await west.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = primary.KeyId })).Rotations.Select(entry => entry.KeyMaterialId)
            .ShouldBe((await east.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = primary.KeyId })).Rotations.Select(entry => entry.KeyMaterialId));

        var blob = (await east.EncryptAsync(new EncryptRequest { KeyId = primary.KeyId, Plaintext = Bytes("shared") })).CiphertextBlob;
        (await west.DecryptAsync(new DecryptRequest { CiphertextBlob = blob })).Plaintext.ToArray().ShouldBe("shared"u8.ToArray());

        // "To perform on-demand rotation of a set of related multi-Region keys, invoke the on-demand rotation on the
        // primary key" (RotateKeyOnDemandRequest.KeyId); the refusal's text is the one recorded for ReplicateKey.
        await SdkErrors.ShouldFailAsync<UnsupportedOperationException>(
            () => west.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = primary.KeyId }),
            "UnsupportedOperationException", $"{westMetadata.Arn} is not a multi-region primary key.");
    }

    // The service sends no message member, so the SDK makes up its own text: the code and status are what it received.
    private static async Task ShouldFailWithoutMessageAsync(Func<Task> call)
    {
        var error = await Should.ThrowAsync<UnsupportedOperationException>(call);
        error.ErrorCode.ShouldBe("UnsupportedOperationException");
        error.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        error.Message.ShouldEndWith("HTTP Body: {\"__type\":\"UnsupportedOperationException\"}");
    }

    private static MemoryStream Bytes(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));
}
