using System;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Emulator.Tests.Docs;

/// <summary>The README's C# examples, compiled as printed against the packages, and run where they are programs.</summary>
public class ReadmeSnippetTests(PackagedSnippets snippets) : IClassFixture<PackagedSnippets>
{
    [Fact]
    public void Snippets_AreTheOnesTheseTestsKnow() =>
        snippets.Snippets.Keys.Order(StringComparer.Ordinal).ShouldBe(
            ["embed", "embed-sqlite", "identifiers", "key-policies", "quick-start", "resolution", "sdk-example", "testing-conformance", "testing-properties", "testing-seed", "testing-server"]);

    [Fact]
    public void Snippets_CompileAsPrintedAgainstThePackages() => snippets.Built.ShouldBeTrue(snippets.BuildOutput);

    [Fact]
    public void Snippets_NameTheFixedPortOnlyInTheSdkExample() =>
        snippets.Snippets.Where(pair => pair.Value.Contains(PackagedSnippets.FixedUrl, StringComparison.Ordinal)).Select(pair => pair.Key).ShouldBe(["sdk-example"]);

    [Fact]
    public async Task QuickStart_Runs()
    {
        snippets.Built.ShouldBeTrue(snippets.BuildOutput);

        (await snippets.RunProgramAsync("quick-start")).ShouldBe(
            [
                "1234abcd-12ab-34cd-56ef-1234567890ab in us-west-2 is Disabled",
                "Enabled",
            ]);
    }

    [Fact]
    public async Task Identifiers_Runs()
    {
        snippets.Built.ShouldBeTrue(snippets.BuildOutput);

        (await snippets.RunProgramAsync("identifiers")).ShouldBe(
            [
                "alias alias/ExampleAlias, reserved: False",
                "key ARN in us-west-2, account 111122223333, key 1234abcd-12ab-34cd-56ef-1234567890ab",
                "not an identifier: InvalidKeyId",
            ]);
    }

    [Fact]
    public async Task Resolution_Runs()
    {
        snippets.Built.ShouldBeTrue(snippets.BuildOutput);

        (await snippets.RunProgramAsync("resolution")).ShouldBe(
            [
                "Key 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' does not exist",
                "Invalid arn us-west-2",
                "Invalid keyId 'alias/my-key'",
            ]);
    }

    [Fact]
    public async Task KeyPolicies_Runs()
    {
        snippets.Built.ShouldBeTrue(snippets.BuildOutput);

        // AWS's message forms: "... because no identity-based policy allows ..." (ministryofjustice/modernisation-platform#11726),
        // "... with an explicit deny in a resource-based policy" (IAM's access-denied messages page).
        (await snippets.RunProgramAsync("key-policies")).ShouldBe(
            [
                "kms:Encrypt: allowed",
                "User: arn:aws:sts::111122223333:assumed-role/App/worker is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:Decrypt action",
                "User: arn:aws:sts::111122223333:assumed-role/App/worker is not authorized to perform: kms:DisableKey on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab with an explicit deny in a resource-based policy",
            ]);
    }

    // The example names the emulator's default endpoint; it runs against an emulator with the defaults on a free port.
    [Fact]
    public async Task SdkExample_RunsAgainstTheEmulatorWithItsDefaults()
    {
        snippets.Built.ShouldBeTrue(snippets.BuildOutput);

        var lines = await snippets.RunProgramAsync("sdk-example");

        lines.Count.ShouldBe(2);
        var keyId = lines[0].Split(' ')[0];
        lines[0].ShouldBe($"{keyId} is Enabled");
        lines[1].ShouldBe($"arn:aws:kms:us-east-1:111122223333:key/{keyId} is pending deletion.");
    }

    [Fact]
    public async Task Embed_ServesKmsWithItsOptions()
    {
        snippets.Built.ShouldBeTrue(snippets.BuildOutput);
        await using var program = EmulatorProcess.StartProgram(snippets.ProgramPath("embed"), null, "--urls", "http://127.0.0.1:0");

        // ASP.NET Core's console log names the address: "Now listening on: http://127.0.0.1:<port>".
        var listening = await program.WaitForLineAsync(line => line.Contains("Now listening on: ", StringComparison.Ordinal));
        var url = Regex.Match(listening, @"Now listening on: (http://\S+)").Groups[1].Value;
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative));
        request.Headers.Add("X-Amz-Target", "TrentService.CreateKey");
        request.Content = new StringContent("{}");
        request.Content.Headers.ContentType = new("application/x-amz-json-1.1");
        using var response = await http.SendAsync(request);

        (await response.Content.ReadAsStringAsync()).ShouldContain("\"Arn\":\"arn:aws:kms:eu-west-1:111122223333:key/");
    }
}
