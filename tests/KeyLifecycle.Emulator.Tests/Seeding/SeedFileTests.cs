using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.KeyManagementService.Model;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Emulator.Tests.Seeding;

/// <summary>Seed files as a user meets them: <c>--Kms:Seed</c> at start, <c>POST /_kms/seed</c>, <c>GET /_kms/export</c>, and <c>--Emulator:Export</c> on Ctrl+C.</summary>
public sealed class SeedFileTests : IDisposable
{
    private const string KeyId = "1234abcd-12ab-34cd-56ef-1234567890ab";
    private readonly string _folder = Directory.CreateTempSubdirectory("kms-seed-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task SeedFile_GivesTheKeysAtStart_AndTheBannerSaysSo()
    {
        var path = Write("seed.json", $$"""
            {
              // Comments are allowed, as in appsettings.json.
              "keys": [
                { "keyId": "{{KeyId}}", "description": "orders", "material": [ { "key": "{{Convert.ToBase64String(new byte[32])}}" } ] },
                { "keyId": "mrk-0123456789abcdef0123456789abcdef", "region": "eu-west-1", "state": "Disabled" },
              ],
              "aliases": [ { "aliasName": "alias/orders", "targetKeyId": "{{KeyId}}" } ]
            }
            """);
        await using var emulator = EmulatorProcess.Start("--urls=http://127.0.0.1:0", $"--Kms:Seed={path}");

        var url = await emulator.WaitForBannerAsync();

        emulator.StandardOutput[0].ShouldContain($"; seeded from {path}: 2 keys and 1 alias added; ");
        using var client = new Amazon.KeyManagementService.AmazonKeyManagementServiceClient(
            new Amazon.Runtime.BasicAWSCredentials("test", "test"),
            new Amazon.KeyManagementService.AmazonKeyManagementServiceConfig { ServiceURL = url.ToString(), AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = "alias/orders" })).KeyMetadata.Description.ShouldBe("orders");
    }

