using System;
using System.Linq;
using System.Threading.Tasks;
using Amazon.KeyManagementService.Model;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Seeding;

/// <summary>
/// Every kind of malformed seed entry, each refused with a problem that names the entry and the member, and nothing
/// applied: each seed also declares a good key, which must not appear. The texts are the project's (AWS has no seed
/// files), except where the domain refuses as the service does, whose text is then AWS's own.
/// </summary>
public class SeedValidationTests
{
    private const string Good = """{ "keyId": "00000000-0000-4000-8000-000000000001" }""";
    private const string Id = "00000000-0000-4000-8000-000000000002";
    private const string Arn = "arn:aws:kms:us-east-1:111122223333:key/" + Id;
    private const string Mrk = "mrk-0123456789abcdef0123456789abcdef";
    private const string Bytes32 = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    private const string Ones32 = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";
    private const string Twos32 = "AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI=";
    private const string Bytes16 = "AAAAAAAAAAAAAAAAAAAAAA==";

    public static TheoryData<string, string> MalformedKeys => new()
    {
        { "null", "keys[1]: the entry is null; write an object with at least a keyId" },
        { """{ "keySpec": "RSA_2048" }""", "keys[1]: keyId is missing; every key declares its ID, a UUID such as 1234abcd-12ab-34cd-56ef-1234567890ab or mrk- and 32 hexadecimal digits" },
        { """{ "keyId": "orders" }""", "keys[1]: keyId 'orders' is not a key ID; write a UUID such as 1234abcd-12ab-34cd-56ef-1234567890ab, or mrk- and 32 hexadecimal digits" },
        { $$"""{ "keyId": "{{Id}}", "account": "12345" }""", "keys[1]: account '12345' is not a twelve-digit AWS account ID" },
        { $$"""{ "keyId": "{{Id}}", "region": "moon-1" }""", "keys[1]: region 'moon-1' is not a Region of a known AWS partition" },
        { """{ "keyId": "00000000-0000-4000-8000-000000000001", "description": "again" }""", "keys[1] (arn:aws:kms:us-east-1:111122223333:key/00000000-0000-4000-8000-000000000001): the key is declared twice, first as keys[0]" },
        { $$"""{ "keyId": "{{Id}}", "primaryRegion": "eu-west-1" }""", $"keys[1] ({Arn}): primaryRegion is for multi-Region replicas, whose key IDs start with mrk-; this key is single-Region" },
        { $$"""{ "keyId": "{{Mrk}}", "primaryRegion": "cn-north-1" }""", $"keys[1] (arn:aws:kms:us-east-1:111122223333:key/{Mrk}): primaryRegion cn-north-1 is in another partition than the replica's Region us-east-1" },
        { $$"""{ "keyId": "{{Mrk}}", "region": "eu-west-1", "primaryRegion": "us-east-1" }""", $"keys[1] (arn:aws:kms:eu-west-1:111122223333:key/{Mrk}): primaryRegion us-east-1 names no primary key {Mrk} of this seed in that Region; declare the primary too" },
        { $$"""{ "keyId": "{{Id}}", "keySpec": "RSA_1024" }""", $"keys[1] ({Arn}): keySpec 'RSA_1024' is not a key spec; write one of SYMMETRIC_DEFAULT, RSA_2048, RSA_3072, RSA_4096, ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521, ECC_SECG_P256K1, ECC_NIST_EDWARDS25519, HMAC_224, HMAC_256, HMAC_384, HMAC_512, SM2, ML_DSA_44, ML_DSA_65, ML_DSA_87" },
        { $$"""{ "keyId": "{{Id}}", "keyUsage": "DECRYPT" }""", $"keys[1] ({Arn}): keyUsage 'DECRYPT' is not a key usage; write one of ENCRYPT_DECRYPT, SIGN_VERIFY, GENERATE_VERIFY_MAC, KEY_AGREEMENT" },
        { $$"""{ "keyId": "{{Id}}", "origin": "AWS_CLOUDHSM" }""", $"keys[1] ({Arn}): origin 'AWS_CLOUDHSM' cannot be seeded; write AWS_KMS or EXTERNAL (keys in custom key stores are not part of a seed)" },
        // The domain's own refusal, CreateKey's text.
        { $$"""{ "keyId": "{{Id}}", "keySpec": "RSA_2048" }""", $"keys[1] ({Arn}): You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys." },
        { $$"""{ "keyId": "{{Id}}", "material": [null] }""", $"keys[1] ({Arn}): material[0] is null; write an object such as {{\"key\": \"...\"}}" },
        { $$"""{ "keyId": "{{Id}}", "material": [{ "key": "{{Bytes16}}" }] }""", $"keys[1] ({Arn}): material[0].key is not key material for a SYMMETRIC_DEFAULT key: 32 bytes, base64" },
        { $$"""{ "keyId": "{{Id}}", "material": [{ "key": "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----" }] }""", $"keys[1] ({Arn}): material[0].key is not key material for a SYMMETRIC_DEFAULT key: 32 bytes, base64" },
        { $$"""{ "keyId": "{{Id}}", "keySpec": "HMAC_224", "keyUsage": "GENERATE_VERIFY_MAC", "material": [{ "key": "{{Bytes32}}" }] }""", $"keys[1] ({Arn}): material[0].key is not key material for a HMAC_224 key: none; this emulator cannot compute with such keys, so it takes no material for them" },
        { $$"""{ "keyId": "{{Id}}", "keySpec": "ECC_NIST_P256", "keyUsage": "SIGN_VERIFY", "material": [{ "key": "{{Bytes32}}" }] }""", $"keys[1] ({Arn}): material[0].key is not key material for a ECC_NIST_P256 key: an EC private key on that curve: PKCS #8 or SEC 1 DER in base64, or PEM" },
        { $$"""{ "keyId": "{{Id}}", "keySpec": "HMAC_256", "keyUsage": "GENERATE_VERIFY_MAC", "material": [{}, {}] }""", $"keys[1] ({Arn}): material lists 2 materials, but only symmetric encryption keys rotate, so a HMAC_256 key has one" },
        { $$"""{ "keyId": "{{Id}}", "material": [{ "keyMaterialId": "{{new string('a', 64)}}" }] }""", $"keys[1] ({Arn}): material[0].keyMaterialId '{new string('a', 64)}' is not this key's first material ID, which follows from its ARN here: " },
        { $$"""{ "keyId": "{{Id}}", "material": [{ "rotationDate": "2026-01-01T00:00:00Z" }] }""", $"keys[1] ({Arn}): material[0] is the key's first material; rotationDate and rotationType belong to the later ones, which rotations made current" },
        { $$"""{ "keyId": "{{Id}}", "material": [{ "validTo": "2027-01-01T00:00:00Z" }] }""", $"keys[1] ({Arn}): material[0]: validTo and description are for imported material (origin EXTERNAL)" },
        { $$"""{ "keyId": "{{Id}}", "material": [{}, { "keyMaterialId": "ABC", "rotationDate": "2026-01-01T00:00:00Z" }] }""", $"keys[1] ({Arn}): material[1].keyMaterialId 'ABC' is not a key material ID; write 64 lower-case hexadecimal digits" },
        { $$"""{ "keyId": "{{Id}}", "material": [{}, { "keyMaterialId": "{{new string('b', 64)}}", "rotationDate": "2026-01-01T00:00:00Z" }, { "keyMaterialId": "{{new string('b', 64)}}", "rotationDate": "2026-02-01T00:00:00Z" }] }""", $"keys[1] ({Arn}): material[2].keyMaterialId {new string('b', 64)} appears twice" },
        { $$"""{ "keyId": "{{Id}}", "material": [{}, {}] }""", $"keys[1] ({Arn}): material[1].rotationDate is missing; each material after the first was made current by a rotation on that date" },
        { $$"""{ "keyId": "{{Id}}", "material": [{}, { "rotationDate": "2026-01-01T00:00:00Z", "rotationType": "WEEKLY" }] }""", $"keys[1] ({Arn}): material[1].rotationType 'WEEKLY' is not a rotation type; write AUTOMATIC or ON_DEMAND" },
        { $$"""{ "keyId": "{{Id}}", "origin": "EXTERNAL", "material": [{}] }""", $"keys[1] ({Arn}): material[0].key is missing; imported material (origin EXTERNAL) is declared with its bytes, and a key without material is left out of material, PendingImport" },
        { $$"""{ "keyId": "{{Id}}", "origin": "EXTERNAL", "material": [{ "key": "{{Bytes32}}", "keyMaterialId": "{{new string('c', 64)}}" }] }""", $"keys[1] ({Arn}): material[0].keyMaterialId '{new string('c', 64)}' is not the ID of these bytes in this key, " },
        { $$"""{ "keyId": "{{Id}}", "origin": "EXTERNAL", "material": [{ "key": "{{Bytes32}}", "rotationDate": "2026-01-01T00:00:00Z" }] }""", $"keys[1] ({Arn}): material[0] is the key's first material; rotationDate and rotationType belong to the later ones, which rotations made current" },
        { $$"""{ "keyId": "{{Id}}", "origin": "EXTERNAL", "material": [{ "key": "{{Bytes32}}" }, { "key": "{{Ones32}}" }, { "key": "{{Twos32}}" }] }""", $"keys[1] ({Arn}): material[1].rotationDate is missing; only the last material may wait for a rotation, as one imported for the next RotateKeyOnDemand" },
        { $$"""{ "keyId": "{{Id}}", "origin": "EXTERNAL", "material": [{ "key": "{{Bytes32}}" }, { "key": "{{Ones32}}", "rotationDate": "2026-01-01T00:00:00Z", "rotationType": "AUTOMATIC" }] }""", $"keys[1] ({Arn}): material[1].rotationType 'AUTOMATIC' is not how imported material rotates; write ON_DEMAND" },
        { $$"""{ "keyId": "{{Id}}", "nextRotationDate": "2027-01-01T00:00:00Z" }""", $"keys[1] ({Arn}): nextRotationDate needs rotationPeriodInDays, which turns automatic rotation on" },
        // The domain's own refusal, EnableKeyRotation's text.
        { $$"""{ "keyId": "{{Id}}", "rotationPeriodInDays": 30 }""", $"keys[1] ({Arn}): rotationPeriodInDays: 1 validation error detected: Value '30' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value greater than or equal to 90" },
        { $$"""{ "keyId": "{{Id}}", "policy": { "Statement": 1 } }""", $"keys[1] ({Arn}): policy: MalformedPolicyDocumentException: " },
        { $$"""{ "keyId": "{{Id}}", "state": "Creating" }""", $"keys[1] ({Arn}): state 'Creating' cannot be declared; write Enabled, Disabled, PendingImport, PendingDeletion or PendingReplicaDeletion" },
        { $$"""{ "keyId": "{{Id}}", "state": "Asleep" }""", $"keys[1] ({Arn}): state 'Asleep' cannot be declared; write Enabled, Disabled, PendingImport, PendingDeletion or PendingReplicaDeletion" },
        { $$"""{ "keyId": "{{Id}}", "deletionDate": "2027-01-01T00:00:00Z" }""", $"keys[1] ({Arn}): deletionDate and pendingWindowInDays are for keys pending deletion" },
        { $$"""{ "keyId": "{{Id}}", "state": "PendingDeletion" }""", $"keys[1] ({Arn}): deletionDate is missing; a key pending deletion is deleted on that date" },
        { $$"""{ "keyId": "{{Id}}", "state": "PendingDeletion", "deletionDate": "2020-01-01T00:00:00Z" }""", $"keys[1] ({Arn}): deletionDate 2020-01-01T00:00:00.0000000+00:00 has passed; the key would be deleted already" },
        // The domain's own refusal, ScheduleKeyDeletion's text.
        { $$"""{ "keyId": "{{Id}}", "state": "PendingDeletion", "deletionDate": "2027-01-01T00:00:00Z", "pendingWindowInDays": 3 }""", $"keys[1] ({Arn}): state PendingDeletion: PendingWindowInDays must be between 7 and 30" },
        { $$"""{ "keyId": "{{Id}}", "state": "PendingReplicaDeletion", "deletionDate": "2027-01-01T00:00:00Z" }""", $"keys[1] ({Arn}): deletionDate is not set while a primary waits for its replicas' deletion; its waiting period starts when the last replica is deleted" },
        { $$"""{ "keyId": "{{Id}}", "state": "PendingImport" }""", $"keys[1] ({Arn}): state is PendingImport here, but what the entry declares leaves the key Enabled" },
        { $$"""{ "keyId": "{{Id}}", "origin": "EXTERNAL", "state": "Enabled" }""", $"keys[1] ({Arn}): state is Enabled here, but what the entry declares leaves the key PendingImport (a key with origin EXTERNAL is PendingImport until material is imported; declare its material)" },
        { $$"""{ "keyId": "{{Id}}", "state": "PendingReplicaDeletion" }""", $"keys[1] ({Arn}): state is PendingReplicaDeletion here, but what the entry declares leaves the key PendingDeletion (a key without replicas is deleted on its date; declare PendingDeletion with deletionDate)" },
    };

