using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Seeding;

/// <summary>
/// A seed file that declares a key of every key spec, with material for each spec the emulator takes material for. Each
/// material is checked by an independent party, System.Security.Cryptography holding the same bytes: a ciphertext sealed
/// here in the blob format the README documents, an RSA-OAEP ciphertext, signatures and MACs made here, each accepted by
/// the seeded key through the AWS SDK; and the public keys served are the ones derived here.
/// </summary>
public class SeededMaterialTests
{
    private const string Symmetric = "00000000-0000-4000-8000-000000000001";

    [Fact]
    public async Task EveryKeySpec_Loads_WithTheMaterialTheSeedGives()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var symmetric = RandomNumberGenerator.GetBytes(32);
        var hmacs = new[] { ("HMAC_256", 32), ("HMAC_384", 48), ("HMAC_512", 64) }
            .Select(spec => (Spec: spec.Item1, Bytes: RandomNumberGenerator.GetBytes(spec.Item2))).ToArray();
        using var rsa2048 = RSA.Create(2048);
        using var rsa3072 = RSA.Create(3072);
        using var rsa4096 = RSA.Create(4096);
        var curves = new (string Spec, ECCurve Curve, HashAlgorithmName Hash, string Algorithm)[]
        {
            ("ECC_NIST_P256", ECCurve.NamedCurves.nistP256, HashAlgorithmName.SHA256, "ECDSA_SHA_256"),
            ("ECC_NIST_P384", ECCurve.NamedCurves.nistP384, HashAlgorithmName.SHA384, "ECDSA_SHA_384"),
            ("ECC_NIST_P521", ECCurve.NamedCurves.nistP521, HashAlgorithmName.SHA512, "ECDSA_SHA_512"),
            ("ECC_SECG_P256K1", ECCurve.CreateFromValue("1.3.132.0.10"), HashAlgorithmName.SHA256, "ECDSA_SHA_256"),
        };
        var ecKeys = curves.Select(curve => ECDsa.Create(curve.Curve)).ToArray();
        try
        {
            var keys = new System.Collections.Generic.List<object>
            {
                new { keyId = Symmetric, material = new[] { new { key = Convert.ToBase64String(symmetric) } } },
                // RSA in every form the format takes: PEM PKCS #8, PEM PKCS #1, base64 of PKCS #8 DER.
                new { keyId = Id(10), keySpec = "RSA_2048", keyUsage = "SIGN_VERIFY", material = new[] { new { key = rsa2048.ExportPkcs8PrivateKeyPem() } } },
                new { keyId = Id(11), keySpec = "RSA_3072", keyUsage = "ENCRYPT_DECRYPT", material = new[] { new { key = rsa3072.ExportRSAPrivateKeyPem() } } },
                new { keyId = Id(12), keySpec = "RSA_4096", keyUsage = "SIGN_VERIFY", material = new[] { new { key = Convert.ToBase64String(rsa4096.ExportPkcs8PrivateKey()) } } },
            };
            // Specs this platform cannot compute with (KeyMaterialGenerator.IsAvailable) take no material, and are declared without it.
            var withoutMaterial = new[] { ("HMAC_224", "GENERATE_VERIFY_MAC"), ("ECC_NIST_EDWARDS25519", "SIGN_VERIFY"), ("ML_DSA_44", "SIGN_VERIFY"), ("ML_DSA_65", "SIGN_VERIFY"), ("ML_DSA_87", "SIGN_VERIFY") };
            keys.AddRange(withoutMaterial.Select((spec, i) => (object)new { keyId = Id(30 + i), keySpec = spec.Item1, keyUsage = spec.Item2 }));

            // SM2 is offered in the China Regions only ("KeySpec SM2 is not supported in this Region" elsewhere).
            keys.Add(new { region = "cn-north-1", keyId = Id(50), keySpec = "SM2", keyUsage = "SIGN_VERIFY" });
            keys.AddRange(hmacs.Select((hmac, i) => (object)new { keyId = Id(20 + i), keySpec = hmac.Spec, keyUsage = "GENERATE_VERIFY_MAC", material = new[] { new { key = Convert.ToBase64String(hmac.Bytes) } } }));
            // EC keys as PEM SEC 1 ("EC PRIVATE KEY") and as base64 of PKCS #8 DER, alternately.
            keys.AddRange(curves.Select((curve, i) => (object)new
            {
                keyId = Id(40 + i), keySpec = curve.Spec, keyUsage = "SIGN_VERIFY",
                material = new[] { new { key = i % 2 == 0 ? ecKeys[i].ExportECPrivateKeyPem() : Convert.ToBase64String(ecKeys[i].ExportPkcs8PrivateKey()) } },
            }));

            var applied = SeedHelpers.Seed(kms, JsonSerializer.Serialize(new { version = 1, keys }));

            applied.KeysAdded.ShouldBe(keys.Count);
            var listed = (await client.ListKeysAsync(new ListKeysRequest())).Keys.Select(key => key.KeyId).Order().ToArray();
            listed.Length.ShouldBe(keys.Count - 1);
            var seededSpecs = await Task.WhenAll(listed.Select(async id => (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = id })).KeyMetadata.KeySpec.Value));
            using var china = kms.CreateClient("cn-north-1");
            (await china.DescribeKeyAsync(new DescribeKeyRequest { KeyId = Id(50) })).KeyMetadata.KeySpec.Value.ShouldBe("SM2");
            seededSpecs.Append("SM2").Order().ShouldBe(KmsWireNames.KeySpecValues.ToArray().Order());

            await SymmetricDecryptsWhatWasSealedOffline(client, symmetric);
            foreach (var (spec, bytes) in hmacs)
            {
                var mac = spec switch
                {
                    "HMAC_256" => HMACSHA256.HashData(bytes, "mac me"u8),
                    "HMAC_384" => HMACSHA384.HashData(bytes, "mac me"u8),
                    _ => HMACSHA512.HashData(bytes, "mac me"u8),
                };
                var keyId = Id(20 + Array.FindIndex(hmacs, hmac => hmac.Spec == spec));
                var verified = await client.VerifyMacAsync(new VerifyMacRequest
                {
                    KeyId = keyId, MacAlgorithm = "HMAC_SHA_" + spec["HMAC_".Length..], Message = new MemoryStream("mac me"u8.ToArray()), Mac = new MemoryStream(mac),
                });
                verified.MacValid.ShouldBe(true, spec);
            }

            (await VerifyAsync(client, Id(10), "RSASSA_PSS_SHA_256", rsa2048.SignData("jwt"u8.ToArray(), HashAlgorithmName.SHA256, RSASignaturePadding.Pss))).ShouldBeTrue();
            (await VerifyAsync(client, Id(12), "RSASSA_PKCS1_V1_5_SHA_512", rsa4096.SignData("jwt"u8.ToArray(), HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1))).ShouldBeTrue();
            var oaep = rsa3072.Encrypt("sealed for RSA"u8.ToArray(), RSAEncryptionPadding.OaepSHA256);
            (await client.DecryptAsync(new DecryptRequest { KeyId = Id(11), EncryptionAlgorithm = "RSAES_OAEP_SHA_256", CiphertextBlob = new MemoryStream(oaep) }))
                .Plaintext.ToArray().ShouldBe("sealed for RSA"u8.ToArray());
            (await client.GetPublicKeyAsync(new GetPublicKeyRequest { KeyId = Id(11) })).PublicKey.ToArray().ShouldBe(rsa3072.ExportSubjectPublicKeyInfo());

            for (var i = 0; i < curves.Length; i++)
            {
                var signature = ecKeys[i].SignData("jwt"u8.ToArray(), curves[i].Hash, DSASignatureFormat.Rfc3279DerSequence);
                (await VerifyAsync(client, Id(40 + i), curves[i].Algorithm, signature)).ShouldBeTrue(curves[i].Spec);
                (await client.GetPublicKeyAsync(new GetPublicKeyRequest { KeyId = Id(40 + i) })).PublicKey.ToArray().ShouldBe(ecKeys[i].ExportSubjectPublicKeyInfo(), curves[i].Spec);
            }
        }
        finally
        {
            foreach (var ecKey in ecKeys)
            {
                ecKey.Dispose();
            }
        }
    }

    [Fact]
    public async Task RotatedMaterial_KeepsItsIdsAndDates_AndEveryVersionDecryptsWhatItSealed()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var versions = Enumerable.Range(0, 3).Select(_ => RandomNumberGenerator.GetBytes(32)).ToArray();
        var secondId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var thirdId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        SeedHelpers.Seed(kms, $$"""
            {
              "keys": [{
                "keyId": "{{Symmetric}}",
                "creationDate": "2025-01-01T00:00:00Z",
                "rotationPeriodInDays": 180,
                "nextRotationDate": "2026-09-01T00:00:00Z",
                "material": [
                  { "key": "{{Convert.ToBase64String(versions[0])}}" },
                  { "keyMaterialId": "{{secondId}}", "key": "{{Convert.ToBase64String(versions[1])}}", "rotationDate": "2025-07-01T00:00:00Z", "rotationType": "AUTOMATIC" },
                  { "keyMaterialId": "{{thirdId}}", "key": "{{Convert.ToBase64String(versions[2])}}", "rotationDate": "2025-08-15T10:30:00Z", "rotationType": "ON_DEMAND" }
                ]
              }]
            }
            """);

        // ListKeyRotations reports the history the seed declares, and DescribeKey the last material as current.
        var rotations = (await client.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = Symmetric })).Rotations;
        rotations.Select(rotation => (rotation.KeyMaterialId, rotation.RotationDate!.Value.ToUniversalTime(), rotation.RotationType.Value)).ShouldBe(
        [
            (secondId, new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc), "AUTOMATIC"),
            (thirdId, new DateTime(2025, 8, 15, 10, 30, 0, DateTimeKind.Utc), "ON_DEMAND"),
        ]);
        var key = (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = Symmetric })).KeyMetadata;
        key.CurrentKeyMaterialId.ShouldBe(thirdId);
        key.CreationDate!.Value.ToUniversalTime().ShouldBe(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var status = await client.GetKeyRotationStatusAsync(new GetKeyRotationStatusRequest { KeyId = Symmetric });
        status.KeyRotationEnabled.ShouldBe(true);
        status.RotationPeriodInDays.ShouldBe(180);
        status.NextRotationDate!.Value.ToUniversalTime().ShouldBe(new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc));

        // Each rotated version decrypts what was sealed offline with it, named by its material ID, as ciphertexts of earlier material do.
        foreach (var (material, id) in new[] { (versions[1], secondId), (versions[2], thirdId) })
        {
            (await DecryptOfflineAsync(client, material, id)).ShouldBe("sealed offline"u8.ToArray());
        }

        // And what the key encrypts now decrypts with the third version's bytes, here.
        var ciphertext = (await client.EncryptAsync(new EncryptRequest { KeyId = Symmetric, Plaintext = new MemoryStream("now"u8.ToArray()) })).CiphertextBlob.ToArray();
        Sdk.OfflineCiphertext.Open(ciphertext, versions[2]).ShouldBe("now"u8.ToArray());
    }

    [Fact]
    public async Task ImportedMaterial_IsImported_WithItsExpiry_AndAMaterialWaitingForRotation()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var first = RandomNumberGenerator.GetBytes(32);
        var next = RandomNumberGenerator.GetBytes(32);
        var validTo = kms.Clock.GetUtcNow().AddDays(30);
        SeedHelpers.Seed(kms, $$"""
            {
              "keys": [
                { "keyId": "{{Symmetric}}", "origin": "EXTERNAL", "material": [
                    { "key": "{{Convert.ToBase64String(first)}}", "validTo": "{{validTo:O}}", "description": "from the HSM" },
                    { "key": "{{Convert.ToBase64String(next)}}", "description": "next year's" } ] },
                { "keyId": "{{Id(2)}}", "origin": "EXTERNAL" }
              ]
            }
            """);

        var key = (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = Symmetric })).KeyMetadata;
        key.KeyState.Value.ShouldBe("Enabled");
        key.ExpirationModel.Value.ShouldBe("KEY_MATERIAL_EXPIRES");
        key.ValidTo!.Value.ToUniversalTime().ShouldBe(validTo.UtcDateTime);
        var rotations = (await client.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = Symmetric, IncludeKeyMaterial = "ALL_KEY_MATERIAL" })).Rotations;
        rotations.Select(rotation => (rotation.KeyMaterialDescription, rotation.KeyMaterialState.Value)).ShouldBe([("from the HSM", "CURRENT"), ("next year's", "PENDING_ROTATION")]);

        // The same bytes imported through the API are recognised as the key's (an EXISTING re-import is accepted), and
        // the key decrypts what was sealed with them here.
        (await DecryptOfflineAsync(client, first, key.CurrentKeyMaterialId)).ShouldBe("sealed offline"u8.ToArray());
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = Id(2) })).KeyMetadata.KeyState.Value.ShouldBe("PendingImport");
    }

    internal static string Id(int n) => $"00000000-0000-4000-8000-{n:D12}";

    private static async Task SymmetricDecryptsWhatWasSealedOffline(AmazonKeyManagementServiceClient client, byte[] material)
    {
        var key = (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = Symmetric })).KeyMetadata;
        (await DecryptOfflineAsync(client, material, key.CurrentKeyMaterialId)).ShouldBe("sealed offline"u8.ToArray());
    }

    internal static async Task<byte[]> DecryptOfflineAsync(AmazonKeyManagementServiceClient client, byte[] material, string materialId, string keyId = Symmetric)
    {
        var blob = Sdk.OfflineCiphertext.Seal(material, keyId, materialId, "sealed offline"u8.ToArray());
        return (await client.DecryptAsync(new DecryptRequest { CiphertextBlob = new MemoryStream(blob) })).Plaintext.ToArray();
    }

    private static async Task<bool> VerifyAsync(AmazonKeyManagementServiceClient client, string keyId, string algorithm, byte[] signature) =>
        (await client.VerifyAsync(new VerifyRequest
        {
            KeyId = keyId, SigningAlgorithm = algorithm, MessageType = MessageType.RAW, Message = new MemoryStream("jwt"u8.ToArray()), Signature = new MemoryStream(signature),
        })).SignatureValid == true;
}
