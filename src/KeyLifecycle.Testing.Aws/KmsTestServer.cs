using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.Runtime;
using KeyLifecycle.Protocol;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Seeding;
using KeyLifecycle.Protocol.Storage;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KeyLifecycle.Testing.Aws;

/// <summary>A KMS endpoint inside the test process, on a free loopback port, with an AWS SDK client for it and a clock the test moves.</summary>
/// <remarks>
/// <para>
/// <c>await using var kms = await KmsTestServer.StartAsync();</c> starts Kestrel on <c>127.0.0.1</c>, port 0, serving
/// <c>MapKms()</c> from a fresh in-memory store; <see cref="Client"/> talks to it. Disposing stops the server.
/// </para>
/// <para>
/// Set up for tests: the <see cref="Clock"/> stands still until moved (<c>kms.Clock.Advance(TimeSpan.FromDays(7))</c>),
/// and what falls due is applied before the next request (<see cref="KmsOptions.SweepInterval"/> is zero). The client
/// never retries (<c>MaxErrorRetry = 0</c>), so an error the endpoint answers reaches the test at once, and a call
/// that hangs fails after 30 seconds rather than the SDK's default of minutes.
/// </para>
/// </remarks>
public sealed class KmsTestServer : IAsyncDisposable
{
    /// <summary>The Region of <see cref="Client"/> and of unsigned requests, <c>us-east-1</c>.</summary>
    public const string DefaultRegion = "us-east-1";

    /// <summary>The account of every caller, <c>111122223333</c>, unless a client's access key ID is twelve digits.</summary>
    public const string DefaultAccountId = "111122223333";

    private readonly WebApplication _app;

    private KmsTestServer(WebApplication app, KmsTestClock clock, Uri url)
    {
        _app = app;
        Clock = clock;
        Url = url;
        Client = CreateClient();
    }

    /// <summary>The endpoint's URL, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Url { get; }

    /// <summary>The endpoint's clock; move it to make deletion dates, replica creation and material expiry arrive.</summary>
    public KmsTestClock Clock { get; }

    /// <summary>An AWS SDK client for the endpoint, signing for <see cref="DefaultRegion"/>, that never retries. Disposed with the server.</summary>
    public IAmazonKeyManagementService Client { get; }

    /// <summary>The endpoint's key store, to look at keys without a request.</summary>
    public IKmsKeyStore Store => _app.Services.GetRequiredService<IKmsKeyStore>();

    /// <summary>Starts an endpoint.</summary>
    /// <param name="configure">Changes the endpoint's options (Region, account, delays, faults); <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    public static async Task<KmsTestServer> StartAsync(Action<KmsOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var clock = new KmsTestClock(DateTimeOffset.UtcNow);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<IKmsKeyStore>(new InMemoryKmsKeyStore());
        builder.Services.AddKms(options =>
        {
            options.Region = DefaultRegion;
            options.AccountId = DefaultAccountId;
            options.SweepInterval = TimeSpan.Zero;
            configure?.Invoke(options);
        });

        var app = builder.Build();
        app.MapKms();
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KmsTestServer(app, clock, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <summary>Adds the keys and aliases of a seed file, so a test starts with the keys its code names, with known material.</summary>
    /// <param name="seedJson">The seed file's text (<see cref="KmsSeed"/> describes the format); entries without an account or Region get the endpoint's.</param>
    /// <returns>What was added; keys and aliases the endpoint already has as the seed declares them are left alone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="seedJson"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The seed has problems, which the message lists, one per line; nothing was added.</exception>
    /// <remarks>The keys are created at <see cref="Clock"/>'s time, unless the seed gives their creation dates.</remarks>
    public KmsSeedApplied Seed(string seedJson)
    {
        ArgumentNullException.ThrowIfNull(seedJson);
        var options = _app.Services.GetRequiredService<IOptions<KmsOptions>>().Value;
        var defaults = KmsCaller.Create(AwsRegion.Parse(options.Region), AwsAccountId.Parse(options.AccountId));
        var result = KmsSeed.Parse(seedJson).Match(seed => seed.ApplyTo(Store, defaults, Clock.GetUtcNow()), refusal => refusal);
        return result.IsT0
            ? result.AsT0
            : throw new ArgumentException($"The seed was not applied:{Environment.NewLine}{result.AsT1}", nameof(seedJson));
    }

    /// <summary>Writes the endpoint's keys and aliases as a seed file (<see cref="KmsSeedExport"/>).</summary>
    /// <param name="includeSecrets">Whether to write key material, so that a seeded endpoint decrypts and verifies what this one made.</param>
    /// <returns>The seed file's text.</returns>
    public string Export(bool includeSecrets = false) => KmsSeedExport.Write(Store, includeSecrets);

    /// <summary>Creates another client for the endpoint, for another Region or account.</summary>
    /// <param name="region">The Region to sign for, which is the Region the endpoint serves the request in.</param>
    /// <param name="accountId">A twelve-digit account to call as (it becomes the access key ID); <see langword="null"/> for <see cref="DefaultAccountId"/>.</param>
    /// <returns>A client that never retries; the caller disposes it.</returns>
    public AmazonKeyManagementServiceClient CreateClient(string region = DefaultRegion, string? accountId = null) =>
        new(
            new BasicAWSCredentials(accountId ?? "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
            new AmazonKeyManagementServiceConfig
            {
                ServiceURL = Url.ToString(),
                AuthenticationRegion = region,
                MaxErrorRetry = 0,
                Timeout = TimeSpan.FromSeconds(30),
            });

    /// <summary>Stops the server and disposes <see cref="Client"/>.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
