using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.Runtime;
using KeyLifecycle.Protocol.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KeyLifecycle.Protocol.Tests;

/// <summary>A real Kestrel server on a free loopback port serving <c>MapKms()</c>, with a fake clock, stopped when disposed.</summary>
internal sealed class KmsTestServer : IAsyncDisposable
{
    public const string AccountId = "111122223333";
    public const string Region = "us-east-1";

    private readonly WebApplication _app;

    private KmsTestServer(WebApplication app, FakeClock clock, Uri url)
    {
        _app = app;
        Clock = clock;
        Url = url;
    }

    public FakeClock Clock { get; }

    public Uri Url { get; }

    public IKmsKeyStore Store => _app.Services.GetRequiredService<IKmsKeyStore>();

    public static async Task<KmsTestServer> StartAsync(
        Action<KmsOptions>? configure = null, IKmsRequestObserver? observer = null, Action<KestrelServerOptions>? kestrel = null, IKmsKeyStore? store = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => kestrel?.Invoke(options)).UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var clock = new FakeClock(FakeClock.DefaultStart);
        builder.Services.AddSingleton<TimeProvider>(clock);
        if (store is not null)
        {
            builder.Services.AddSingleton(store);
        }

        if (observer is not null)
        {
            builder.Services.AddSingleton(observer);
        }

        builder.Services.AddKms(options =>
        {
            options.SweepInterval = TimeSpan.Zero;
            options.ReplicaCreationDelay = TimeSpan.FromSeconds(5);
            options.PrimaryRegionUpdateDelay = TimeSpan.FromSeconds(5);
            configure?.Invoke(options);
        });

        var app = builder.Build();
        app.MapKms();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new KmsTestServer(app, clock, new Uri(address));
    }

    /// <summary>An AWS SDK client for the server, signing for <paramref name="region"/>, that never retries.</summary>
    public AmazonKeyManagementServiceClient CreateClient(
        string region = Region, string accessKeyId = "AKIAIOSFODNN7EXAMPLE", string secretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", string? serviceName = null)
    {
        var config = new AmazonKeyManagementServiceConfig { ServiceURL = Url.ToString(), AuthenticationRegion = region, MaxErrorRetry = 0 };
        if (serviceName is not null)
        {
            config.AuthenticationServiceName = serviceName;
        }

        return new(new BasicAWSCredentials(accessKeyId, secretAccessKey), config);
    }

    /// <summary>Sets the server's clock to the machine's, which the AWS SDK signs with, for tests of signed requests.</summary>
    public void SetClockToMachineTime() => Clock.Advance(DateTimeOffset.UtcNow - Clock.GetUtcNow());

    public HttpClient CreateHttpClient() => new() { BaseAddress = Url };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
