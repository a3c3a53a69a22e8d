using System.IO;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Testing.Sample;

/// <summary>The README's test examples are whole files of this project, compiled and run here as a user's test project would.</summary>
public class ReadmeTests
{
    [Theory]
    [InlineData("testing-properties", "EncryptionGateProperties.cs")]
    [InlineData("testing-conformance", "ConformanceTests.cs")]
    [InlineData("testing-server", "KeyCleanupTests.cs")]
    [InlineData("testing-seed", "KnownKeyTests.cs")]
    public void Snippet_IsTheCompiledExample(string name, string file) =>
        ReadSnippet(name).ShouldBe(File.ReadAllText(Path.Combine(Root(), "tests", "KeyLifecycle.Testing.Sample", file)).ReplaceLineEndings("\n"));

    private static string Root([CallerFilePath] string thisFile = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));

    private static string ReadSnippet(string name)
    {
        var readme = File.ReadAllText(Path.Combine(Root(), "README.md")).ReplaceLineEndings("\n");
        var match = Regex.Match(readme, $"<!-- snippet:{name} -->\n```csharp\n(.*?)```", RegexOptions.Singleline);
        match.Success.ShouldBeTrue($"README.md has no <!-- snippet:{name} --> block");
        return match.Groups[1].Value;
    }
}
