using System;
using System.Linq;
using System.Threading.Tasks;
using KeyLifecycle.Protocol;
using KeyLifecycle.Testing.Aws;
using KeyLifecycle.Testing.Conformance;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace KeyLifecycle.Testing.Tests.Conformance;

/// <summary>The emulator's KMS endpoint (<c>MapKms</c>, as <c>KeyLifecycle.Emulator</c> serves it) on a loopback port, driven through the AWS SDK adapter.</summary>
public class EmulatorConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task RunAsync_EmulatorThroughTheAwsSdk_Conforms()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddKms();
        await using var app = builder.Build();
        app.MapKms();
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            using var adapter = AwsSdkKmsAdapter.ForEndpoint(new Uri(address), "eu-west-1");

            var report = await ConformanceSuite.RunAsync("emulator", adapter, new ConformanceOptions { Seed = 42, MaxTest = 60 });
            output.WriteLine(report.ToString());

            report.Passed.ShouldBeTrue(report.ToString());
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
