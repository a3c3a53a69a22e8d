using System;
using System.Linq;
using System.Threading.Tasks;
using KeyLifecycle.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KeyLifecycle.Testing.Tests.Conformance;

/// <summary>The emulator's KMS endpoint (<c>MapKms</c>, as <c>KeyLifecycle.Emulator</c> serves it) on a free loopback port, for the suite to drive through the SDK.</summary>
internal sealed class EmulatorEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmulatorEndpoint(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<EmulatorEndpoint> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddKms();
        var app = builder.Build();
        app.MapKms();
        await app.StartAsync();
        return new EmulatorEndpoint(app, new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
