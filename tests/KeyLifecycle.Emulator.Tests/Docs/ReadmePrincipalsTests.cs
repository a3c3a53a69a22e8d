using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.Runtime;
using Microsoft.Extensions.Configuration;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Emulator.Tests.Docs;

/// <summary>Keeps the README's principals section true: its appsettings.json and its command line configure the emulator as printed, and SDK calls signed with their keys are served as their principals.</summary>
public class ReadmePrincipalsTests
{
    [Fact]
    public async Task AppSettingsExample_ServesEachPrincipal_AndRefusesUnknownKeys()
    {
        // The example as configuration keys, given to the emulator as it reads appsettings.json.
        var json = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(Block("json")))).Build();
        var args = json.AsEnumerable().Where(pair => pair.Value is not null).Select(pair => $"--{pair.Key}={pair.Value}").ToArray();
        await using var emulator = await RunningEmulator.StartAsync(args);
        using var alice = Client(emulator.Url, "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        using var reader = Client(emulator.Url, "AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY");

        var key = (await alice.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        var missing = await Should.ThrowAsync<NotFoundException>(() => reader.DescribeKeyAsync(new DescribeKeyRequest { KeyId = "1234abcd-12ab-34cd-56ef-1234567890ab" }));
        var stranger = await Should.ThrowAsync<AmazonKeyManagementServiceException>(() => emulator.Kms.ListKeysAsync(new ListKeysRequest()));

        key.AWSAccountId.ShouldBe("111122223333");
        missing.Message.ShouldBe("Key 'arn:aws:kms:us-east-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab' does not exist");
        (stranger.ErrorCode, stranger.Message).ShouldBe(("UnrecognizedClientException", "The security token included in the request is invalid."));
        var (_, events) = await emulator.GetAsync("/_kms/events");
        var identities = events.GetProperty("Records").EnumerateArray().Select(e => e.GetProperty("userIdentity")).ToArray();
        identities.Select(i => (i.GetProperty("type").GetString(), i.GetProperty("arn").GetString())).ShouldBe(
        [
            ("IAMUser", "arn:aws:iam::111122223333:user/alice"),
            ("AssumedRole", "arn:aws:sts::444455556666:assumed-role/Reader/app"),
            ("Root", "arn:aws:iam::111122223333:root"),
        ], ignoreOrder: true);
    }

    [Fact]
    public async Task CommandLineExample_StartsTheEmulator_AndASignedCallIsServedAsThePrincipal()
    {
        // The options after "--", as a user types them, given to the built emulator in a process of its own.
        var command = Block("shell").Replace("\\\n", " ", StringComparison.Ordinal);
        var args = command.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).SkipWhile(arg => arg != "--").Skip(1).ToArray();
        args.Length.ShouldBe(3);
        await using var emulator = EmulatorProcess.Start(["--urls=http://127.0.0.1:0", .. args]);
        var url = await emulator.WaitForBannerAsync();
        using var alice = Client(url, "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        using var wrong = Client(url, "AKIAIOSFODNN7EXAMPLE", "not-the-secret");

        var key = (await alice.CreateKeyAsync(new CreateKeyRequest { Description = "alice's" })).KeyMetadata;
        var refused = await Should.ThrowAsync<AmazonKeyManagementServiceException>(() => wrong.CreateKeyAsync(new CreateKeyRequest()));

        emulator.StandardOutput.ShouldContain(line => line.Contains("(Region us-east-1, account 111122223333, store memory, 1 principal)", StringComparison.Ordinal));
        key.Arn.ShouldStartWith("arn:aws:kms:us-east-1:111122223333:key/");
        (refused.ErrorCode, (int)refused.StatusCode).ShouldBe(("InvalidSignatureException", 400));
        (await alice.ListKeysAsync(new ListKeysRequest())).Keys.Select(k => k.KeyId).ShouldBe([key.KeyId]);
    }

    private static AmazonKeyManagementServiceClient Client(Uri url, string accessKeyId, string secret) =>
        new(new BasicAWSCredentials(accessKeyId, secret), new AmazonKeyManagementServiceConfig { ServiceURL = url.ToString(), AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });

    // The first block of the language in the README's principals section.
    private static string Block(string language)
    {
        var readme = ReadmeTests.ReadReadme();
        var section = readme[readme.IndexOf("### Principals and signatures", StringComparison.Ordinal)..];
        return Regex.Match(section, $"```{language}\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
    }
}
