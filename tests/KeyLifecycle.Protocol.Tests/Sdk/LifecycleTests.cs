using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Sdk;

/// <summary>The full lifecycle of a key of each origin, driven by the real AWS SDK.</summary>
public class LifecycleTests
{
    [Fact]
    public async Task AwsKmsKey_FullLifecycle_BehavesAsKms()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest
        {
            Description = "lifecycle",
            Tags = [new Tag { TagKey = "team", TagValue = "payments" }],
        })).KeyMetadata;
        var arn = key.Arn;

        await client.DisableKeyAsync(new DisableKeyRequest { KeyId = key.KeyId });
        await client.EnableKeyAsync(new EnableKeyRequest { KeyId = arn });

        await client.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = key.KeyId, RotationPeriodInDays = 180 });
        var rotation = await client.GetKeyRotationStatusAsync(new GetKeyRotationStatusRequest { KeyId = key.KeyId });
        rotation.KeyRotationEnabled.ShouldBe(true);
        rotation.RotationPeriodInDays.ShouldBe(180);
        rotation.KeyId.ShouldBe(arn);
        rotation.NextRotationDate.ShouldBe(FakeClock.DefaultStart.AddDays(180).UtcDateTime);
        await client.DisableKeyRotationAsync(new DisableKeyRotationRequest { KeyId = key.KeyId });
        (await client.GetKeyRotationStatusAsync(new GetKeyRotationStatusRequest { KeyId = key.KeyId })).KeyRotationEnabled.ShouldBe(false);

        await client.UpdateKeyDescriptionAsync(new UpdateKeyDescriptionRequest { KeyId = key.KeyId, Description = "renamed" });
        await client.TagResourceAsync(new TagResourceRequest { KeyId = key.KeyId, Tags = [new Tag { TagKey = "env", TagValue = "test" }] });
        await client.UntagResourceAsync(new UntagResourceRequest { KeyId = key.KeyId, TagKeys = ["team"] });
        var tags = await client.ListResourceTagsAsync(new ListResourceTagsRequest { KeyId = key.KeyId });
        tags.Tags.Select(tag => (tag.TagKey, tag.TagValue)).ShouldBe([("env", "test")]);
        tags.Truncated.ShouldBe(false);

        await client.CreateAliasAsync(new CreateAliasRequest { AliasName = "alias/lifecycle", TargetKeyId = key.KeyId });
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = "alias/lifecycle" })).KeyMetadata.Description.ShouldBe("renamed");
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = "arn:aws:kms:us-east-1:111122223333:alias/lifecycle" })).KeyMetadata.Arn.ShouldBe(arn);
        var aliases = await client.ListAliasesAsync(new ListAliasesRequest { KeyId = key.KeyId });
        aliases.Aliases.Single().AliasArn.ShouldBe("arn:aws:kms:us-east-1:111122223333:alias/lifecycle");
        aliases.Aliases.Single().TargetKeyId.ShouldBe(key.KeyId);

        var other = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        await client.UpdateAliasAsync(new UpdateAliasRequest { AliasName = "alias/lifecycle", TargetKeyId = other.KeyId });
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = "alias/lifecycle" })).KeyMetadata.KeyId.ShouldBe(other.KeyId);
        await client.DeleteAliasAsync(new DeleteAliasRequest { AliasName = "alias/lifecycle" });
        (await client.ListAliasesAsync(new ListAliasesRequest())).Aliases.ShouldBeEmpty();

        var scheduled = await client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key.KeyId, PendingWindowInDays = 7 });
        scheduled.KeyId.ShouldBe(arn);
        scheduled.KeyState.Value.ShouldBe("PendingDeletion");
        scheduled.PendingWindowInDays.ShouldBe(7);
        scheduled.DeletionDate.ShouldBe(FakeClock.DefaultStart.AddDays(7).UtcDateTime);
        var pending = (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId })).KeyMetadata;
        pending.KeyState.Value.ShouldBe("PendingDeletion");
        pending.Enabled.ShouldBe(false);
        pending.DeletionDate.ShouldBe(FakeClock.DefaultStart.AddDays(7).UtcDateTime);

        (await client.CancelKeyDeletionAsync(new CancelKeyDeletionRequest { KeyId = key.KeyId })).KeyId.ShouldBe(arn);
        var cancelled = (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId })).KeyMetadata;
        cancelled.KeyState.Value.ShouldBe("Disabled");
        cancelled.DeletionDate.ShouldBeNull();

        await client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key.KeyId, PendingWindowInDays = 7 });
        kms.Clock.Advance(TimeSpan.FromDays(7));
        await SdkErrors.ShouldFailAsync<NotFoundException>(
            () => client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId }),
            "NotFoundException", $"Key '{arn}' does not exist");
        (await client.ListKeysAsync(new ListKeysRequest())).Keys.Select(entry => entry.KeyId).ShouldBe([other.KeyId]);
    }

    [Fact]
    public async Task DeletedKey_TakesItsAliasesWithIt()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var doomed = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
        var kept = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
        await client.CreateAliasAsync(new CreateAliasRequest { AliasName = "alias/doomed", TargetKeyId = doomed });
        await client.CreateAliasAsync(new CreateAliasRequest { AliasName = "alias/kept", TargetKeyId = kept });

        await client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = doomed, PendingWindowInDays = 30 });
        kms.Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1));
        (await client.ListAliasesAsync(new ListAliasesRequest())).Aliases.Count.ShouldBe(2);
        kms.Clock.Advance(TimeSpan.FromSeconds(1));

        (await client.ListAliasesAsync(new ListAliasesRequest())).Aliases.Select(alias => alias.AliasName).ShouldBe(["alias/kept"]);
        await SdkErrors.ShouldFailAsync<NotFoundException>(
            () => client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = "alias/doomed" }),
            "NotFoundException", "Alias arn:aws:kms:us-east-1:111122223333:alias/doomed is not found.");
    }

    [Fact]
    public async Task UpdateAlias_ToAKeyPendingDeletion_IsRefusedAndKeepsTheAlias()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var current = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
        var pending = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        await client.CreateAliasAsync(new CreateAliasRequest { AliasName = "alias/moving", TargetKeyId = current });
        await client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = pending.KeyId });

        await SdkErrors.ShouldFailAsync<KMSInvalidStateException>(
            () => client.UpdateAliasAsync(new UpdateAliasRequest { AliasName = "alias/moving", TargetKeyId = pending.KeyId }),
            "KMSInvalidStateException", $"{pending.Arn} is pending deletion.");
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = "alias/moving" })).KeyMetadata.KeyId.ShouldBe(current);
    }

    [Fact]
    public async Task ListKeys_Paging_VisitsEveryKeyOnce()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var created = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            created.Add((await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId);
        }

        var seen = new List<string>();
        string? marker = null;
        var pages = 0;
        do
        {
            var page = await client.ListKeysAsync(new ListKeysRequest { Limit = 3, Marker = marker });
            page.Keys.Count.ShouldBeLessThanOrEqualTo(3);
            seen.AddRange(page.Keys.Select(entry => entry.KeyId));
            page.Truncated.ShouldBe(page.NextMarker is not null);
            marker = page.NextMarker;
            pages++;
        }
        while (marker is not null);

        pages.ShouldBe(3);
        seen.ShouldBe(created.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task ExternalKey_ImportDeleteReimport_FollowsTheMaterial()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata;
        key.KeyState.Value.ShouldBe("PendingImport");
        key.Enabled.ShouldBe(false);
        key.ExpirationModel.ShouldBeNull();

        var material = RandomNumberGenerator.GetBytes(32);
        await ImportAsync(client, key.KeyId, material, "RSAES_OAEP_SHA_256");
        var imported = (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId })).KeyMetadata;
        imported.KeyState.Value.ShouldBe("Enabled");
        imported.ExpirationModel.Value.ShouldBe("KEY_MATERIAL_DOES_NOT_EXPIRE");

        var deleted = await client.DeleteImportedKeyMaterialAsync(new DeleteImportedKeyMaterialRequest { KeyId = key.KeyId });
        deleted.KeyId.ShouldBe(key.Arn);
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId })).KeyMetadata.KeyState.Value.ShouldBe("PendingImport");

        await SdkErrors.ShouldFailAsync<IncorrectKeyMaterialException>(
            () => ImportAsync(client, key.KeyId, RandomNumberGenerator.GetBytes(32), "RSAES_OAEP_SHA_256"),
            "IncorrectKeyMaterialException",
            "The request was rejected because the key material in the request is, expired, invalid, or is not the same key material that was previously imported into this KMS key.");

        await ImportAsync(client, key.KeyId, material, "RSA_AES_KEY_WRAP_SHA_256", validTo: FakeClock.DefaultStart.AddDays(1));
        var reimported = (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId })).KeyMetadata;
        reimported.KeyState.Value.ShouldBe("Enabled");
        reimported.ExpirationModel.Value.ShouldBe("KEY_MATERIAL_EXPIRES");
        reimported.ValidTo.ShouldBe(FakeClock.DefaultStart.AddDays(1).UtcDateTime);

        kms.Clock.Advance(TimeSpan.FromDays(1));
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId })).KeyMetadata.KeyState.Value.ShouldBe("PendingImport");
    }

    [Fact]
    public async Task ImportKeyMaterial_TokenOfAnotherKeyOrExpired_IsRefused()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var first = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata;
        var second = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata;
        var parameters = await client.GetParametersForImportAsync(new GetParametersForImportRequest
        {
            KeyId = first.KeyId, WrappingAlgorithm = AlgorithmSpec.RSAES_OAEP_SHA_256, WrappingKeySpec = WrappingKeySpec.RSA_2048,
        });
        parameters.KeyId.ShouldBe(first.Arn);
        parameters.ParametersValidTo.ShouldBe(FakeClock.DefaultStart.AddHours(24).UtcDateTime);

        await SdkErrors.ShouldFailAsync<InvalidImportTokenException>(
            () => client.ImportKeyMaterialAsync(new ImportKeyMaterialRequest
            {
                KeyId = second.KeyId,
                ImportToken = parameters.ImportToken,
                EncryptedKeyMaterial = KeyMaterial.WrapOaepSha256(parameters.PublicKey.ToArray(), RandomNumberGenerator.GetBytes(32)),
                ExpirationModel = ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE,
            }),
            "InvalidImportTokenException",
            "The request was rejected because the provided import token is invalid or is associated with a different KMS key.");

        kms.Clock.Advance(TimeSpan.FromHours(24));
        parameters.ImportToken.Position = 0;
        await SdkErrors.ShouldFailAsync<ExpiredImportTokenException>(
            () => client.ImportKeyMaterialAsync(new ImportKeyMaterialRequest
            {
                KeyId = first.KeyId,
                ImportToken = parameters.ImportToken,
                EncryptedKeyMaterial = KeyMaterial.WrapOaepSha256(parameters.PublicKey.ToArray(), RandomNumberGenerator.GetBytes(32)),
                ExpirationModel = ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE,
            }),
            "ExpiredImportTokenException",
            "The request was rejected because the specified import token is expired. Use GetParametersForImport to get a new import token and public key, use the new public key to encrypt the key material, and then try the request again.");
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = first.KeyId })).KeyMetadata.KeyState.Value.ShouldBe("PendingImport");
    }

    [Theory]
    [InlineData("AWS_CLOUDHSM")]
    [InlineData("EXTERNAL_KEY_STORE")]
    public async Task CustomKeyStoreKey_DisconnectAndReconnect_DefersEnableAndDisable(string origin)
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var storeId = (await client.CreateCustomKeyStoreAsync(origin == "AWS_CLOUDHSM"
            ? new CreateCustomKeyStoreRequest
            {
                CustomKeyStoreName = "hsm", CloudHsmClusterId = "cluster-234567abcdefg", TrustAnchorCertificate = "-----BEGIN CERTIFICATE-----",
                KeyStorePassword = "kmsPswd1",
            }
            : new CreateCustomKeyStoreRequest
            {
                CustomKeyStoreName = "xks", CustomKeyStoreType = CustomKeyStoreType.EXTERNAL_KEY_STORE,
                XksProxyUriEndpoint = "https://xks.example.com", XksProxyUriPath = "/kms/xks/v1", XksProxyConnectivity = XksProxyConnectivityType.PUBLIC_ENDPOINT,
                XksProxyAuthenticationCredential = new XksProxyAuthenticationCredentialType
                {
                    AccessKeyId = "ABCDEFGHIJKLMNOPQRST", RawSecretAccessKey = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ",
                },
            })).CustomKeyStoreId;
        storeId.ShouldMatch("^cks-[0-9a-f]{17}$");

        await SdkErrors.ShouldFailAsync<CustomKeyStoreInvalidStateException>(
            () => client.CreateKeyAsync(new CreateKeyRequest { Origin = origin, CustomKeyStoreId = storeId }),
            "CustomKeyStoreInvalidStateException", $"The custom key store {storeId} is not connected.");

        await client.ConnectCustomKeyStoreAsync(new ConnectCustomKeyStoreRequest { CustomKeyStoreId = storeId });
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = origin, CustomKeyStoreId = storeId })).KeyMetadata;
        key.KeyState.Value.ShouldBe("Enabled");
        key.CustomKeyStoreId.ShouldBe(storeId);
        key.CloudHsmClusterId.ShouldBe(origin == "AWS_CLOUDHSM" ? "cluster-234567abcdefg" : null);
        key.Origin.Value.ShouldBe(origin);

        await client.DisconnectCustomKeyStoreAsync(new DisconnectCustomKeyStoreRequest { CustomKeyStoreId = storeId });
        (await client.DescribeCustomKeyStoresAsync(new DescribeCustomKeyStoresRequest { CustomKeyStoreId = storeId }))
            .CustomKeyStores.Single().ConnectionState.Value.ShouldBe("DISCONNECTED");
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId })).KeyMetadata.KeyState.Value.ShouldBe("Unavailable");

        await client.DisableKeyAsync(new DisableKeyRequest { KeyId = key.KeyId });
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId })).KeyMetadata.KeyState.Value.ShouldBe("Unavailable");

        await client.ConnectCustomKeyStoreAsync(new ConnectCustomKeyStoreRequest { CustomKeyStoreId = storeId });
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId })).KeyMetadata.KeyState.Value.ShouldBe("Disabled");

        await client.DisconnectCustomKeyStoreAsync(new DisconnectCustomKeyStoreRequest { CustomKeyStoreId = storeId });
        await SdkErrors.ShouldFailAsync<CustomKeyStoreHasCMKsException>(
            () => client.DeleteCustomKeyStoreAsync(new DeleteCustomKeyStoreRequest { CustomKeyStoreId = storeId }),
            "CustomKeyStoreHasCMKsException",
            "The request was rejected because the custom key store contains KMS keys. After verifying that you do not need to use the KMS keys, use the ScheduleKeyDeletion operation to delete the KMS keys. After they are deleted, you can delete the custom key store.");
    }

    [Fact]
    public async Task MultiRegionKey_ReplicateAndMovePrimary_PassesThroughCreatingAndUpdating()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var east = kms.CreateClient("us-east-1");
        using var west = kms.CreateClient("us-west-2");
        var primary = (await east.CreateKeyAsync(new CreateKeyRequest { MultiRegion = true })).KeyMetadata;
        primary.KeyId.ShouldStartWith("mrk-");
        primary.MultiRegionConfiguration.MultiRegionKeyType.Value.ShouldBe("PRIMARY");

        var replicated = await east.ReplicateKeyAsync(new ReplicateKeyRequest
        {
            KeyId = primary.KeyId, ReplicaRegion = "us-west-2", Description = "west", Tags = [new Tag { TagKey = "r", TagValue = "w" }],
        });
        replicated.ReplicaKeyMetadata.KeyState.Value.ShouldBe("Creating");
        replicated.ReplicaKeyMetadata.Enabled.ShouldBe(false);
        replicated.ReplicaKeyMetadata.Arn.ShouldBe($"arn:aws:kms:us-west-2:111122223333:key/{primary.KeyId}");
        replicated.ReplicaTags.Single().TagKey.ShouldBe("r");
        replicated.ReplicaPolicy.ShouldContain("arn:aws:iam::111122223333:root");

        await SdkErrors.ShouldFailAsync<KMSInvalidStateException>(
            () => west.EnableKeyAsync(new EnableKeyRequest { KeyId = primary.KeyId }),
            "KMSInvalidStateException", $"arn:aws:kms:us-west-2:111122223333:key/{primary.KeyId} is creating.");
        kms.Clock.Advance(TimeSpan.FromSeconds(5));
        (await west.DescribeKeyAsync(new DescribeKeyRequest { KeyId = primary.KeyId })).KeyMetadata.KeyState.Value.ShouldBe("Enabled");
        (await east.DescribeKeyAsync(new DescribeKeyRequest { KeyId = primary.KeyId })).KeyMetadata.MultiRegionConfiguration.ReplicaKeys
            .Single().Region.ShouldBe("us-west-2");

        await east.UpdatePrimaryRegionAsync(new UpdatePrimaryRegionRequest { KeyId = primary.KeyId, PrimaryRegion = "us-west-2" });
        await SdkErrors.ShouldFailAsync<KMSInvalidStateException>(
            () => east.DisableKeyAsync(new DisableKeyRequest { KeyId = primary.KeyId }),
            "KMSInvalidStateException", $"{primary.Arn} is updating.");
        kms.Clock.Advance(TimeSpan.FromSeconds(5));
        var newPrimary = (await west.DescribeKeyAsync(new DescribeKeyRequest { KeyId = primary.KeyId })).KeyMetadata;
        newPrimary.KeyState.Value.ShouldBe("Enabled");
        newPrimary.MultiRegionConfiguration.MultiRegionKeyType.Value.ShouldBe("PRIMARY");
        (await east.DescribeKeyAsync(new DescribeKeyRequest { KeyId = primary.KeyId })).KeyMetadata.MultiRegionConfiguration
            .MultiRegionKeyType.Value.ShouldBe("REPLICA");

        var scheduled = await west.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = primary.KeyId, PendingWindowInDays = 7 });
        scheduled.KeyState.Value.ShouldBe("PendingReplicaDeletion");
        scheduled.DeletionDate.ShouldBeNull();
        await east.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = primary.KeyId, PendingWindowInDays = 7 });
        kms.Clock.Advance(TimeSpan.FromDays(7));
        await Should.ThrowAsync<NotFoundException>(() => east.DescribeKeyAsync(new DescribeKeyRequest { KeyId = primary.KeyId }));
        var last = (await west.DescribeKeyAsync(new DescribeKeyRequest { KeyId = primary.KeyId })).KeyMetadata;
        last.KeyState.Value.ShouldBe("PendingDeletion");
        last.DeletionDate.ShouldBe(FakeClock.DefaultStart.AddSeconds(10).AddDays(14).UtcDateTime);
    }

    private static async Task ImportAsync(AmazonKeyManagementServiceClient client, string keyId, byte[] material, string algorithm, DateTimeOffset? validTo = null)
    {
        var parameters = await client.GetParametersForImportAsync(new GetParametersForImportRequest
        {
            KeyId = keyId, WrappingAlgorithm = algorithm, WrappingKeySpec = WrappingKeySpec.RSA_2048,
        });
        var publicKey = parameters.PublicKey.ToArray();
        await client.ImportKeyMaterialAsync(new ImportKeyMaterialRequest
        {
            KeyId = keyId,
            ImportToken = parameters.ImportToken,
            EncryptedKeyMaterial = algorithm == "RSAES_OAEP_SHA_256"
                ? KeyMaterial.WrapOaepSha256(publicKey, material)
                : KeyMaterial.WrapRsaAesKeyWrapSha256(publicKey, material),
            ExpirationModel = validTo is null ? ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE : ExpirationModelType.KEY_MATERIAL_EXPIRES,
            ValidTo = validTo?.UtcDateTime,
        });
    }
}
