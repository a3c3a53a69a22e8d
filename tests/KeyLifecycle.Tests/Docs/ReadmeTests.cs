using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Docs;

/// <summary>Keeps README.md true: its generated sections match the code. Its code examples are compiled from the packages and run by the emulator's tests (ReadmeSnippetTests).</summary>
/// <remarks>Set <c>KEYLIFECYCLE_UPDATE_README=1</c> to rewrite the generated sections in place.</remarks>
public partial class ReadmeTests
{
    [Fact]
    public void LifecycleDiagram_IsCurrent() => AssertSection("lifecycle-diagram", "```mermaid\n" + LifecycleDocs.MermaidDiagram() + "```\n");

    [Fact]
    public void OutcomeTable_IsCurrent() => AssertSection("lifecycle-outcomes", LifecycleDocs.OutcomeTable());

    [Fact]
    public void CryptographyTable_IsCurrent() => AssertSection("lifecycle-cryptography", LifecycleDocs.CryptographyTable());

    // The emulator's page draws the lifecycle from this copy of the generated diagram (it ships no README).
    [Fact]
    public void EmulatorLifecycleDiagram_IsCurrent()
    {
        var path = Path.Combine(RepositoryRoot(), "src", "KeyLifecycle.Emulator", "Dashboard", "lifecycle-diagram.mmd");
        if (Environment.GetEnvironmentVariable("KEYLIFECYCLE_UPDATE_README") == "1")
        {
            File.WriteAllText(path, LifecycleDocs.MermaidDiagram());
            return;
        }

        File.ReadAllText(path).ReplaceLineEndings("\n").ShouldBe(LifecycleDocs.MermaidDiagram(), $"{path} is stale; run the tests with KEYLIFECYCLE_UPDATE_README=1");
    }

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
}