    public static TheoryData<string, string> MalformedReplicas => new()
    {
        { $$"""{ "keyId": "{{Mrk}}", "region": "eu-west-1", "primaryRegion": "us-east-1", "keySpec": "HMAC_256" }""", $"keys[2] (arn:aws:kms:eu-west-1:111122223333:key/{Mrk}): keySpec 'HMAC_256' differs from the primary's SYMMETRIC_DEFAULT; a replica shares its primary's" },
        { $$"""{ "keyId": "{{Mrk}}", "region": "eu-west-1", "primaryRegion": "us-east-1", "rotationPeriodInDays": 90 }""", $"keys[2] (arn:aws:kms:eu-west-1:111122223333:key/{Mrk}): rotationPeriodInDays and nextRotationDate are the primary's; declare them there" },
        { $$"""{ "keyId": "{{Mrk}}", "region": "eu-west-1", "primaryRegion": "us-east-1", "material": [{ "key": "{{Bytes32}}" }] }""", $"keys[2] (arn:aws:kms:eu-west-1:111122223333:key/{Mrk}): material is the primary's, which its replicas share; declare it there" },
        { $$"""{ "keyId": "{{Mrk}}", "region": "us-east-1", "description": "again" }""", $"keys[2] (arn:aws:kms:us-east-1:111122223333:key/{Mrk}): the key is declared twice, first as keys[1]" },
    };

