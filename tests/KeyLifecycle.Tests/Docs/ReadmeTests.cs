using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Docs;

/// <summary>Keeps README.md true: its generated sections match the code, and its code examples are the ones compiled and run here.</summary>
/// <remarks>Set <c>KEYLIFECYCLE_UPDATE_README=1</c> to rewrite the generated sections in place.</remarks>
public partial class ReadmeTests
{
    [Fact]
    public void LifecycleDiagram_IsCurrent() => AssertSection("lifecycle-diagram", "```mermaid\n" + LifecycleDocs.MermaidDiagram() + "```\n");

    [Fact]
    public void OutcomeTable_IsCurrent() => AssertSection("lifecycle-outcomes", LifecycleDocs.OutcomeTable());

    [Fact]
    public void CryptographyTable_IsCurrent() => AssertSection("lifecycle-cryptography", LifecycleDocs.CryptographyTable());

    [Fact]
    public void QuickStart_IsTheCompiledExample() =>
        ReadSnippet("quick-start").ShouldBe(ReadRegion(nameof(ReadmeExamples), "quick-start"));

    [Fact]
    public void QuickStart_Runs() =>
        ReadmeExamples.QuickStart().ShouldBe(
            [
                "1234abcd-12ab-34cd-56ef-1234567890ab in us-west-2 is Disabled",
                "Enabled",
            ]);

    [Fact]
    public void Identifiers_IsTheCompiledExample() =>
        ReadSnippet("identifiers").ShouldBe(ReadRegion(nameof(ReadmeExamples), "identifiers"));

    [Fact]
    public void Identifiers_Runs() =>
        ReadmeExamples.Identifiers().ShouldBe(
            [
                "alias alias/ExampleAlias, reserved: False",
                "key ARN in us-west-2, account 111122223333, key 1234abcd-12ab-34cd-56ef-1234567890ab",
                "not an identifier: InvalidKeyId",
            ]);

    [Fact]
    public void Resolution_IsTheCompiledExample() =>
        ReadSnippet("resolution").ShouldBe(ReadRegion(nameof(ReadmeExamples), "resolution"));

    [Fact]
    public void Resolution_Runs() =>
        ReadmeExamples.Resolution().ShouldBe(
            [
                "Key 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' does not exist",
                "Invalid arn us-west-2",
                "Invalid keyId 'alias/my-key'",
            ]);

    internal static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));

    private static string ReadReadme() => File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");

    private static void AssertSection(string name, string generated)
    {
        var readme = ReadReadme();
        var pattern = new Regex($"(<!-- generated:{name} -->\n)(.*?)(<!-- /generated:{name} -->)", RegexOptions.Singleline);
        var match = pattern.Match(readme);
        match.Success.ShouldBeTrue($"README.md has no <!-- generated:{name} --> section");

        if (Environment.GetEnvironmentVariable("KEYLIFECYCLE_UPDATE_README") == "1")
        {
            var updated = readme[..match.Groups[2].Index] + generated + readme[(match.Groups[2].Index + match.Groups[2].Length)..];
            File.WriteAllText(Path.Combine(RepositoryRoot(), "README.md"), updated);
            return;
        }

        match.Groups[2].Value.ShouldBe(generated, $"README.md section '{name}' is stale; run the tests with KEYLIFECYCLE_UPDATE_README=1");
    }

    private static string ReadSnippet(string name)
    {
        var match = Regex.Match(ReadReadme(), $"<!-- snippet:{name} -->\n```csharp\n(.*?)```", RegexOptions.Singleline);
        match.Success.ShouldBeTrue($"README.md has no <!-- snippet:{name} --> block");
        return match.Groups[1].Value;
    }

    private static string ReadRegion(string type, string name)
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "KeyLifecycle.Tests", "Docs", type + ".cs")).ReplaceLineEndings("\n");
        var match = Regex.Match(source, $"#region {name}\n(.*?)\n\\s*#endregion", RegexOptions.Singleline);
        match.Success.ShouldBeTrue($"{type}.cs has no #region {name}");
        var lines = match.Groups[1].Value.Split('\n');
        var indent = lines[0].Length - lines[0].TrimStart().Length;
        return string.Join("\n", Array.ConvertAll(lines, line => line.Length >= indent ? line[indent..] : line.TrimStart())) + "\n";
    }
}
