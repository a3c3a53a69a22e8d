using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.Runtime;
using KeyLifecycle.Storage.PostgreSql.Tests;
using Shouldly;

namespace KeyLifecycle.Emulator.Tests.Storage;

/// <summary>
/// Two emulator processes over one PostgreSQL database, as a team runs them: clients of both change one key at once and
/// no acknowledged change is lost; a rotation that falls due while both serve requests is made once, not once per
/// process. The oracles are the acknowledged requests and AWS's rule of one automatic rotation per period.
/// </summary>
public sealed class SharedPostgresTests
{
    [PostgresFact]
    public async Task EightClientsAcrossTwoEmulators_LoseNoChange_AndADueRotationIsMadeOnce()
    {
        // The server trusts local connections, so the password is not needed: it is there to be left out of the banner.
        var store = $"--Kms:Store=postgres:{PostgresServer.NewSchema()};Password=not-for-the-banner";
        await using var first = EmulatorProcess.Start("--urls=http://127.0.0.1:0", store);
        await using var second = EmulatorProcess.Start("--urls=http://127.0.0.1:0", store);
        Uri[] urls = [await first.WaitForBannerAsync(), await second.WaitForBannerAsync()];
        first.StandardOutput[0].ShouldContain(", store postgres:Host=127.0.0.1;");
        first.StandardOutput[0].ShouldNotContain("not-for-the-banner");
        using var setup = Client(urls[0]);
        var tagged = (await setup.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
        var rotating = (await setup.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
        await setup.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = rotating, RotationPeriodInDays = 90 });

        // Each of eight clients, four per emulator, adds six tags of its own, one TagResource at a time.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(client => Task.Run(async () =>
        {
            using var kms = Client(urls[client % 2]);
            for (var tag = 0; tag < 6; tag++)
            {
                await kms.TagResourceAsync(new TagResourceRequest { KeyId = tagged, Tags = [new Tag { TagKey = $"c{client}-t{tag}", TagValue = "v" }] });
            }
        })));

        using var other = Client(urls[1]);
        var tags = (await other.ListResourceTagsAsync(new ListResourceTagsRequest { KeyId = tagged, Limit = 50 })).Tags.Select(tag => tag.TagKey);
        tags.Order(StringComparer.Ordinal).ShouldBe(
            Enumerable.Range(0, 8).SelectMany(client => Enumerable.Range(0, 6).Select(tag => $"c{client}-t{tag}")).Order(StringComparer.Ordinal));

        // Both clocks pass the rotation date; then both emulators serve requests at once, and each applies what is due.
        foreach (var url in urls)
        {
            using var http = new HttpClient { BaseAddress = url };
            (await http.PostAsJsonAsync("/_kms/clock", new { advance = "91.00:00:00" })).EnsureSuccessStatusCode();
        }

        await Task.WhenAll(Enumerable.Range(0, 8).Select(client => Task.Run(async () =>
        {
            using var kms = Client(urls[client % 2]);
            await kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = rotating });
        })));

        foreach (var url in urls)
        {
            using var kms = Client(url);
            var rotations = (await kms.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = rotating })).Rotations;
            rotations.Select(rotation => rotation.RotationType.Value).ShouldBe(["AUTOMATIC"]);
        }
    }

    private static AmazonKeyManagementServiceClient Client(Uri url) => new(
        new BasicAWSCredentials("test", "test"),
        new AmazonKeyManagementServiceConfig { ServiceURL = url.ToString(), AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });
}
