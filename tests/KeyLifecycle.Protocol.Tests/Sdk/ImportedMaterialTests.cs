using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Sdk;

/// <summary>
/// Several imported materials per key through the AWS SDK for .NET: ImportType, RotateKeyOnDemand of imported material,
/// DeleteImportedKeyMaterial with a KeyMaterialId, and what ListKeyRotations and DescribeKey report, as the KMS API
/// reference describes them since June 2025 (ImportKeyMaterial, DeleteImportedKeyMaterial, RotateKeyOnDemand,
/// ListKeyRotations; botocore 1.43 kms/2014-11-01/service-2.json).
/// </summary>
public class ImportedMaterialTests
{
    private static readonly byte[] s_first = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] s_second = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public async Task NewMaterial_WaitsForRotation_ThenEncrypts_WhileEarlierCiphertextsStillDecrypt()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata;

        var firstId = (await KeyMaterial.ImportAsync(client, key.KeyId, s_first)).KeyMaterialId;
        (await Describe(client, key.KeyId)).CurrentKeyMaterialId.ShouldBe(firstId);
        var before = await EncryptAsync(client, key.KeyId, "before");

        var imported = await KeyMaterial.ImportAsync(client, key.KeyId, s_second, request =>
        {
            request.ImportType = "NEW_KEY_MATERIAL";
            request.KeyMaterialDescription = "second material";
        });
        imported.KeyId.ShouldBe(key.Arn);
        var secondId = imported.KeyMaterialId;
        secondId.ShouldNotBe(firstId);

        // Until RotateKeyOnDemand, the new material only waits: it is listed as PENDING_ROTATION and does not encrypt.
        var waiting = (await client.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = key.KeyId, IncludeKeyMaterial = IncludeKeyMaterial.ALL_KEY_MATERIAL })).Rotations;
        waiting.Select(entry => (entry.KeyMaterialId, entry.KeyMaterialState.Value, entry.ImportState.Value))
            .ShouldBe([(firstId, "CURRENT", "IMPORTED"), (secondId, "PENDING_ROTATION", "IMPORTED")]);
        waiting[1].KeyMaterialDescription.ShouldBe("second material");
        waiting[1].ExpirationModel.Value.ShouldBe("KEY_MATERIAL_DOES_NOT_EXPIRE");
        waiting[1].RotationDate.ShouldBeNull();
        (await Describe(client, key.KeyId)).CurrentKeyMaterialId.ShouldBe(firstId);

        (await client.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = key.KeyId })).KeyId.ShouldBe(key.Arn);

        (await Describe(client, key.KeyId)).CurrentKeyMaterialId.ShouldBe(secondId);
        var after = await EncryptAsync(client, key.KeyId, "after");
        (await client.DecryptAsync(new DecryptRequest { CiphertextBlob = new MemoryStream(before) })).KeyMaterialId.ShouldBe(firstId);
        (await client.DecryptAsync(new DecryptRequest { CiphertextBlob = new MemoryStream(after) })).KeyMaterialId.ShouldBe(secondId);

        var rotations = (await client.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = key.KeyId })).Rotations;
        var rotation = rotations.ShouldHaveSingleItem();
        rotation.KeyMaterialId.ShouldBe(secondId);
        rotation.RotationType.Value.ShouldBe("ON_DEMAND");
        rotation.RotationDate.ShouldBe(kms.Clock.GetUtcNow().UtcDateTime);
        rotation.KeyMaterialState.Value.ShouldBe("CURRENT");
        rotation.ImportState.Value.ShouldBe("IMPORTED");
    }

    [Fact]
    public async Task DeletingANonCurrentMaterial_StopsTheKey_UntilTheSameBytesAreImportedAgain()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var (key, firstId, secondId) = await RotatedKeyAsync(client);
        var old = await EncryptAsync(client, key.KeyId, "old");

        var deleted = await client.DeleteImportedKeyMaterialAsync(new DeleteImportedKeyMaterialRequest { KeyId = key.KeyId, KeyMaterialId = firstId });
        deleted.KeyId.ShouldBe(key.Arn);
        deleted.KeyMaterialId.ShouldBe(firstId);

        // Every material of the key is needed: the key is PendingImport, and keeps reporting its current material.
        var described = await Describe(client, key.KeyId);
        described.KeyState.Value.ShouldBe("PendingImport");
        described.CurrentKeyMaterialId.ShouldBe(secondId);
        await SdkErrors.ShouldFailAsync<KMSInvalidStateException>(
            () => client.DecryptAsync(new DecryptRequest { CiphertextBlob = new MemoryStream(old) }), "KMSInvalidStateException", $"{key.Arn} is pending import.");
        var listed = (await client.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = key.KeyId, IncludeKeyMaterial = IncludeKeyMaterial.ALL_KEY_MATERIAL })).Rotations;
        listed[0].ImportState.Value.ShouldBe("PENDING_IMPORT");
        listed[0].ExpirationModel.ShouldBeNull();

        // Other bytes are refused; the same bytes, named by their ID, bring the key back.
        await SdkErrors.ShouldFailAsync<IncorrectKeyMaterialException>(
            () => KeyMaterial.ImportAsync(client, key.KeyId, RandomNumberGenerator.GetBytes(32)),
            "IncorrectKeyMaterialException",
            "The request was rejected because the key material in the request is, expired, invalid, or is not the same key material that was previously imported into this KMS key.");
        await SdkErrors.ShouldFailAsync<IncorrectKeyMaterialException>(
            () => KeyMaterial.ImportAsync(client, key.KeyId, s_first, request => request.KeyMaterialId = secondId),
            "IncorrectKeyMaterialException",
            "The request was rejected because the key material in the request is, expired, invalid, or is not the same key material that was previously imported into this KMS key.");
        var again = await KeyMaterial.ImportAsync(client, key.KeyId, s_first, request =>
        {
            request.ImportType = "EXISTING_KEY_MATERIAL";
            request.KeyMaterialId = firstId;
        });
        again.KeyMaterialId.ShouldBe(firstId);
        (await Describe(client, key.KeyId)).KeyState.Value.ShouldBe("Enabled");
        (await client.DecryptAsync(new DecryptRequest { CiphertextBlob = new MemoryStream(old) })).Plaintext.ToArray().ShouldBe("old"u8.ToArray());
    }

    [Fact]
    public async Task DeletingWithoutAnId_DeletesTheCurrentMaterial_AndDescribeKeyKeepsItsId()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var (key, _, secondId) = await RotatedKeyAsync(client);

        var deleted = await client.DeleteImportedKeyMaterialAsync(new DeleteImportedKeyMaterialRequest { KeyId = key.KeyId });

        deleted.KeyMaterialId.ShouldBe(secondId);
        var described = await Describe(client, key.KeyId);
        described.KeyState.Value.ShouldBe("PendingImport");
        described.CurrentKeyMaterialId.ShouldBe(secondId);
        await KeyMaterial.ImportAsync(client, key.KeyId, s_second);
        (await Describe(client, key.KeyId)).KeyState.Value.ShouldBe("Enabled");
    }

    [Fact]
    public async Task DeletingTheWaitingMaterial_ForgetsIt_SoOtherNewMaterialMayTakeItsPlace()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata;
        await KeyMaterial.ImportAsync(client, key.KeyId, s_first);
        var waitingId = (await KeyMaterial.ImportAsync(client, key.KeyId, s_second, request => request.ImportType = "NEW_KEY_MATERIAL")).KeyMaterialId;

        // One material may wait at a time (the text is the project's; AWS documents none).
        await SdkErrors.ShouldFailAsync<KMSInvalidStateException>(
            () => KeyMaterial.ImportAsync(client, key.KeyId, RandomNumberGenerator.GetBytes(32), request => request.ImportType = "NEW_KEY_MATERIAL"),
            "KMSInvalidStateException", $"{key.Arn} already has key material pending rotation.");

        await client.DeleteImportedKeyMaterialAsync(new DeleteImportedKeyMaterialRequest { KeyId = key.KeyId, KeyMaterialId = waitingId });

        (await Describe(client, key.KeyId)).KeyState.Value.ShouldBe("Enabled");
        (await client.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = key.KeyId, IncludeKeyMaterial = IncludeKeyMaterial.ALL_KEY_MATERIAL })).Rotations.Count.ShouldBe(1);
        var replacement = await KeyMaterial.ImportAsync(client, key.KeyId, RandomNumberGenerator.GetBytes(32), request => request.ImportType = "NEW_KEY_MATERIAL");
        await client.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = key.KeyId });
        (await Describe(client, key.KeyId)).CurrentKeyMaterialId.ShouldBe(replacement.KeyMaterialId);
    }

    [Fact]
    public async Task MaterialIds_AreTheSameForTheSameBytesInAKey_AndDifferInAnotherKey()
    {
        // "AWS KMS computes a unique key material identifier based on the key ID and the key material. Even if you
        // import the same key material in different keys, AWS KMS will assign distinct key material identifiers."
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var one = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata;
        var other = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata;

        var first = await KeyMaterial.ImportAsync(client, one.KeyId, s_first);
        await client.DeleteImportedKeyMaterialAsync(new DeleteImportedKeyMaterialRequest { KeyId = one.KeyId });
        var again = await KeyMaterial.ImportAsync(client, one.KeyId, s_first);
        var elsewhere = await KeyMaterial.ImportAsync(client, other.KeyId, s_first);

        again.KeyMaterialId.ShouldBe(first.KeyMaterialId);
        elsewhere.KeyMaterialId.ShouldNotBe(first.KeyMaterialId);
        first.KeyMaterialId.ShouldMatch("^[a-f0-9]{64}$");
    }

    [Fact]
    public async Task Expiry_OfTheWaitingMaterial_ForgetsIt_AndOfTheKeysMaterial_StopsTheKey()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata;
        var now = kms.Clock.GetUtcNow().UtcDateTime;
        await KeyMaterial.ImportAsync(client, key.KeyId, s_first, request =>
        {
            request.ExpirationModel = ExpirationModelType.KEY_MATERIAL_EXPIRES;
            request.ValidTo = now.AddDays(10);
        });
        await KeyMaterial.ImportAsync(client, key.KeyId, s_second, request =>
        {
            request.ImportType = "NEW_KEY_MATERIAL";
            request.ExpirationModel = ExpirationModelType.KEY_MATERIAL_EXPIRES;
            request.ValidTo = now.AddDays(2);
        });
        (await Describe(client, key.KeyId)).ValidTo.ShouldBe(now.AddDays(10));

        kms.Clock.Advance(TimeSpan.FromDays(2));
        (await Describe(client, key.KeyId)).KeyState.Value.ShouldBe("Enabled");
        (await client.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = key.KeyId, IncludeKeyMaterial = IncludeKeyMaterial.ALL_KEY_MATERIAL })).Rotations.Count.ShouldBe(1);
        await SdkErrors.ShouldFailAsync<KMSInvalidStateException>(
            () => client.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = key.KeyId }),
            "KMSInvalidStateException", $"No available key material pending rotation for the key: {key.Arn}.");

        kms.Clock.Advance(TimeSpan.FromDays(8));
        (await Describe(client, key.KeyId)).KeyState.Value.ShouldBe("PendingImport");
        await KeyMaterial.ImportAsync(client, key.KeyId, s_first);
        (await Describe(client, key.KeyId)).KeyState.Value.ShouldBe("Enabled");
    }

    [Fact]
    public async Task ImportOptions_ThatDoNotFit_AreRefused()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata;
        var rsa = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL, KeySpec = "RSA_2048", KeyUsage = KeyUsageType.ENCRYPT_DECRYPT })).KeyMetadata;
        var firstId = (await KeyMaterial.ImportAsync(client, key.KeyId, s_first)).KeyMaterialId;

        // The model's constraints (BackingKeyIdType: 64 characters, ^[a-f0-9]+$), in the service's validation wording.
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.DeleteImportedKeyMaterialAsync(new DeleteImportedKeyMaterialRequest { KeyId = key.KeyId, KeyMaterialId = firstId.ToUpperInvariant() }),
            "ValidationException",
            $"1 validation error detected: Value '{firstId.ToUpperInvariant()}' at 'keyMaterialId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-f0-9]+$");

        // The texts below are the project's: AWS documents the rules, not their messages.
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => KeyMaterial.ImportAsync(client, key.KeyId, s_second, request =>
            {
                request.ImportType = "NEW_KEY_MATERIAL";
                request.KeyMaterialId = firstId;
            }),
            "ValidationException", "KeyMaterialId cannot be specified when ImportType is NEW_KEY_MATERIAL.");
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.DeleteImportedKeyMaterialAsync(new DeleteImportedKeyMaterialRequest { KeyId = key.KeyId, KeyMaterialId = new string('a', 64) }),
            "ValidationException", $"Key material {new string('a', 64)} is not associated with {key.Arn}.");
        // Decided by the request alone, before the token: a token of another key does not change the answer.
        var otherKey = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata;
        var otherToken = (await client.GetParametersForImportAsync(new GetParametersForImportRequest
        {
            KeyId = otherKey.KeyId, WrappingAlgorithm = AlgorithmSpec.RSAES_OAEP_SHA_256, WrappingKeySpec = WrappingKeySpec.RSA_2048,
        })).ImportToken;
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.ImportKeyMaterialAsync(new ImportKeyMaterialRequest
            {
                KeyId = key.KeyId, ImportToken = otherToken, EncryptedKeyMaterial = new MemoryStream([1, 2, 3]), ImportType = "NEW_KEY_MATERIAL",
                KeyMaterialId = firstId, ExpirationModel = ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE,
            }),
            "ValidationException", "KeyMaterialId cannot be specified when ImportType is NEW_KEY_MATERIAL.");

        using var rsaKey = RSA.Create(2048);
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => KeyMaterial.ImportAsync(client, rsa.KeyId, rsaKey.ExportPkcs8PrivateKey(), request => request.ImportType = "NEW_KEY_MATERIAL"),
            "ValidationException", "ImportType, KeyMaterialId and KeyMaterialDescription are supported only with symmetric encryption KMS keys.");
        await KeyMaterial.ImportAsync(client, rsa.KeyId, rsaKey.ExportPkcs8PrivateKey());
        (await Describe(client, rsa.KeyId)).CurrentKeyMaterialId.ShouldBeNull();
    }

    [Fact]
    public async Task NewMaterial_ForAMultiRegionKey_IsNotImportedByThisEmulator()
    {
        // AWS keeps such material PENDING_MULTI_REGION_IMPORT_AND_ROTATION until every replica has it; the emulator
        // refuses it instead (README, "Where the emulator differs from KMS").
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL, MultiRegion = true })).KeyMetadata;
        await KeyMaterial.ImportAsync(client, key.KeyId, s_first);

        await SdkErrors.ShouldFailAsync<UnsupportedOperationException>(
            () => KeyMaterial.ImportAsync(client, key.KeyId, s_second, request => request.ImportType = "NEW_KEY_MATERIAL"),
            "UnsupportedOperationException",
            $"{key.Arn} is a multi-Region key: this emulator does not import new key material for the rotation of multi-Region keys.");
    }

    [Fact]
    public async Task Replica_TakesOnlyItsPrimarysMaterial()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var east = kms.CreateClient("us-east-1");
        using var west = kms.CreateClient("us-west-2");
        var primary = (await east.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL, MultiRegion = true })).KeyMetadata;
        var materialId = (await KeyMaterial.ImportAsync(east, primary.KeyId, s_first)).KeyMaterialId;
        var blob = await EncryptAsync(east, primary.KeyId, "from the primary");
        await east.ReplicateKeyAsync(new ReplicateKeyRequest { KeyId = primary.KeyId, ReplicaRegion = "us-west-2" });
        kms.Clock.Advance(TimeSpan.FromMinutes(5));

        await SdkErrors.ShouldFailAsync<IncorrectKeyMaterialException>(
            () => KeyMaterial.ImportAsync(west, primary.KeyId, s_second),
            "IncorrectKeyMaterialException",
            "The request was rejected because the key material in the request is, expired, invalid, or is not the same key material that was previously imported into this KMS key.");
        (await KeyMaterial.ImportAsync(west, primary.KeyId, s_first)).KeyMaterialId.ShouldBe(materialId);
        (await west.DecryptAsync(new DecryptRequest { CiphertextBlob = new MemoryStream(blob) })).Plaintext.ToArray().ShouldBe("from the primary"u8.ToArray());
    }

    private static async Task<(KeyMetadata Key, string FirstId, string SecondId)> RotatedKeyAsync(AmazonKeyManagementServiceClient client)
    {
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata;
        var firstId = (await KeyMaterial.ImportAsync(client, key.KeyId, s_first)).KeyMaterialId;
        var secondId = (await KeyMaterial.ImportAsync(client, key.KeyId, s_second, request => request.ImportType = "NEW_KEY_MATERIAL")).KeyMaterialId;
        await client.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = key.KeyId });
        return (key, firstId, secondId);
    }

    private static async Task<KeyMetadata> Describe(AmazonKeyManagementServiceClient client, string keyId) =>
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId })).KeyMetadata;

    private static async Task<byte[]> EncryptAsync(AmazonKeyManagementServiceClient client, string keyId, string text)
    {
        using var plaintext = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return (await client.EncryptAsync(new EncryptRequest { KeyId = keyId, Plaintext = plaintext })).CiphertextBlob.ToArray();
    }
}
