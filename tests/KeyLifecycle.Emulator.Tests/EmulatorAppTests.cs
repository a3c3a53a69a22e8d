using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Emulator.Tests;

public class EmulatorAppTests
{
    [Fact]
    public async Task CommandLine_SetsUrlRegionAccountAndFaults()
    {
        await using var emulator = EmulatorApp.Build(
        [
            "--urls=http://127.0.0.1:0", "--Kms:Region=eu-west-1", "--Kms:AccountId=444455556666",
            "--Kms:Faults:0:Operation=ListKeys", "--Kms:Faults:0:Kind=Throttling", "--Kms:Faults:0:EveryNth=1",
        ]);
        await emulator.StartAsync();
        try
        {
            var address = emulator.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            using var http = new HttpClient { BaseAddress = new Uri(address) };

            var (status, body) = await CallAsync(http, "CreateKey");
            status.ShouldBe(200);
            JsonDocument.Parse(body).RootElement.GetProperty("KeyMetadata").GetProperty("Arn").GetString()
                .ShouldStartWith("arn:aws:kms:eu-west-1:444455556666:key/");

            (status, body) = await CallAsync(http, "ListKeys");
            status.ShouldBe(400);
            JsonDocument.Parse(body).RootElement.GetProperty("__type").GetString().ShouldBe("ThrottlingException");
        }
        finally
        {
            await emulator.StopAsync();
        }
    }

    [Fact]
    public async Task Configuration_IsReadOnce_WithNoFileWatched()
    {
        // An appsettings.json in the content root (the working folder) is read: hosting's defaults add it with
        // reloadOnChange, which watches the folder and wakes on every write to any file in it.
        await using var emulator = EmulatorApp.Build(["--urls=http://127.0.0.1:0"]);

        var files = ((IConfigurationRoot)emulator.Configuration).Providers.OfType<FileConfigurationProvider>().ToArray();
        files.ShouldNotBeEmpty();
        files.ShouldAllBe(file => !file.Source.ReloadOnChange);
    }

    [Fact]
    public async Task HostingDiagnosticsLogger_IsOffOnceStarted_SoNoRequestOpensAScopeOrActivity()
    {
        // ASP.NET Core's hosting layer opens a logging scope and starts an Activity for every request while the logger
        // "Microsoft.AspNetCore.Hosting.Diagnostics" is enabled at any level.
        await using var emulator = EmulatorApp.Build(["--urls=http://127.0.0.1:0"]);
        var logger = emulator.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics");

        await emulator.StartAsync();
        try
        {
            logger.IsEnabled(LogLevel.Critical).ShouldBeFalse();
        }
        finally
        {
            await emulator.StopAsync();
        }
    }

    private static async Task<(int Status, string Body)> CallAsync(HttpClient http, string operation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative));
        request.Headers.Add("X-Amz-Target", "TrentService." + operation);
        request.Content = new StringContent("{}", Encoding.UTF8);
        request.Content.Headers.ContentType = new("application/x-amz-json-1.1");
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
