using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Xunit;

namespace KeyLifecycle.Emulator.Tests.Docs;

/// <summary>
/// Every C# example of the README, compiled exactly as printed in throwaway projects that take KeyLifecycle's packages
/// the way a user does: packed into a local folder by this test run and restored through a nuget.config that adds that
/// folder to the machine's usual sources. Built once for all the tests of <see cref="ReadmeSnippetTests"/>.
/// </summary>
/// <remarks>
/// Examples that are programs (top-level statements) get a console project each; examples that are test classes share
/// one xunit project. The SDK example names the emulator's fixed port, 4599; it is compiled with that one URL
/// rewritten to an emulator this fixture starts on a free port, so the tests never bind 4599. Restored packages go to a
/// global packages folder of their own, from which the previous run's KeyLifecycle packages are removed, so that a
/// rebuilt package of the same version is never shadowed by a stale copy.
/// </remarks>
public sealed partial class PackagedSnippets : IAsyncLifetime
{
    public const string FixedUrl = "http://127.0.0.1:4599";

    private static readonly string[] s_packedProjects = ["KeyLifecycle", "KeyLifecycle.Cryptography", "KeyLifecycle.Protocol", "KeyLifecycle.Storage.Sqlite", "KeyLifecycle.Testing", "KeyLifecycle.Testing.Aws"];

    private WebApplication? _emulator;

    /// <summary>The README's examples by name, exactly as printed.</summary>
    public IReadOnlyDictionary<string, string> Snippets { get; private set; } = new Dictionary<string, string>();

    /// <summary>The folder of the throwaway projects.</summary>
    public string ProjectsFolder { get; private set; } = string.Empty;

    /// <summary>The URL of the emulator the SDK example runs against.</summary>
    public Uri EmulatorUrl { get; private set; } = null!;

    /// <summary>The build's output, to show when a test fails.</summary>
    public string BuildOutput { get; private set; } = string.Empty;

    /// <summary>Whether every throwaway project compiled.</summary>
    public bool Built { get; private set; }

    public static string Configuration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    public async Task InitializeAsync()
    {
        var root = ReadmeTests.RepositoryRoot();
        Snippets = Regex.Matches(ReadmeTests.ReadReadme(), "<!-- snippet:([a-z-]+) -->\n```csharp\n(.*?)```", RegexOptions.Singleline)
            .ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value);

        _emulator = EmulatorApp.Build(["--urls=http://127.0.0.1:0"]);
        await _emulator.StartAsync();
        EmulatorUrl = new Uri(EmulatorApp.ListeningUrl(_emulator).Split(' ')[0]);

        var work = Path.Combine(Path.GetTempPath(), "keylifecycle-readme-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(root)))[..12]);
        var feed = Fresh(Path.Combine(work, "feed"));
        var packages = Path.Combine(work, "packages");
        Directory.CreateDirectory(packages);
        foreach (var stale in Directory.GetDirectories(packages, "keylifecycle*"))
        {
            Directory.Delete(stale, recursive: true);
        }

        ProjectsFolder = Fresh(Path.Combine(work, "snippets"));
        var log = new StringBuilder();

        // Pack as the README tells a user to, into a folder.
        var packList = Path.Combine(work, "pack.slnx");
        await File.WriteAllTextAsync(packList, "<Solution>\n" + string.Concat(s_packedProjects.Select(project =>
            $"  <Project Path=\"{Path.Combine(root, "src", project, project + ".csproj")}\" />\n")) + "</Solution>\n");
        var (packed, packOutput) = await RunAsync(work, "dotnet", "pack", packList, "-c", Configuration, "-o", feed, "-nologo", "-v:q");
        log.Append(packOutput);
        if (!packed)
        {
            BuildOutput = log.ToString();
            return;
        }

        var version = Regex.Match(Path.GetFileName(Directory.GetFiles(feed, "KeyLifecycle.Testing.Aws.*.nupkg").Single()), @"^KeyLifecycle\.Testing\.Aws\.(.+)\.nupkg$").Groups[1].Value;
        await File.WriteAllTextAsync(Path.Combine(ProjectsFolder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{packages}" />
              </config>
              <packageSources>
                <add key="keylifecycle-local" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        var projects = new List<string>();
        var tests = new List<(string Name, string Text)>();
        foreach (var (name, text) in Snippets)
        {
            if (IsTestClass(text))
            {
                tests.Add((name, text));
                continue;
            }

            var source = name == "sdk-example" ? text.Replace(FixedUrl, EmulatorUrl.ToString().TrimEnd('/'), StringComparison.Ordinal) : text;
            projects.Add(await WriteProjectAsync(name, "Exe", source == text ? [(name, text)] : [(name, source)], ReferencesFor(text, version)));
        }

        projects.Add(await WriteProjectAsync("tests", "Library", tests, TestReferences(root, version)));
        await File.WriteAllTextAsync(Path.Combine(ProjectsFolder, "snippets.slnx"),
            "<Solution>\n" + string.Concat(projects.Select(project => $"  <Project Path=\"{project}\" />\n")) + "</Solution>\n");

        var (built, buildOutput) = await RunAsync(ProjectsFolder, "dotnet", "build", "snippets.slnx", "-c", "Release", "-nologo", "-v:q", "-clp:NoSummary");
        log.Append(buildOutput);
        BuildOutput = log.ToString();
        Built = built;
    }

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.StopAsync();
            await _emulator.DisposeAsync();
        }
    }

