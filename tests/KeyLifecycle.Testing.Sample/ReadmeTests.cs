using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Testing.Sample;

/// <summary>The README's KeyLifecycle.Testing examples are the ones compiled and run in this project.</summary>
public class ReadmeTests
{
    [Theory]
    [InlineData("testing-properties", nameof(EncryptionGateProperties))]
    [InlineData("testing-conformance", nameof(ConformanceTests))]
    public void Snippet_IsTheCompiledExample(string name, string type) => ReadSnippet(name).ShouldBe(ReadRegion(type, name));

    private static string Root([CallerFilePath] string thisFile = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));

    private static string ReadSnippet(string name)
    {
        var readme = File.ReadAllText(Path.Combine(Root(), "README.md")).ReplaceLineEndings("\n");
        var match = Regex.Match(readme, $"<!-- snippet:{name} -->\n```csharp\n(.*?)```", RegexOptions.Singleline);
        match.Success.ShouldBeTrue($"README.md has no <!-- snippet:{name} --> block");
        return match.Groups[1].Value;
    }

    private static string ReadRegion(string type, string name)
    {
        var source = File.ReadAllText(Path.Combine(Root(), "tests", "KeyLifecycle.Testing.Sample", type + ".cs")).ReplaceLineEndings("\n");
        var match = Regex.Match(source, $"#region {name}\n(.*?)\n\\s*#endregion", RegexOptions.Singleline);
        match.Success.ShouldBeTrue($"{type}.cs has no #region {name}");
        var lines = match.Groups[1].Value.Split('\n');
        var indent = lines[0].Length - lines[0].TrimStart().Length;
        return string.Join("\n", Array.ConvertAll(lines, line => line.Length >= indent ? line[indent..] : line.TrimStart())) + "\n";
    }
}