    [Fact]
    public async Task YamlSeedFile_IsReadAsTheSameSeed()
    {
        var path = Write("seed.yaml", $$"""
            # The same members as JSON; a policy may be written as YAML too.
            keys:
              - keyId: {{KeyId}}
                description: orders
                tags: { team: payments }
                rotationPeriodInDays: 180
                material:
                  - key: {{Convert.ToBase64String(new byte[32])}}
                policy:
                  Version: "2012-10-17"
                  Statement:
                    - Sid: Root
                      Effect: Allow
                      Principal: { AWS: "arn:aws:iam::111122223333:root" }
                      Action: "kms:*"
                      Resource: "*"
            aliases:
              - { aliasName: alias/orders, targetKeyId: {{KeyId}} }
            """);
        await using var emulator = EmulatorProcess.Start("--urls=http://127.0.0.1:0", $"--Kms:Seed={path}");
        using var client = Client(await emulator.WaitForBannerAsync());

        var key = (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = "alias/orders" })).KeyMetadata;
        var policy = JsonDocument.Parse((await client.GetKeyPolicyAsync(new GetKeyPolicyRequest { KeyId = KeyId })).Policy).RootElement;
        var rotation = await client.GetKeyRotationStatusAsync(new GetKeyRotationStatusRequest { KeyId = KeyId });

        (key.KeyId, key.Description).ShouldBe((KeyId, "orders"));
        policy.GetProperty("Statement")[0].GetProperty("Sid").GetString().ShouldBe("Root");
        rotation.RotationPeriodInDays.ShouldBe(180);
        (await client.ListResourceTagsAsync(new ListResourceTagsRequest { KeyId = KeyId })).Tags.Single().TagValue.ShouldBe("payments");
    }

    [Fact]
    public async Task YamlSeedFileThatIsNotYaml_EndsWithWhereAndExitCode2()
    {
        var path = Write("seed.yml", "keys:\n  - keyId: [unclosed\n");

        var (exitCode, _, stderr) = await EmulatorProcess.RunAsync("--urls=http://127.0.0.1:0", $"--Kms:Seed={path}");

        exitCode.ShouldBe(2);
        stderr.Single().ShouldStartWith($"kms-emulator: the seed file {path} was not applied, nothing was changed: it is not YAML (line ");
    }

    [Fact]
    public async Task SeedFileWithProblems_EndsWithEveryProblem_AndExitCode2()
    {
        var path = Write("seed.json", """{ "keys": [ { "keyId": "orders" }, { "keyId": "1234abcd-12ab-34cd-56ef-1234567890ab", "state": "Sleeping" } ] }""");

        var (exitCode, stdout, stderr) = await EmulatorProcess.RunAsync("--urls=http://127.0.0.1:0", $"--Kms:Seed={path}");

        exitCode.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.ShouldBe([
            $"kms-emulator: the seed file {path} was not applied, nothing was changed:",
            "  keys[0]: keyId 'orders' is not a key ID; write a UUID such as 1234abcd-12ab-34cd-56ef-1234567890ab, or mrk- and 32 hexadecimal digits",
            $"  keys[1] (arn:aws:kms:us-east-1:111122223333:key/{KeyId}): state 'Sleeping' cannot be declared; write Enabled, Disabled, PendingImport, PendingDeletion or PendingReplicaDeletion",
        ]);
    }

    [Fact]
    public async Task SeedFileThatCannotBeRead_EndsWithOneLine_AndExitCode2()
    {
        var path = Path.Combine(_folder, "missing.json");

        var (exitCode, _, stderr) = await EmulatorProcess.RunAsync("--urls=http://127.0.0.1:0", $"--Kms:Seed={path}");

        exitCode.ShouldBe(2);
        stderr.Single().ShouldStartWith($"kms-emulator: cannot read the seed file {path}: ");
    }

    [Fact]
    public async Task Export_SeededIntoAnotherEmulator_DecryptsWhatTheFirstEncrypted()
    {
        await using var first = await RunningEmulator.StartAsync();
        var key = (await first.Kms.CreateKeyAsync(new CreateKeyRequest { Description = "orders", Tags = [new Tag { TagKey = "team", TagValue = "payments" }] })).KeyMetadata;
        await first.Kms.CreateAliasAsync(new CreateAliasRequest { AliasName = "alias/orders", TargetKeyId = key.KeyId });
        var ciphertext = (await first.Kms.EncryptAsync(new EncryptRequest { KeyId = "alias/orders", Plaintext = new MemoryStream("kept"u8.ToArray()) })).CiphertextBlob;

        using var export = await first.Http.GetAsync(new Uri("/_kms/export?secrets=true", UriKind.Relative));
        var seed = await export.Content.ReadAsStringAsync();
        var withoutSecrets = await first.Http.GetStringAsync(new Uri("/_kms/export", UriKind.Relative));
        await using var second = await RunningEmulator.StartAsync();
        var (status, body) = await second.PostAsync("/_kms/seed", seed);
        var (again, againBody) = await second.PostAsync("/_kms/seed", seed);

        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        status.ShouldBe(200);
        body.GetProperty("keysAdded").GetInt32().ShouldBe(1);
        body.GetProperty("aliasesAdded").GetInt32().ShouldBe(1);
        again.ShouldBe(200);
        (againBody.GetProperty("keysUnchanged").GetInt32(), againBody.GetProperty("keysAdded").GetInt32()).ShouldBe((1, 0));
        (await second.Kms.DecryptAsync(new DecryptRequest { CiphertextBlob = ciphertext })).Plaintext.ToArray().ShouldBe("kept"u8.ToArray());
        var seeded = (await second.Kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = "alias/orders" })).KeyMetadata;
        (seeded.KeyId, seeded.Description, seeded.CreationDate).ShouldBe((key.KeyId, "orders", key.CreationDate));
        JsonDocument.Parse(withoutSecrets).RootElement.GetProperty("keys")[0].TryGetProperty("material", out _).ShouldBeFalse();
        JsonDocument.Parse(seed).RootElement.GetProperty("keys")[0].GetProperty("material")[0].GetProperty("key").GetString()
            .ShouldBe(Convert.ToBase64String(first.Store.FindKeyMaterial(Identifiers.KeyArn.Parse(key.Arn))!.Current!.Material.Span));
    }

    [Fact]
    public async Task SeedWithProblems_IsAnswered400WithEveryProblem_AndChangesNothing()
    {
        await using var emulator = await RunningEmulator.StartAsync();

        var (status, body) = await emulator.PostAsync("/_kms/seed", """{ "keys": [ { "keyId": "1234abcd-12ab-34cd-56ef-1234567890ab" }, { "keyId": "x" } ] }""");
        var (badSecrets, badSecretsBody) = await emulator.GetAsync("/_kms/export?secrets=maybe");

        status.ShouldBe(400);
        body.GetProperty("message").GetString().ShouldBe("the seed was not applied, nothing was changed");
        body.GetProperty("problems").EnumerateArray().Select(problem => problem.GetString()).ShouldBe([
            "keys[1]: keyId 'x' is not a key ID; write a UUID such as 1234abcd-12ab-34cd-56ef-1234567890ab, or mrk- and 32 hexadecimal digits",
        ]);
        (await emulator.Kms.ListKeysAsync(new ListKeysRequest())).Keys.ShouldBeEmpty();
        badSecrets.ShouldBe(400);
        badSecretsBody.GetProperty("message").GetString().ShouldBe("secrets 'maybe' is neither true nor false; write ?secrets=true to include key material");
    }

    [Fact]
    public async Task ExportOnStop_WritesTheState_WhichTheNextStartSeeds()
    {
        var path = Path.Combine(_folder, "state.json");
        byte[] ciphertext;
        string keyId;
        await using (var first = EmulatorProcess.Start("--urls=http://127.0.0.1:0", $"--Emulator:Export={path}", "--Emulator:ExportSecrets=true"))
        {
            using var client = Client(await first.WaitForBannerAsync());
            keyId = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
            ciphertext = (await client.EncryptAsync(new EncryptRequest { KeyId = keyId, Plaintext = new MemoryStream("kept"u8.ToArray()) })).CiphertextBlob.ToArray();

            (await first.InterruptAsync()).ShouldBe(0);
            first.StandardOutput.ShouldContain($"kms-emulator: wrote the keys and aliases to {path} with their key material");
        }

        await using var second = EmulatorProcess.Start("--urls=http://127.0.0.1:0", $"--Kms:Seed={path}");
        using var seeded = Client(await second.WaitForBannerAsync());

        (await seeded.DecryptAsync(new DecryptRequest { CiphertextBlob = new MemoryStream(ciphertext) })).KeyId.ShouldEndWith(keyId);
    }

    private static Amazon.KeyManagementService.AmazonKeyManagementServiceClient Client(Uri url) => new(
        new Amazon.Runtime.BasicAWSCredentials("test", "test"),
        new Amazon.KeyManagementService.AmazonKeyManagementServiceConfig { ServiceURL = url.ToString(), AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
