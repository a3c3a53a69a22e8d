using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.Runtime;
using KeyLifecycle.Emulator.Tests.Docs;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Emulator.Tests.CommandLine;

/// <summary>The <c>kms-emulator</c> command as a user meets it: the built emulator run as a child process.</summary>
public class CommandLineTests
{
    [Fact]
    public async Task Help_ListsEveryOptionOfTheReadmeWithItsDefault()
    {
        var (exitCode, stdout, stderr) = await EmulatorProcess.RunAsync("--help");

        exitCode.ShouldBe(0);
        stderr.ShouldBeEmpty();
        var help = string.Join('\n', stdout);
        var rows = Regex.Matches(File.ReadAllText(Path.Combine(ReadmeTests.RepositoryRoot(), "README.md")), @"^\| `(--[^`]+)` \| `?([^|`]+?)`? \|", RegexOptions.Multiline);
        rows.Count.ShouldBeGreaterThan(10);
        foreach (Match row in rows)
        {
            var line = stdout.SingleOrDefault(l => l.TrimStart().StartsWith(row.Groups[1].Value + " ", StringComparison.Ordinal));
            line.ShouldNotBeNull($"--help does not list {row.Groups[1].Value}:\n{help}");
            line.ShouldEndWith($"(default: {row.Groups[2].Value})");
        }

        help.ShouldContain("--version");
    }

    [Fact]
    public async Task Version_PrintsTheToolAndItsVersion()
    {
        var (exitCode, stdout, stderr) = await EmulatorProcess.RunAsync("--version");

        exitCode.ShouldBe(0);
        stderr.ShouldBeEmpty();
        stdout.Single().ShouldMatch(@"^kms-emulator \d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$");
    }

    [Theory]
    [InlineData("--Kms:Regoin=eu-west-1", "kms-emulator: unknown option --Kms:Regoin; did you mean --Kms:Region? (kms-emulator --help lists the options)")]
    [InlineData("--port 5000", "kms-emulator: unknown option --port; to listen on port 5000, start with --urls http://127.0.0.1:5000")]
    [InlineData("--Kms:Region=not-a-region", "kms-emulator: --Kms:Region 'not-a-region' is not a Region of a known AWS partition; start with e.g. --Kms:Region=eu-west-1")]
    [InlineData("--Kms:AccountId=1234", "kms-emulator: --Kms:AccountId '1234' is not a twelve-digit AWS account ID; start with e.g. --Kms:AccountId=111122223333")]
    [InlineData("--Kms:SweepInterval=soon", "kms-emulator: --Kms:SweepInterval 'soon' is not a duration; write [d.]hh:mm:ss, e.g. --Kms:SweepInterval=00:00:05")]
    [InlineData("--Kms:Faults:0:Kind=Meltdown", "kms-emulator: --Kms:Faults:<n>:Kind 'Meltdown' is not a fault kind; write one of InternalError, DependencyTimeout, LimitExceeded, Throttling")]
    [InlineData("--Kms:Principals:0:AccessKeyId=AKIAIOSFODNN7EXAMPLE --Kms:Principals:0:SecretAccessKey=secret --Kms:Principals:0:Arn=arn:aws:iam::111122223333:group/admins",
        "kms-emulator: --Kms:Principals:0:Arn 'arn:aws:iam::111122223333:group/admins' is not the ARN of an IAM user, role, session or account root, such as arn:aws:iam::111122223333:user/alice.")]
    [InlineData("--Kms:Principals:0:AccessKeyId=AKIAIOSFODNN7EXAMPLE --Kms:Principals:0:Arn=arn:aws:iam::111122223333:user/alice",
        "kms-emulator: --Kms:Principals:0:SecretAccessKey is missing: the principal with access key ID 'AKIAIOSFODNN7EXAMPLE' needs the secret its requests are signed with.")]
    [InlineData("--Kms:RejectUnknownAccessKeys=yes", "kms-emulator: --Kms:RejectUnknownAccessKeys 'yes' is neither true nor false")]
    [InlineData("serve", "kms-emulator: unexpected argument 'serve'; options are written --name=value (kms-emulator --help lists them)")]
    public async Task BadOption_EndsWithOneLineAndExitCode2(string commandLine, string expected)
    {
        var (exitCode, stdout, stderr) = await EmulatorProcess.RunAsync(commandLine.Split(' '));

        exitCode.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.ShouldBe([expected]);
    }

    [Fact]
    public async Task BadValueFromTheEnvironment_EndsWithOneLineAndExitCode2()
    {
        // Configuration from the environment is checked as the command line is.
        var (exitCode, _, stderr) = await EmulatorProcess.RunAsync(new Dictionary<string, string> { ["Kms__Region"] = "mars-north-1" }, "--urls", "http://127.0.0.1:0");

        exitCode.ShouldBe(2);
        stderr.ShouldBe(["kms-emulator: --Kms:Region 'mars-north-1' is not a Region of a known AWS partition; start with e.g. --Kms:Region=eu-west-1"]);
    }

    [Fact]
    public async Task TakenPort_EndsWithOneLineNamingThePortAndExitCode1()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var (exitCode, stdout, stderr) = await EmulatorProcess.RunAsync("--urls", $"http://127.0.0.1:{port}");

        exitCode.ShouldBe(1);
        stdout.ShouldBeEmpty();
        stderr.ShouldBe([$"kms-emulator: port {port} is in use; start with --urls http://127.0.0.1:<port>"]);
    }

    [Fact]
    public async Task Start_PrintsOneBannerLineThenOneLinePerRequestWithKeyArnAndRegion()
    {
        await using var emulator = EmulatorProcess.Start("--urls", "http://127.0.0.1:0", "--Kms:Region=eu-west-1", "--Kms:AccountId=444455556666");
        var url = await emulator.WaitForBannerAsync();

        emulator.StandardOutput.Single().ShouldBe(
            $"kms-emulator {await VersionAsync()} listening on {url.ToString().TrimEnd('/')} (Region eu-west-1, account 444455556666, store memory); keys and events at {url}_kms/; Ctrl+C stops");

        using var kms = new AmazonKeyManagementServiceClient(
            new BasicAWSCredentials("test", "test"),
            new AmazonKeyManagementServiceConfig { ServiceURL = url.ToString(), AuthenticationRegion = "eu-west-1", MaxErrorRetry = 0 });
        var key = (await kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = key.KeyId });

        var line = await emulator.WaitForLineAsync(l => l.Contains(" DisableKey ", StringComparison.Ordinal));
        line.ShouldMatch($@"^\d\d:\d\d:\d\d\.\d\d\d info: kms\[1\] DisableKey 200 - \d+\.\d ms {Regex.Escape(key.Arn)} eu-west-1 [0-9a-f-]{{36}}$");
        emulator.StandardError.ShouldBeEmpty();
    }

    private static async Task<string> VersionAsync() => (await EmulatorProcess.RunAsync("--version")).Stdout.Single()["kms-emulator ".Length..];
}
