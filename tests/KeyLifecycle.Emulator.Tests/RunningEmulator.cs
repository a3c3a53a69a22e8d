using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace KeyLifecycle.Emulator.Tests;

/// <summary>The emulator started in this process on a free loopback port, with an SDK client and an HTTP client for it.</summary>
internal sealed class RunningEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningEmulator(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
        Http = new HttpClient { BaseAddress = url };
        Kms = CreateClient("us-east-1");
    }

    public Uri Url { get; }

    public HttpClient Http { get; }

    public AmazonKeyManagementServiceClient Kms { get; }

    public KeyLifecycle.Protocol.Storage.IKmsKeyStore Store => _app.Services.GetRequiredService<KeyLifecycle.Protocol.Storage.IKmsKeyStore>();

    public static async Task<RunningEmulator> StartAsync(params string[] args)
    {
        var app = EmulatorApp.Build(["--urls=http://127.0.0.1:0", .. args]);
        await app.StartAsync();
        return new RunningEmulator(app, new Uri(EmulatorApp.ListeningUrl(app).Split(' ').First()));
    }

    public AmazonKeyManagementServiceClient CreateClient(string region) =>
        new(new BasicAWSCredentials("test", "test"), new AmazonKeyManagementServiceConfig { ServiceURL = Url.ToString(), AuthenticationRegion = region, MaxErrorRetry = 0 });

    public async Task<(int Status, JsonElement Body)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        return ((int)response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    public async Task<(int Status, JsonElement Body)> PostAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(new Uri(path, UriKind.Relative), content);
        return ((int)response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        Kms.Dispose();
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