    public static TheoryData<string, string> MalformedAliases => new()
    {
        { "null", "aliases[0]: the entry is null; write an object with aliasName and targetKeyId" },
        { """{ "targetKeyId": "00000000-0000-4000-8000-000000000001" }""", "aliases[0]: aliasName is missing; write e.g. alias/orders" },
        // AliasTransitions.ParseAliasName's text, CreateAlias's.
        { """{ "aliasName": "orders", "targetKeyId": "00000000-0000-4000-8000-000000000001" }""", "aliases[0]: aliasName 'orders': Alias must start with the prefix \"alias/\". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html" },
        { """{ "aliasName": "alias/orders" }""", "aliases[0]: targetKeyId is missing; write the ID of a key of this seed or of the store" },
        { """{ "aliasName": "alias/orders", "targetKeyId": "orders" }""", "aliases[0]: targetKeyId 'orders' is not a key ID; write a key's ID, a UUID or mrk- and 32 hexadecimal digits" },
        { $$"""{ "aliasName": "alias/orders", "targetKeyId": "{{Id}}" }""", $"aliases[0] (arn:aws:kms:us-east-1:111122223333:alias/orders): targetKeyId {Id} names no key of this seed or of the store in 111122223333/us-east-1" },
        { """{ "aliasName": "alias/orders", "targetKeyId": "00000000-0000-4000-8000-000000000001", "region": "eu-west-1" }""", "aliases[0] (arn:aws:kms:eu-west-1:111122223333:alias/orders): targetKeyId 00000000-0000-4000-8000-000000000001 names no key of this seed or of the store in 111122223333/eu-west-1" },
        // ReservedAliasName's text, CreateAlias's for an AWS alias.
        { """{ "aliasName": "alias/aws/s3", "targetKeyId": "00000000-0000-4000-8000-000000000001" }""", "aliases[0] (arn:aws:kms:us-east-1:111122223333:alias/aws/s3): " },
    };

