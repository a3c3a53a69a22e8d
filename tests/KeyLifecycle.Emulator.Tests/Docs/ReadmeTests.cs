using System.IO;
using System.Runtime.CompilerServices;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Emulator.Tests.Docs;

/// <summary>Keeps the README's emulator section true: the run command. The README's code is compiled and run by <see cref="ReadmeSnippetTests"/>.</summary>
public class ReadmeTests
{
    [Fact]
    public void RunCommand_IsTheOneDocumented() =>
        ReadReadme().ShouldContain("```shell\ndotnet run --project src/KeyLifecycle.Emulator\n```\n");

    [Fact]
    public void ToolInstall_SaysToPutTheToolsFolderOnThePath() =>
        ReadReadme().ShouldContain("dotnet tool install --global --add-source artifacts/packages KeyLifecycle.Emulator\nexport PATH=\"$PATH:$HOME/.dotnet/tools\"");

    internal static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));

    internal static string ReadReadme() => File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
}
