using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.Runtime;
using KeyLifecycle.Protocol;
using Microsoft.AspNetCore.Builder;

namespace KeyLifecycle.Emulator.Tests.Docs;

/// <summary>The README's emulator examples, compiled and run by <see cref="ReadmeTests"/>, which also checks that the README shows them verbatim.</summary>
internal static class ReadmeExamples
{
    public static async Task<IReadOnlyList<string>> SdkExample()
    {
        var console = new Output();
        var Console = console;

        #region sdk-example
        using var kms = new AmazonKeyManagementServiceClient(
            new BasicAWSCredentials("test", "test"),
            new AmazonKeyManagementServiceConfig { ServiceURL = "http://127.0.0.1:4599", AuthenticationRegion = "us-east-1" });

        var key = (await kms.CreateKeyAsync(new CreateKeyRequest { Description = "example" })).KeyMetadata;
        Console.WriteLine($"{key.KeyId} is {key.KeyState}");          // <key ID> is Enabled

        await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key.KeyId, PendingWindowInDays = 7 });
        try
        {
            await kms.EnableKeyAsync(new EnableKeyRequest { KeyId = key.KeyId });
        }
        catch (KMSInvalidStateException e)
        {
            Console.WriteLine(e.Message);   // arn:aws:kms:us-east-1:111122223333:key/<key ID> is pending deletion.
        }
        #endregion

        return console.Lines;
    }

    public static async Task<WebApplication> Embed(string[] args)
    {
        #region embed
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddKms(options => options.Region = "eu-west-1");

        var app = builder.Build();
        app.MapKms();                                   // POST / with X-Amz-Target: TrentService.<Operation>
        #endregion

        await app.StartAsync();
        return app;
    }

    /// <summary>Stands in for <see cref="System.Console"/> so that the examples' output can be asserted.</summary>
    private sealed class Output
    {
        public List<string> Lines { get; } = [];

        public void WriteLine(object? value) => Lines.Add(value?.ToString() ?? string.Empty);
    }
}
