using System;
using System.Linq;
using KeyLifecycle.Emulator.Clock;
using KeyLifecycle.Emulator.CommandLine;
using KeyLifecycle.Emulator.Dashboard;
using KeyLifecycle.Emulator.Events;
using KeyLifecycle.Emulator.Logging;
using KeyLifecycle.Emulator.Seeding;
using KeyLifecycle.Protocol;
using KeyLifecycle.Protocol.Pipeline;
using KeyLifecycle.Protocol.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KeyLifecycle.Emulator;

/// <summary>The emulator: an ASP.NET Core application that serves KMS at <c>/</c> from the store <c>--Kms:Store</c> names (memory by default), and its own endpoints under <c>/_kms/</c>.</summary>
/// <remarks>
/// Configured as any ASP.NET Core application: <c>--urls</c> (default <see cref="DefaultUrl"/>) and the <c>Kms</c> and
/// <c>Emulator</c> sections (<c>--Kms:Region=eu-west-1</c>, <c>--Emulator:MaxEvents=5000</c>, ...), from the command line,
/// environment variables (<c>Kms__Region</c>) or <c>appsettings.json</c>; <see cref="EmulatorCommandLine"/> lists them.
/// Logs one line per request under the category <c>kms</c>.
/// </remarks>
internal static class EmulatorApp
{
    public const string DefaultUrl = "http://127.0.0.1:4599";

    /// <summary>Set once the server listens: until then the host's and Kestrel's own startup failures are not logged, since <see cref="Program"/> reports them in one line.</summary>
    private static volatile bool s_started;

    /// <summary>Builds the emulator from options already read by <see cref="EmulatorCommandLine.Parse"/>, or says in one line why it cannot.</summary>
    public static (WebApplication? App, string? Problem) TryBuild(string[] args)
    {
        // The options are read once, at start, so appsettings.json is not watched: a watcher of the working folder is
        // woken by every write to any file in it, such as the emulator's own output redirected there.
        var builder = WebApplication.CreateSlimBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
        if (EmulatorCommandLine.CheckValues(builder.Configuration) is { } problem)
        {
            return (null, problem);
        }

        // Principals are checked as a whole (a duplicate access key ID is two values), as the endpoint will check them.
        var kms = new KmsOptions();
        builder.Configuration.GetSection("Kms").Bind(kms);
        if (PrincipalTable.TryCreate(kms.Principals).Problem is { } principalProblem)
        {
            return (null, $"--{principalProblem}");
        }

        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<ILoggerProvider>(_ => new BatchingConsoleLoggerProvider());   // disposed by the host, which writes what is queued
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.Logging.AddFilter(typeof(KmsEndpoint).FullName, LogLevel.Warning);   // the emulator logs each request itself, as "kms"
        builder.Logging.AddFilter("Microsoft.AspNetCore.Server.Kestrel", level => s_started && level >= LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", level => s_started && level >= LogLevel.Warning);

        // Once started, this category writes nothing at Warning or above, but while it is enabled at any level ASP.NET
        // Core opens a logging scope and an Activity for every request: off, the emulator's requests cost less.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", level => !s_started && level >= LogLevel.Warning);

        var clockControl = builder.Configuration.GetValue("Emulator:ClockControl", true);
        var maxEvents = builder.Configuration.GetValue("Emulator:MaxEvents", 1000);
        var clock = new EmulatorClock();
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(provider => new KmsEventLog(maxEvents, provider.GetRequiredService<IKmsKeyStore>(), provider.GetRequiredService<ILoggerFactory>()));
        builder.Services.AddSingleton<IKmsRequestObserver>(provider => provider.GetRequiredService<KmsEventLog>());
        // The store is opened here, so that a file another emulator holds, or one it cannot read, is refused in one line
        // before anything listens; the container owns it and closes it when the application is disposed.
        var store = EmulatorStore.Parse(builder.Configuration["Kms:Store"]);
        var (opened, storeProblem) = store.TryOpen();
        if (opened is null)
        {
            return (null, storeProblem);
        }

        builder.Services.AddSingleton(_ => opened);
        builder.Services.AddKms();
        builder.Services.Configure<KmsOptions>(builder.Configuration.GetSection("Kms"));

        var app = builder.Build();
        app.MapKms();
        app.MapDashboard(store.Name, clockControl);
        ((IApplicationBuilder)app).Properties[StoreNameKey] = store.Name;
        var services = app.Services.GetRequiredService<KmsEndpoint>().Services;
        if (builder.Configuration["Kms:Seed"] is { Length: > 0 } seedPath)
        {
            // Applied before the server listens, so no request sees the store half seeded.
            var seeded = EmulatorSeed.ApplyFile(services, seedPath);
            if (seeded.TryPickT1(out var refused, out var applied))
            {
                ((IAsyncDisposable)app).DisposeAsync().AsTask().GetAwaiter().GetResult();
                return (null, refused);
            }

            ((IApplicationBuilder)app).Properties[SeedSummaryKey] = EmulatorSeed.Describe(applied, seedPath);
        }

        if (builder.Configuration["Emulator:Export"] is { Length: > 0 } exportPath)
        {
            var secrets = builder.Configuration.GetValue("Emulator:ExportSecrets", false);
            app.Lifetime.ApplicationStopping.Register(() => ExportOnStop(services, exportPath, secrets));
        }

        app.Lifetime.ApplicationStarted.Register(() => s_started = true);
        return (app, null);
    }

    private const string SeedSummaryKey = "KeyLifecycle.Emulator.SeedSummary";
    private const string StoreNameKey = "KeyLifecycle.Emulator.StoreName";

    // A stop must not fail because the file cannot be written; the reason goes where the banner went.
    private static void ExportOnStop(KmsServices services, string path, bool secrets)
    {
        try
        {
            EmulatorSeed.ExportFile(services, path, secrets);
            Console.Out.WriteLine($"{EmulatorCommandLine.Command}: wrote the keys and aliases to {path}{(secrets ? " with their key material" : string.Empty)}");
        }
        catch (Exception exception) when (exception is System.IO.IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"{EmulatorCommandLine.Command}: cannot write {path}: {exception.Message}");
        }
    }

    /// <summary>Builds the emulator; for tests, which pass good options.</summary>
    /// <exception cref="ArgumentException">The options are not good.</exception>
    public static WebApplication Build(string[] args)
    {
        var (app, problem) = TryBuild(args);
        return app ?? throw new ArgumentException(problem, nameof(args));
    }

    /// <summary>The URLs the started server listens on.</summary>
    public static string ListeningUrl(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        return addresses is { Count: > 0 } ? string.Join(' ', addresses) : DefaultUrl;
    }

    /// <summary>The one line printed when the emulator is ready: where it listens, for which Region and account, and with which store.</summary>
    public static string Banner(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<KmsOptions>>().Value;
        var url = ListeningUrl(app);
        var first = url.Split(' ').First().TrimEnd('/');
        var seeded = ((IApplicationBuilder)app).Properties.TryGetValue(SeedSummaryKey, out var summary) ? $"; {summary}" : string.Empty;
        var principals = options.Principals.Count switch
        {
            0 => string.Empty,
            1 => ", 1 principal",
            var count => $", {count} principals",
        };
        var rejecting = options.RejectUnknownAccessKeys ? ", unknown access keys refused" : string.Empty;
        return $"{EmulatorCommandLine.Command} {EmulatorCommandLine.Version} listening on {url} (Region {options.Region}, account {options.AccountId}, store {((IApplicationBuilder)app).Properties[StoreNameKey]}{principals}{rejecting}){seeded}; keys and events at {first}/_kms/; Ctrl+C stops";
    }
}
