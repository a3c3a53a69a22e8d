using KeyLifecycle.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KeyLifecycle.Emulator;

/// <summary>The emulator: an ASP.NET Core application that serves KMS at <c>/</c> from an in-memory store.</summary>
/// <remarks>
/// Configured as any ASP.NET Core application: <c>--urls</c> (default <see cref="DefaultUrl"/>) and the <c>Kms</c> section
/// (<c>--Kms:Region=eu-west-1</c>, <c>--Kms:AccountId=...</c>, <c>--Kms:Faults:0:Operation=DescribeKey</c>, ...), from the
/// command line, environment variables (<c>Kms__Region</c>) or <c>appsettings.json</c>. Logs one line per request.
/// </remarks>
internal static class EmulatorApp
{
    public const string DefaultUrl = "http://127.0.0.1:4599";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss.fff ";
        });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);

        builder.Services.AddKms();
        builder.Services.Configure<KmsOptions>(builder.Configuration.GetSection("Kms"));

        var app = builder.Build();
        app.MapKms();
        return app;
    }
}
