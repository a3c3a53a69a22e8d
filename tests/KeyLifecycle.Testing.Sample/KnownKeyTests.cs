using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Amazon.KeyManagementService.Model;
using KeyLifecycle.Testing.Aws;
using Shouldly;
using Xunit;

namespace MyService.Tests;

public class KnownKeyTests
{
    // The alias the service's configuration names, and the HMAC key its checked-in test tokens were made with.
    private const string Seed = """
        {
          "keys": [
            {
              "keyId": "1234abcd-12ab-34cd-56ef-1234567890ab",
              "keySpec": "HMAC_256",
              "keyUsage": "GENERATE_VERIFY_MAC",
              "material": [ { "key": "Y2hlY2tlZC1pbiB0ZXN0IHNpZ25pbmcga2V5LCAzMmI=" } ]
            }
          ],
          "aliases": [ { "aliasName": "alias/tokens", "targetKeyId": "1234abcd-12ab-34cd-56ef-1234567890ab" } ]
        }
        """;

    [Fact]
    public async Task TheConfiguredAlias_MacsWithTheKnownKey()
    {
        await using var kms = await KmsTestServer.StartAsync();
        kms.Seed(Seed);

        var mac = await kms.Client.GenerateMacAsync(new GenerateMacRequest
        {
            KeyId = "alias/tokens",
            MacAlgorithm = "HMAC_SHA_256",
            Message = new MemoryStream("user=42"u8.ToArray()),
        });

        var knownKey = Convert.FromBase64String("Y2hlY2tlZC1pbiB0ZXN0IHNpZ25pbmcga2V5LCAzMmI=");
        mac.Mac.ToArray().ShouldBe(HMACSHA256.HashData(knownKey, "user=42"u8));
    }
}