    [Theory]
    [MemberData(nameof(MalformedKeys))]
    public async Task MalformedKey_IsRefusedWithItsProblem_AndNothingIsApplied(string entry, string problem) =>
        await RefusedAsync($$"""{ "keys": [{{Good}}, {{entry}}] }""", problem);

    [Theory]
    [MemberData(nameof(MalformedReplicas))]
    public async Task MalformedReplica_IsRefusedWithItsProblem_AndNothingIsApplied(string entry, string problem) =>
        await RefusedAsync($$"""{ "keys": [{{Good}}, { "keyId": "{{Mrk}}" }, {{entry}}] }""", problem);

    [Theory]
    [MemberData(nameof(MalformedAliases))]
    public async Task MalformedAlias_IsRefusedWithItsProblem_AndNothingIsApplied(string entry, string problem) =>
        await RefusedAsync($$"""{ "keys": [{{Good}}], "aliases": [{{entry}}] }""", problem);

    [Theory]
    [InlineData("""{ "keys": [{ "keyid": 1 }] }""", "the seed is not a seed file: keys[0].keyid is not a string (line 1)")]
    [InlineData("""{ "keys": [{ "keyName": "x" }] }""", "the seed is not a seed file: keys[0].keyName is not a member of this entry; the members are those KmsSeed documents, such as keyId, keySpec, state, tags, material (line 1)")]
    [InlineData("""{ "keys": [{ "creationDate": "yesterday" }] }""", "the seed is not a seed file: keys[0].creationDate is not a date; write e.g. 2026-01-01T00:00:00Z (line 1)")]
    [InlineData("""{ "keys": [{ "pendingWindowInDays": "seven" }] }""", "the seed is not a seed file: keys[0].pendingWindowInDays is not a whole number (line 1)")]
    [InlineData("""{ "keys": [{ "tags": ["team"] }] }""", "the seed is not a seed file: keys[0].tags is not an object of tag keys and their values, such as {\"team\": \"payments\"} (line 1)")]
    [InlineData("""{ "keys": {} }""", "the seed is not a seed file: keys is not an array (line 1)")]
    [InlineData("""[]""", "the seed is not a seed file: is not an object such as {\"keys\": [...], \"aliases\": [...]} (line 1)")]
    [InlineData("""{ "keys": [ """, "the seed is not a seed file: keys[0] is not JSON: ")]
    [InlineData("""{ "version": 2, "keys": [] }""", "version 2 is not a seed version this emulator reads; write 1")]
    public async Task FileThatIsNotASeed_IsRefusedWithWhereAndWhy(string json, string problem) => await RefusedAsync(json, problem);

