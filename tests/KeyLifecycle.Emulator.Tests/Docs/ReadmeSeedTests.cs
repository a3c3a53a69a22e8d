using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Amazon.KeyManagementService.Model;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Emulator.Tests.Docs;

/// <summary>Keeps the README's seed file section true: its example seed applies as printed, and its refusal is what the emulator prints.</summary>
public sealed class ReadmeSeedTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kms-readme-seed-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task SeedExample_AppliesAsPrinted()
    {
        await using var emulator = await RunningEmulator.StartAsync();

        var (status, body) = await emulator.PostAsync("/_kms/seed", Block("json"));

        status.ShouldBe(200, body.ToString());
        body.GetProperty("keysAdded").GetInt32().ShouldBe(6);
        body.GetProperty("aliasesAdded").GetInt32().ShouldBe(1);
        var key = (await emulator.Kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = "alias/orders" })).KeyMetadata;
        (key.KeyId, key.Description).ShouldBe(("1234abcd-12ab-34cd-56ef-1234567890ab", "orders"));
    }

    [Fact]
    public async Task RefusalExample_IsWhatTheEmulatorPrints_ForTheFileItDescribes()
    {
        // The example's file: the first key's ID is not one, the second's material is not a P-256 key, and the alias
        // names the first key, which the file does not give.
        var path = Path.Combine(_folder, "kms-seed.json");
        File.WriteAllText(path, """
            {
              "keys": [
                { "keyId": "orders" },
                { "keyId": "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", "keySpec": "ECC_NIST_P256", "keyUsage": "SIGN_VERIFY", "material": [ { "key": "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=" } ] }
              ],
              "aliases": [ { "aliasName": "alias/orders", "targetKeyId": "1234abcd-12ab-34cd-56ef-1234567890ab" } ]
            }
            """);

        var (exitCode, _, stderr) = await EmulatorProcess.RunAsync("--urls=http://127.0.0.1:0", $"--Kms:Seed={path}");

        exitCode.ShouldBe(2);
        string.Join('\n', stderr).Replace(path, "kms-seed.json", StringComparison.Ordinal).ShouldBe(Block("text").TrimEnd('\n'));
    }

    // The first block of the language in the README's seed file section.
    private static string Block(string language)
    {
        var readme = ReadmeTests.ReadReadme();
        var section = readme[readme.IndexOf("### Keys with a fixed ID and material", StringComparison.Ordinal)..];
        return Regex.Match(section, $"```{language}\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
    }
}
