using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using FsCheck.Xunit;
using KeyLifecycle.Protocol.Seeding;
using KeyLifecycle.Protocol.Tests.Sdk;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Seeding;

/// <summary>
/// Export and seed: random states built through the AWS SDK, written by <see cref="KmsSeedExport"/> and seeded into a
/// fresh endpoint, read back through the SDK on both sides; and a seed applied twice, or over keys that changed.
/// </summary>
public class SeedRoundTripTests
{
    /// <summary>
    /// Everything the SDK reports of every key and alias is the same after export and seed, except the dates of aliases,
    /// which are when they were seeded; and every ciphertext decrypts on the seeded endpoint exactly when it did on the
    /// first, to the same plaintext.
    /// </summary>
    [Property(MaxTest = 12)]
    public bool ExportThenSeed_ReproducesEveryKeyAliasTagStateAndPolicy(int[] steps) => RoundTripAsync(steps).GetAwaiter().GetResult();

    [Fact]
    public async Task ApplyingASeedTwice_ChangesNothing()
    {
        await using var kms = await KmsTestServer.StartAsync();
        var seed = $$"""
            {
              "keys": [
                { "keyId": "{{SeededMaterialTests.Id(1)}}", "description": "orders", "tags": { "team": "payments" }, "rotationPeriodInDays": 365, "policy": {{RandomKmsState.Policy}} },
                { "keyId": "{{SeededMaterialTests.Id(2)}}", "state": "Disabled", "keySpec": "ECC_NIST_P256", "keyUsage": "SIGN_VERIFY" },
                { "keyId": "{{SeededMaterialTests.Id(3)}}", "state": "PendingDeletion", "deletionDate": "2026-03-20T00:00:00Z", "pendingWindowInDays": 20 },
                { "keyId": "mrk-0123456789abcdef0123456789abcdef" },
                { "keyId": "mrk-0123456789abcdef0123456789abcdef", "region": "eu-west-1", "primaryRegion": "us-east-1", "description": "replica" }
              ],
              "aliases": [ { "aliasName": "alias/orders", "targetKeyId": "{{SeededMaterialTests.Id(1)}}" } ]
            }
            """;
        SeedHelpers.Seed(kms, seed).ShouldBe(new KmsSeedApplied(5, 0, 1, 0));
        var before = kms.Store.ListKeys(Identifiers.AwsAccountId.Parse(KmsTestServer.AccountId)).ToDictionary(key => key.Arn);

        SeedHelpers.Seed(kms, seed).ShouldBe(new KmsSeedApplied(0, 5, 0, 1));

        var after = kms.Store.ListKeys(Identifiers.AwsAccountId.Parse(KmsTestServer.AccountId));
        after.Count.ShouldBe(5);
        after.ShouldAllBe(key => ReferenceEquals(before[key.Arn], key));
    }

    [Fact]
    public async Task AKeyThatChanged_IsNeverOverwritten_AndTheRefusalSaysHowItDiffers()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var id = SeededMaterialTests.Id(1);
        var seed = $$"""{ "keys": [ { "keyId": "{{id}}", "description": "orders", "tags": { "team": "payments" }, "material": [ { "key": "{{Convert.ToBase64String(new byte[32])}}" } ] } ] }""";
        SeedHelpers.Seed(kms, seed);
        await client.UpdateKeyDescriptionAsync(new UpdateKeyDescriptionRequest { KeyId = id, Description = "changed" });
        await client.DisableKeyAsync(new DisableKeyRequest { KeyId = id });
        await client.PutKeyPolicyAsync(new PutKeyPolicyRequest { KeyId = id, Policy = RandomKmsState.Policy });

        var refusal = SeedHelpers.Apply(kms, seed).AsT1;
        var otherMaterial = SeedHelpers.Apply(kms, seed.Replace(Convert.ToBase64String(new byte[32]), Convert.ToBase64String(new byte[31].Append((byte)1).ToArray()), StringComparison.Ordinal)).AsT1;

