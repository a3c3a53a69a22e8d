using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Emulator.Tests.Docs;

/// <summary>Keeps the README's emulator section true: the run command, and the AWS SDK example run against the emulator as the command starts it.</summary>
public class ReadmeTests
{
    [Fact]
    public void RunCommand_IsTheOneDocumented() =>
        ReadReadme().ShouldContain("```shell\ndotnet run --project src/KeyLifecycle.Emulator\n```\n");

    [Fact]
    public void SdkExample_IsTheCompiledExample() =>
        ReadSnippet("sdk-example").ShouldBe(ReadRegion(nameof(ReadmeExamples), "sdk-example"));

    // The example names the emulator's default endpoint, so the emulator is started with no arguments, as the README's
    // command starts it. This is the only test that uses the fixed port.
    [Fact]
    public async Task SdkExample_RunsAgainstTheEmulatorWithItsDefaults()
    {
        await using var emulator = EmulatorApp.Build([]);
        await emulator.StartAsync();
        try
        {
            var lines = await ReadmeExamples.SdkExample();

            lines.Count.ShouldBe(2);
            var keyId = lines[0].Split(' ')[0];
            lines[0].ShouldBe($"{keyId} is Enabled");
            lines[1].ShouldBe($"arn:aws:kms:us-east-1:111122223333:key/{keyId} is pending deletion.");
        }
        finally
        {
            await emulator.StopAsync();
        }
    }

    [Fact]
    public void Embed_IsTheCompiledExample() =>
        ReadSnippet("embed").ShouldBe(ReadRegion(nameof(ReadmeExamples), "embed"));

    [Fact]
    public async Task Embed_ServesKmsWithItsOptions()
    {
        await using var app = await ReadmeExamples.Embed(["--urls=http://127.0.0.1:0"]);
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative));
            request.Headers.Add("X-Amz-Target", "TrentService.CreateKey");
            request.Content = new StringContent("{}");
            request.Content.Headers.ContentType = new("application/x-amz-json-1.1");
            using var response = await http.SendAsync(request);

            (await response.Content.ReadAsStringAsync()).ShouldContain("\"Arn\":\"arn:aws:kms:eu-west-1:111122223333:key/");
        }
        finally
        {
            await app.StopAsync();
        }
    }

    internal static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));

    private static string ReadReadme() => File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");

    private static string ReadSnippet(string name)
    {
        var match = Regex.Match(ReadReadme(), $"<!-- snippet:{name} -->\n```csharp\n(.*?)```", RegexOptions.Singleline);
        match.Success.ShouldBeTrue($"README.md has no <!-- snippet:{name} --> block");
        return match.Groups[1].Value;
    }

    private static string ReadRegion(string type, string name)
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "KeyLifecycle.Emulator.Tests", "Docs", type + ".cs")).ReplaceLineEndings("\n");
        var match = Regex.Match(source, $"#region {name}\n(.*?)\n\\s*#endregion", RegexOptions.Singleline);
        match.Success.ShouldBeTrue($"{type}.cs has no #region {name}");
        var lines = match.Groups[1].Value.Split('\n');
        var indent = lines[0].Length - lines[0].TrimStart().Length;
        return string.Join("\n", Array.ConvertAll(lines, line => line.Length >= indent ? line[indent..] : line.TrimStart())) + "\n";
    }
}
