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
/// CreateKey's <c>_custom_id_</c> and <c>_custom_key_material_</c> tags, written as LocalStack's users write them (its KMS
/// documentation and tests: a UUID for the ID; base64 of the raw bytes for symmetric and HMAC keys, of a DER private key
/// for asymmetric ones). Each material is checked by an independent party, System.Security.Cryptography with the same
/// bytes: a MAC computed here, a signature verified here, a ciphertext made here in the documented blob format.
/// </summary>
public class CustomKeyTagsTests
{
    [Fact]
    public async Task CustomId_IsTheKeyId_AndNeitherTagIsStored()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        const string Id = "fe960654-cdc9-4580-9368-8c58c3865a46";

        var key = (await client.CreateKeyAsync(new CreateKeyRequest
        {
            Tags = [Tag("_custom_id_", Id), Tag("_custom_key_material_", Convert.ToBase64String(new byte[32])), Tag("team", "payments")],
        })).KeyMetadata;

        key.KeyId.ShouldBe(Id);
        key.Arn.ShouldBe($"arn:aws:kms:us-east-1:111122223333:key/{Id}");
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = Id })).KeyMetadata.Arn.ShouldBe(key.Arn);
        (await client.ListResourceTagsAsync(new ListResourceTagsRequest { KeyId = Id })).Tags.Select(tag => tag.TagKey).ShouldBe(["team"]);
    }

    [Fact]
    public async Task CustomId_ThatIsTaken_OrNotAKeyId_IsRefused()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        const string Id = "00000000-0000-0000-0000-000000000001";
        await client.CreateKeyAsync(new CreateKeyRequest { Tags = [Tag("_custom_id_", Id)] });

        // CreateKey's model lists no AlreadyExistsException, so the SDK reports it by code on its base exception.
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.CreateKeyAsync(new CreateKeyRequest { Tags = [Tag("_custom_id_", Id)] }),
            "AlreadyExistsException", $"A key with the key ID {Id} already exists in us-east-1.");
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.CreateKeyAsync(new CreateKeyRequest { Tags = [Tag("_custom_id_", "my-key")] }),
            "ValidationException", "The _custom_id_ tag's value 'my-key' is not a key ID: a UUID such as 1234abcd-12ab-34cd-56ef-1234567890ab.");
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.CreateKeyAsync(new CreateKeyRequest { MultiRegion = true, Tags = [Tag("_custom_id_", Id)] }),
            "ValidationException", $"The _custom_id_ tag's value '{Id}' is not a multi-Region key ID: mrk- and 32 hexadecimal digits.");

        var multiRegion = (await client.CreateKeyAsync(new CreateKeyRequest { MultiRegion = true, Tags = [Tag("_custom_id_", "mrk-00000000000000000000000000000002")] })).KeyMetadata;
        multiRegion.KeyId.ShouldBe("mrk-00000000000000000000000000000002");
        multiRegion.MultiRegion.ShouldBe(true);
    }

    [Fact]
    public async Task MultiRegionCustomId_IsTakenInEveryRegion_AndAReplicaFindsItsRegionTaken()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var east = kms.CreateClient("us-east-1");
        using var west = kms.CreateClient("eu-west-1");
        const string Id = "mrk-0123456789abcdef0123456789abcdef";
        var primary = (await east.CreateKeyAsync(new CreateKeyRequest { MultiRegion = true, Tags = [Tag("_custom_id_", Id)] })).KeyMetadata;

        // Related multi-Region keys share their ID, so a second key with it anywhere in the account is refused.
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => west.CreateKeyAsync(new CreateKeyRequest { MultiRegion = true, Tags = [Tag("_custom_id_", Id)] }),
            "AlreadyExistsException", $"A key with the key ID {Id} already exists in us-east-1.");

        // A replica lands where the ID is free, and not on a key that holds it (put straight into the store, as a durable
        // store written by an older emulator could hold one).
        (await east.ReplicateKeyAsync(new ReplicateKeyRequest { KeyId = primary.KeyId, ReplicaRegion = "eu-west-1" })).ReplicaKeyMetadata.KeyId.ShouldBe(Id);
        kms.Store.TryCommit(new KeyLifecycle.Protocol.Storage.KeyStoreCommit().Add(KmsKey.Create(Identifiers.KeyArn.Parse($"arn:aws:kms:ap-south-1:111122223333:key/{Id}"), DateTimeOffset.UnixEpoch))).ShouldBeTrue();
        await SdkErrors.ShouldFailAsync<AlreadyExistsException>(
            () => east.ReplicateKeyAsync(new ReplicateKeyRequest { KeyId = primary.KeyId, ReplicaRegion = "ap-south-1" }),
            "AlreadyExistsException", $"A key with the key ID {Id} already exists in ap-south-1.");
    }

    [Fact]
    public async Task SymmetricMaterial_DecryptsACiphertextMadeOfflineWithTheSameBytes()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var material = RandomNumberGenerator.GetBytes(32);
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Tags = [Tag("_custom_key_material_", Convert.ToBase64String(material))] })).KeyMetadata;

        // The blob format the README documents, sealed here with bare AesGcm (OfflineCiphertext).
        var plaintext = "sealed offline"u8.ToArray();
        var blob = OfflineCiphertext.Seal(material, key.KeyId, key.CurrentKeyMaterialId, plaintext);

        var decrypted = await client.DecryptAsync(new DecryptRequest { CiphertextBlob = new MemoryStream(blob) });

        decrypted.Plaintext.ToArray().ShouldBe(plaintext);
        decrypted.KeyId.ShouldBe(key.Arn);
    }

    [Fact]
    public async Task HmacMaterial_MacsAsHmacWithTheSameBytes_EvenShorterThanKmsImports()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var material = "custom test key material"u8.ToArray();   // 24 bytes, as in LocalStack's own test
        var key = (await client.CreateKeyAsync(new CreateKeyRequest
        {
            KeySpec = "HMAC_256", KeyUsage = KeyUsageType.GENERATE_VERIFY_MAC, Tags = [Tag("_custom_key_material_", Convert.ToBase64String(material))],
        })).KeyMetadata;

        var mac = await client.GenerateMacAsync(new GenerateMacRequest { KeyId = key.KeyId, MacAlgorithm = MacAlgorithmSpec.HMAC_SHA_256, Message = new MemoryStream("some important message"u8.ToArray()) });

        mac.Mac.ToArray().ShouldBe(HMACSHA256.HashData(material, "some important message"u8));
    }

    [Theory]
    [InlineData("pkcs8")]
    [InlineData("pkcs1")]
    public async Task RsaMaterial_SignsWhatTheSamePrivateKeyVerifies_AndItsPublicKeyIsServed(string form)
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        using var rsa = RSA.Create(2048);
        var der = form == "pkcs8" ? rsa.ExportPkcs8PrivateKey() : rsa.ExportRSAPrivateKey();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest
        {
            KeySpec = "RSA_2048", KeyUsage = KeyUsageType.SIGN_VERIFY, Tags = [Tag("_custom_key_material_", Convert.ToBase64String(der))],
        })).KeyMetadata;

        (await client.GetPublicKeyAsync(new GetPublicKeyRequest { KeyId = key.KeyId })).PublicKey.ToArray().ShouldBe(rsa.ExportSubjectPublicKeyInfo());
        var signature = await client.SignAsync(new SignRequest
        {
            KeyId = key.KeyId, SigningAlgorithm = SigningAlgorithmSpec.RSASSA_PKCS1_V1_5_SHA_256, Message = new MemoryStream("jwt"u8.ToArray()),
        });
        rsa.VerifyData("jwt"u8, signature.Signature.ToArray(), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).ShouldBeTrue();
    }

    [Fact]
    public async Task EccMaterial_InSec1Form_AsLocalStackScriptsWriteIt_IsTheKeysPrivateKey()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var key = (await client.CreateKeyAsync(new CreateKeyRequest
        {
            KeySpec = "ECC_NIST_P256", KeyUsage = KeyUsageType.SIGN_VERIFY, Tags = [Tag("_custom_key_material_", Convert.ToBase64String(ecdsa.ExportECPrivateKey()))],
        })).KeyMetadata;

        var signature = await client.SignAsync(new SignRequest
        {
            KeyId = key.KeyId, SigningAlgorithm = SigningAlgorithmSpec.ECDSA_SHA_256, Message = new MemoryStream("block"u8.ToArray()),
        });

        ecdsa.VerifyData("block"u8, signature.Signature.ToArray(), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence).ShouldBeTrue();
    }

    [Fact]
    public async Task Material_ThatDoesNotFit_IsRefused_AndNothingIsCreated()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        var cases = new (CreateKeyRequest Request, string Message)[]
        {
            (new() { Tags = [Tag("_custom_key_material_", Convert.ToBase64String(new byte[16]))] },
                "The _custom_key_material_ tag's value is not key material for a SYMMETRIC_DEFAULT key: 32 bytes, base64."),
            (new() { Tags = [Tag("_custom_key_material_", "not base64!")] },
                "The _custom_key_material_ tag's value is not base64."),
            (new() { KeySpec = "ECC_NIST_P256", KeyUsage = KeyUsageType.SIGN_VERIFY, Tags = [Tag("_custom_key_material_", Convert.ToBase64String(p384.ExportPkcs8PrivateKey()))] },
                "The _custom_key_material_ tag's value is not key material for a ECC_NIST_P256 key: an EC private key on that curve: PKCS #8 or SEC 1 DER in base64, or PEM."),
            (new() { Origin = OriginType.EXTERNAL, Tags = [Tag("_custom_key_material_", Convert.ToBase64String(new byte[32]))] },
                "The _custom_key_material_ tag applies only to keys whose material KMS generates (Origin AWS_KMS); import material into an EXTERNAL key instead."),
        };

        foreach (var (request, message) in cases)
        {
            await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(() => client.CreateKeyAsync(request), "ValidationException", message);
        }

        (await client.ListKeysAsync(new ListKeysRequest())).Keys.ShouldBeEmpty();
    }

    [Fact]
    public async Task OrdinaryTags_KeepTheirLengthLimit()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();

        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.CreateKeyAsync(new CreateKeyRequest { Tags = [Tag("notes", new string('x', 257))] }),
            "ValidationException",
            $"1 validation error detected: Value '{new string('x', 257)}' at 'tags.1.member.tagValue' failed to satisfy constraint: Member must have length less than or equal to 256");
    }

    private static Tag Tag(string key, string value) => new() { TagKey = key, TagValue = value };
}