        refusal.Problems.ShouldBe([
            $"keys[0] (arn:aws:kms:us-east-1:111122223333:key/{id}): the store has this key with other content (description 'changed' there, 'orders' here; state 'Disabled' there, 'Enabled' here; policy differs); a seed does not change existing keys",
        ]);
        otherMaterial.Problems.Single().ShouldContain("material differs");
        var key = (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = id })).KeyMetadata;
        (key.Description, key.KeyState.Value).ShouldBe(("changed", "Disabled"));
        (await client.GetKeyPolicyAsync(new GetKeyPolicyRequest { KeyId = id })).Policy.ShouldBe(RandomKmsState.Policy);
    }

    [Fact]
    public async Task AnAliasThatPointsElsewhere_OrAMultiRegionIdTakenInAnotherRegion_IsRefused()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        using var west = kms.CreateClient("eu-west-1");
        var other = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        await client.CreateAliasAsync(new CreateAliasRequest { AliasName = "alias/orders", TargetKeyId = other.KeyId });
        const string Mrk = "mrk-0123456789abcdef0123456789abcdef";
        await west.CreateKeyAsync(new CreateKeyRequest { MultiRegion = true, Tags = [new Tag { TagKey = "_custom_id_", TagValue = Mrk }] });

        var refusal = SeedHelpers.Apply(kms, $$"""
            {
              "keys": [ { "keyId": "{{SeededMaterialTests.Id(1)}}" }, { "keyId": "{{Mrk}}" } ],
              "aliases": [ { "aliasName": "alias/orders", "targetKeyId": "{{SeededMaterialTests.Id(1)}}" } ]
            }
            """).AsT1;

        refusal.Problems.ShouldBe([
            $"keys[1] (arn:aws:kms:us-east-1:111122223333:key/{Mrk}): the key ID is taken in eu-west-1 by a key this seed does not declare; a seed adds related multi-Region keys together, and ReplicateKey adds replicas to existing ones",
            $"aliases[0] (arn:aws:kms:us-east-1:111122223333:alias/orders): the store has this alias pointing at {other.KeyId}, not {SeededMaterialTests.Id(1)}; a seed does not change existing aliases",
        ]);
        (await client.ListKeysAsync(new ListKeysRequest())).Keys.Select(key => key.KeyId).ShouldBe([other.KeyId]);
    }

    [Fact]
    public async Task AReplicaAddedToAnExistingMultiRegionKey_IsRefused()
    {
        await using var kms = await KmsTestServer.StartAsync();
        const string Mrk = "mrk-0123456789abcdef0123456789abcdef";
        SeedHelpers.Seed(kms, $$"""{ "keys": [ { "keyId": "{{Mrk}}" } ] }""");

        var refusal = SeedHelpers.Apply(kms, $$"""{ "keys": [ { "keyId": "{{Mrk}}" }, { "keyId": "{{Mrk}}", "region": "eu-west-1", "primaryRegion": "us-east-1" } ] }""").AsT1;

        refusal.Problems.ShouldBe([
            $"keys[1] (arn:aws:kms:eu-west-1:111122223333:key/{Mrk}): its related key in us-east-1 exists already, and this one does not; a seed adds related multi-Region keys together, and ReplicateKey adds replicas to existing ones",
        ]);
        kms.Store.FindKey(Identifiers.KeyArn.Parse($"arn:aws:kms:eu-west-1:111122223333:key/{Mrk}")).ShouldBeNull();
    }

    [Fact]
    public async Task ExportWithoutSecrets_KeepsEveryIdAndState_ButNotTheMaterial()
    {
        await using var first = await KmsTestServer.StartAsync();
        using var client = first.CreateClient();
        var generated = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        var imported = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata;
        await Sdk.KeyMaterial.ImportAsync(client, imported.KeyId, RandomNumberGenerator.GetBytes(32));
        var ciphertext = (await client.EncryptAsync(new EncryptRequest { KeyId = generated.KeyId, Plaintext = new MemoryStream([1]) })).CiphertextBlob;

        var export = KmsSeedExport.Write(first.Store, includeSecrets: false);
        await using var second = await KmsTestServer.StartAsync();
        SeedHelpers.Seed(second, export);
        using var seeded = second.CreateClient();

        export.ShouldNotContain("\"key\"");
        (await seeded.DescribeKeyAsync(new DescribeKeyRequest { KeyId = generated.KeyId })).KeyMetadata.KeyState.Value.ShouldBe("Enabled");
        (await seeded.DescribeKeyAsync(new DescribeKeyRequest { KeyId = imported.KeyId })).KeyMetadata.KeyState.Value.ShouldBe("PendingImport");
        // The material ID follows from the ARN, but the bytes are new: the old ciphertext does not decrypt.
        await Should.ThrowAsync<InvalidCiphertextException>(() => seeded.DecryptAsync(new DecryptRequest { CiphertextBlob = ciphertext }));
    }

    private static async Task<bool> RoundTripAsync(int[] steps)
    {
        await using var first = await KmsTestServer.StartAsync();
        using var east = first.CreateClient();
        using var west = first.CreateClient("eu-west-1");
        var ciphertexts = await RandomKmsState.BuildAsync(first, steps);
        var expected = await RandomKmsState.SnapshotAsync(east, west, ciphertexts);

        var export = KmsSeedExport.Write(first.Store, includeSecrets: true);
        await using var second = await KmsTestServer.StartAsync();
        second.Clock.Advance(first.Clock.GetUtcNow() - second.Clock.GetUtcNow());
        SeedHelpers.Seed(second, export);
        using var seededEast = second.CreateClient();
        using var seededWest = second.CreateClient("eu-west-1");
        var actual = await RandomKmsState.SnapshotAsync(seededEast, seededWest, ciphertexts);

        actual.ShouldBe(expected, $"export:{Environment.NewLine}{export}");
        return true;
    }
}