    [Fact]
    public async Task EveryProblem_IsNamed_InTheOrderOfTheEntries()
    {
        await using var kms = await KmsTestServer.StartAsync();
        var refusal = SeedHelpers.Apply(kms, $$"""
            {
              "keys": [ { "keyId": "x" }, { "keyId": "{{Id}}", "keySpec": "RSA_2048" }, { "keyId": "{{Id}}" } ],
              "aliases": [ { "aliasName": "alias/a", "targetKeyId": "00000000-0000-4000-8000-000000000009" } ]
            }
            """).AsT1;

        refusal.Problems.Select(problem => problem[..problem.IndexOf(':', StringComparison.Ordinal)]).ShouldBe(
            ["keys[0]", $"keys[1] (arn", $"keys[2] (arn", "aliases[0] (arn"]);
    }

    private static async Task RefusedAsync(string json, string problem)
    {
        await using var kms = await KmsTestServer.StartAsync();
        var result = SeedHelpers.Apply(kms, json);

        result.IsT1.ShouldBeTrue("the seed was applied");
        result.AsT1.Problems.Count.ShouldBe(1, result.AsT1.ToString());
        result.AsT1.Problems[0].ShouldStartWith(problem);
        kms.Store.ListAccounts().ShouldBeEmpty();
        using var client = kms.CreateClient();
        (await client.ListKeysAsync(new ListKeysRequest())).Keys.ShouldBeEmpty();
    }
}