    /// <summary>Runs the compiled program of an example and returns what it printed.</summary>
    public async Task<IReadOnlyList<string>> RunProgramAsync(string name)
    {
        var (exited, output) = await RunAsync(ProjectsFolder, "dotnet", Path.Combine(ProjectsFolder, name, "bin", "Release", "net10.0", name + ".dll"));
        if (!exited)
        {
            throw new InvalidOperationException($"The example {name} failed:\n{output}");
        }

        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The compiled program of an example, to start when it serves until stopped.</summary>
    public string ProgramPath(string name) => Path.Combine(ProjectsFolder, name, "bin", "Release", "net10.0", name + ".dll");

    private static bool IsTestClass(string text) => text.Contains("using Xunit;", StringComparison.Ordinal) || text.Contains("using FsCheck.Xunit;", StringComparison.Ordinal);

    private static string[] ReferencesFor(string text, string version)
    {
        var references = new List<string> { $"KeyLifecycle|{version}" };
        if (text.Contains("using KeyLifecycle.Protocol;", StringComparison.Ordinal))
        {
            references.Add($"KeyLifecycle.Protocol|{version}");
        }

        if (text.Contains("using KeyLifecycle.Storage.Sqlite;", StringComparison.Ordinal))
        {
            references.Add($"KeyLifecycle.Storage.Sqlite|{version}");
        }

        if (text.Contains("using Amazon.", StringComparison.Ordinal))
        {
            references.Add("AWSSDK.KeyManagementService|" + CentralVersion("AWSSDK.KeyManagementService"));
        }

        return references.ToArray();
    }

    private static string[] TestReferences(string root, string version) =>
    [
        $"KeyLifecycle.Testing|{version}",
        $"KeyLifecycle.Testing.Aws|{version}",
        .. new[] { "Microsoft.NET.Test.Sdk", "xunit", "xunit.runner.visualstudio", "FsCheck.Xunit", "Shouldly" }.Select(id => id + "|" + CentralVersion(id, root)),
    ];

    // The versions the repository's own tests use, from Directory.Packages.props.
    private static string CentralVersion(string id, string? root = null)
    {
        var props = File.ReadAllText(Path.Combine(root ?? ReadmeTests.RepositoryRoot(), "Directory.Packages.props"));
        return Regex.Match(props, $"<PackageVersion Include=\"{Regex.Escape(id)}\" Version=\"([^\"]+)\"").Groups[1].Value;
    }

    private async Task<string> WriteProjectAsync(string name, string outputType, IEnumerable<(string Name, string Text)> sources, string[] references)
    {
        var folder = Directory.CreateDirectory(Path.Combine(ProjectsFolder, name)).FullName;
        foreach (var (file, text) in sources)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, outputType == "Exe" ? "Program.cs" : file + ".cs"), text);
        }

        // Implicit usings are off, so that an example compiles only with the using lines it prints.
        await File.WriteAllTextAsync(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
            {string.Concat(references.Select(reference => $"    <PackageReference Include=\"{reference.Split('|')[0]}\" Version=\"{reference.Split('|')[1]}\" />\n"))}  </ItemGroup>
            </Project>
            """);
        return Path.Combine(name, name + ".csproj");
    }

    private static string Fresh(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Directory.CreateDirectory(folder).FullName;
    }

    private static async Task<(bool Succeeded, string Output)> RunAsync(string workingDirectory, string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode == 0, (await stdout) + (await stderr));
    }
}
