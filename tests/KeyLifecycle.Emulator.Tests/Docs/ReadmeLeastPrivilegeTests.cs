using System;
using System.Collections.Generic;
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

/// <summary>
/// Keeps the README's least-privilege example true: the emulator is started with its configuration as printed, the key
/// is created with its policy as printed, and each call it describes is made through the AWS SDK for .NET, signed with
/// the printed access keys; every outcome must be the README's line. What the lines say follows AWS's documentation:
/// the key policy with the account statement delegating to IAM (key-policy-default.html), cross-account use needing the
/// key policy and the caller's IAM policy (key-policy-modifying-external-accounts.html), grants with an encryption context
/// constraint and their retiring principal (grants.html, grant-delete.html), the lockout safety check (API_PutKeyPolicy),
/// IAM's denial forms (reference_policies_access-denied-error-messages.html) and SigV4's mismatch text (recorded in
/// aws/aws-sdk-js#168).
/// </summary>
public class ReadmeLeastPrivilegeTests
{
    [Fact]
    public async Task EveryCallOfTheExample_HasTheOutcomeTheReadmePrints()
    {
        var section = Section();
        var blocks = Regex.Matches(section, "```(json|text)\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[2].Value).ToArray();
        blocks.Length.ShouldBe(3);
        var (configuration, keyPolicy, expected) = (blocks[0], blocks[1], blocks[2]);

        var settings = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(configuration))).Build();
        var args = settings.AsEnumerable().Where(pair => pair.Value is not null).Select(pair => $"--{pair.Key}={pair.Value}").ToArray();
        await using var emulator = await RunningEmulator.StartAsync(args);
        using var admin = Client(emulator.Url, "AKIAADMINEXAMPLE0001", "admin/Secret+Key0000000000000000000000000");
        using var app = Client(emulator.Url, "AKIAAPPEXAMPLE000001", "app/Secret+Key00000000000000000000000000");
        using var partner = Client(emulator.Url, "AKIAPARTNEREXAMPLE01", "partner/Secret+Key0000000000000000000000");
        using var forger = Client(emulator.Url, "AKIAAPPEXAMPLE000001", "not-the-apps-secret");

        var key = (await admin.CreateKeyAsync(new CreateKeyRequest { Policy = keyPolicy })).KeyMetadata;
        var other = (await admin.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        var orders = new Dictionary<string, string> { ["purpose"] = "orders" };
        byte[] blob = [];
        var lines = new List<string>();
        async Task Step(string label, Func<Task> call)
        {
            try
            {
                await call();
                lines.Add($"{label}: ok");
            }
            catch (AmazonKeyManagementServiceException error)
            {
                lines.Add($"{label}: {error.ErrorCode}: {error.Message}");
            }
        }

        Task<DecryptResponse> PartnerDecrypts(Dictionary<string, string>? context) =>
            partner.DecryptAsync(new DecryptRequest { KeyId = key.Arn, CiphertextBlob = new MemoryStream(blob), EncryptionContext = context });

        await Step("app Encrypt", async () => blob = (await app.EncryptAsync(new EncryptRequest { KeyId = key.Arn, Plaintext = new MemoryStream([1, 2, 3]), EncryptionContext = orders })).CiphertextBlob.ToArray());
        await Step("app Decrypt", () => app.DecryptAsync(new DecryptRequest { CiphertextBlob = new MemoryStream(blob), EncryptionContext = orders }));
        await Step("admin DisableKey", () => admin.DisableKeyAsync(new DisableKeyRequest { KeyId = key.KeyId }));
        var withoutAccount = keyPolicy.Replace(
            "{ \"Sid\": \"Account\", \"Effect\": \"Allow\", \"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:root\" }, \"Action\": \"kms:*\", \"Resource\": \"*\" },",
            string.Empty,
            StringComparison.Ordinal);
        withoutAccount.ShouldNotBe(keyPolicy);
        await Step("admin PutKeyPolicy", () => admin.PutKeyPolicyAsync(new PutKeyPolicyRequest { KeyId = key.KeyId, PolicyName = "default", Policy = withoutAccount }));
        await Step("partner Encrypt", () => partner.EncryptAsync(new EncryptRequest { KeyId = key.Arn, Plaintext = new MemoryStream([9]) }));
        await Step("partner Decrypt", () => PartnerDecrypts(orders));
        string token = string.Empty;
        await Step("admin CreateGrant", async () => token = (await admin.CreateGrantAsync(new CreateGrantRequest
        {
            KeyId = key.KeyId,
            GranteePrincipal = "arn:aws:iam::444455556666:role/Partner",
            RetiringPrincipal = "arn:aws:iam::444455556666:role/Partner",
            Operations = [GrantOperation.Decrypt],
            Constraints = new GrantConstraints { EncryptionContextEquals = orders },
        })).GrantToken);
        await Step("partner Decrypt", async () => (await PartnerDecrypts(orders)).Plaintext.ToArray().ShouldBe(new byte[] { 1, 2, 3 }));
        await Step("partner Decrypt without the context", () => PartnerDecrypts(null));
        await Step("partner RetireGrant", () => partner.RetireGrantAsync(new RetireGrantRequest { GrantToken = token }));
        await Step("partner Decrypt", () => PartnerDecrypts(orders));
        await Step("partner Encrypt with another key", () => partner.EncryptAsync(new EncryptRequest { KeyId = other.Arn, Plaintext = new MemoryStream([9]) }));
        await Step("wrong secret CreateKey", () => forger.CreateKeyAsync(new CreateKeyRequest()));

        var printed = expected.Replace("<other key ARN>", other.Arn, StringComparison.Ordinal).Replace("<key ARN>", key.Arn, StringComparison.Ordinal);
        lines.ShouldBe(printed.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        // What was refused changed nothing: the key is enabled, keeps its policy, and the forged CreateKey made no key.
        (await admin.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId })).KeyMetadata.KeyState.Value.ShouldBe("Enabled");
        (await admin.GetKeyPolicyAsync(new GetKeyPolicyRequest { KeyId = key.KeyId, PolicyName = "default" })).Policy.ShouldBe(keyPolicy);
        (await admin.ListKeysAsync(new ListKeysRequest())).Keys.Select(entry => entry.KeyId).ShouldBe([key.KeyId, other.KeyId], ignoreOrder: true);
        (await admin.ListGrantsAsync(new ListGrantsRequest { KeyId = key.KeyId })).Grants.ShouldBeEmpty();
    }

    private static AmazonKeyManagementServiceClient Client(Uri url, string accessKeyId, string secret) =>
        new(new BasicAWSCredentials(accessKeyId, secret), new AmazonKeyManagementServiceConfig { ServiceURL = url.ToString(), AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });

    private static string Section()
    {
        var readme = ReadmeTests.ReadReadme();
        var start = readme.IndexOf("### Least privilege, end to end", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0);
        var end = readme.IndexOf("\n### ", start + 10, StringComparison.Ordinal);
        return readme[start..end];
    }
}
