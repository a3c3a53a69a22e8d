using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using KeyLifecycle.Protocol.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Pipeline;

/// <summary>
/// The background scheduler applies what falls due without any request: its timer is the injected clock's, so these
/// tests fire it by hand. The oracle is the key's own schedule: a key whose seven-day window has passed is gone from the
/// store, one whose window has not is untouched.
/// </summary>
public sealed class KmsSchedulerTests
{
    private static readonly DateTimeOffset s_start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly KeyArn s_due = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    private static readonly KeyArn s_later = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");

    [Fact]
    public async Task ADeletionThatFallsDue_HappensAtTheNextTick_WithoutARequest()
    {
        var clock = new ManualClock(s_start);
        var store = new InMemoryKmsKeyStore();
        store.TryAdd(KeyTransitions.ScheduleKeyDeletion(KmsKey.Create(s_due, s_start), 7, s_start).AsT0).ShouldBeTrue();
        store.TryAdd(KeyTransitions.ScheduleKeyDeletion(KmsKey.Create(s_later, s_start), 8, s_start).AsT0).ShouldBeTrue();
        await using var app = await StartAsync(clock, store, TimeSpan.FromSeconds(3));

        var timer = clock.Timers.ShouldHaveSingleItem();
        timer.Period.ShouldBe(TimeSpan.FromSeconds(3));
        timer.Fire();
        store.FindKey(s_due).ShouldNotBeNull();

        clock.Now = s_start.AddDays(7);
        timer.Fire();

        store.FindKey(s_due).ShouldBeNull();
        store.FindKey(s_later)!.State.ShouldBe(KeyState.PendingDeletion);
    }

    [Fact]
    public async Task AnAccountTheStoreGainsWithoutARequest_IsSwept_OnceTheStoresAccountsAreListedAgain()
    {
        // A seed, or another emulator over a shared database, adds keys to an account this endpoint has not served.
        var clock = new ManualClock(s_start);
        var store = new InMemoryKmsKeyStore();
        await using var app = await StartAsync(clock, store, TimeSpan.FromSeconds(1));
        var timer = clock.Timers.ShouldHaveSingleItem();
        store.TryAdd(KeyTransitions.ScheduleKeyDeletion(KmsKey.Create(s_due, s_start), 7, s_start).AsT0).ShouldBeTrue();
        clock.Now = s_start.AddDays(7);

        for (var tick = 1; tick < Protocol.Pipeline.KmsScheduler.AccountRefreshTicks; tick++)
        {
            timer.Fire();
        }

        store.FindKey(s_due).ShouldNotBeNull();
        timer.Fire();
        store.FindKey(s_due).ShouldBeNull();
    }

    [Fact]
    public async Task ATickThatFails_IsLogged_AndTheNextTickTriesAgain()
    {
        var clock = new ManualClock(s_start);
        var store = new FailingStore();
        store.TryAdd(KeyTransitions.ScheduleKeyDeletion(KmsKey.Create(s_due, s_start), 7, s_start).AsT0).ShouldBeTrue();
        var log = new ListLogger();
        await using var app = await StartAsync(clock, store, TimeSpan.FromSeconds(1), log);
        var timer = clock.Timers.ShouldHaveSingleItem();
        clock.Now = s_start.AddDays(7);

        store.Failing = true;
        timer.Fire();
        store.FindKey(s_due).ShouldNotBeNull();
        log.Lines.ShouldContain("Warning The scheduled sweep of due changes failed; the next one tries again: The store is out of reach.");

        store.Failing = false;
        timer.Fire();
        store.FindKey(s_due).ShouldBeNull();
    }

    [Fact]
    public async Task AStoppedHost_StopsItsTimer_AndCommitsNothingMore()
    {
        var clock = new ManualClock(s_start);
        var store = new InMemoryKmsKeyStore();
        store.TryAdd(KeyTransitions.ScheduleKeyDeletion(KmsKey.Create(s_due, s_start), 7, s_start).AsT0).ShouldBeTrue();
        var app = await StartAsync(clock, store, TimeSpan.FromSeconds(1));
        var timer = clock.Timers.ShouldHaveSingleItem();

        await app.DisposeAsync();
        clock.Now = s_start.AddDays(7);
        timer.Fire();

        timer.Disposed.ShouldBeTrue();
        store.FindKey(s_due).ShouldNotBeNull();
    }

    private static async Task<WebApplication> StartAsync(ManualClock clock, IKmsKeyStore store, TimeSpan interval, ListLogger? log = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (log is not null)
        {
            builder.Logging.AddProvider(log);
        }

        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(store);
        builder.Services.AddKms(options => options.SweepInterval = interval);
        var app = builder.Build();
        app.MapKms();
        await app.StartAsync();
        return app;
    }

    /// <summary>A clock whose time and timers move only when the test says.</summary>
    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public List<ManualTimer> Timers { get; } = [];

        public override DateTimeOffset GetUtcNow() => Now;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new ManualTimer(callback, state, period);
            Timers.Add(timer);
            return timer;
        }
    }

    private sealed class ManualTimer(TimerCallback callback, object? state, TimeSpan period) : ITimer
    {
        public TimeSpan Period { get; } = period;

        public bool Disposed { get; private set; }

        // A disposed timer does not fire, as a system timer does not.
        public void Fire()
        {
            if (!Disposed)
            {
                callback(state);
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => !Disposed;

        public void Dispose() => Disposed = true;

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>The in-memory store, except that listing due keys fails while <see cref="Failing"/> is set, as a database out of reach does.</summary>
    private sealed class FailingStore : IKmsKeyStore
    {
        private readonly InMemoryKmsKeyStore _inner = new();

        public bool Failing { get; set; }

        public IReadOnlyList<KmsKey> ListDue(AwsAccountId accountId, DateTimeOffset now) =>
            Failing ? throw new IOException("The store is out of reach.") : _inner.ListDue(accountId, now);

        public KmsKey? FindKey(KeyArn keyArn) => _inner.FindKey(keyArn);

        public KeyArn? FindAliasTarget(AliasArn aliasArn) => _inner.FindAliasTarget(aliasArn);

        public KeyMaterialRecord? FindKeyMaterial(KeyArn keyArn) => _inner.FindKeyMaterial(keyArn);

        public KeyPolicy? FindKeyPolicy(KeyArn keyArn) => _inner.FindKeyPolicy(keyArn);

        public IReadOnlyList<ImportSessionRecord> ListImportSessions(KeyArn keyArn) => _inner.ListImportSessions(keyArn);

        public IReadOnlyList<KeyLifecycle.Grants.KmsGrant> ListGrants(KeyArn keyArn) => _inner.ListGrants(keyArn);

        public IReadOnlyList<KeyLifecycle.Grants.KmsGrant> ListRetirableGrants(AwsAccountId accountId, AwsRegion region, KmsPrincipal retiringPrincipal) =>
            _inner.ListRetirableGrants(accountId, region, retiringPrincipal);

        public IReadOnlyList<KmsKey> ListKeys(AwsAccountId accountId, AwsRegion region) => _inner.ListKeys(accountId, region);

        public IReadOnlyList<KmsKey> ListKeys(AwsAccountId accountId, AwsRegion region, string? afterKeyId, int limit) => _inner.ListKeys(accountId, region, afterKeyId, limit);

        public IReadOnlyList<KmsKey> ListKeys(AwsAccountId accountId) => _inner.ListKeys(accountId);

        public IReadOnlyList<AwsAccountId> ListAccounts() => _inner.ListAccounts();

        public KmsAlias? FindAlias(AliasArn aliasArn) => _inner.FindAlias(aliasArn);

        public IReadOnlyList<KmsAlias> ListAliases(AwsAccountId accountId, AwsRegion region) => _inner.ListAliases(accountId, region);

        public IReadOnlyList<KmsAlias> ListAliases(AwsAccountId accountId, AwsRegion region, string? afterName, int limit) => _inner.ListAliases(accountId, region, afterName, limit);

        public KmsCustomKeyStore? FindCustomKeyStore(AwsAccountId accountId, AwsRegion region, string id) => _inner.FindCustomKeyStore(accountId, region, id);

        public IReadOnlyList<KmsCustomKeyStore> ListCustomKeyStores(AwsAccountId accountId, AwsRegion region) => _inner.ListCustomKeyStores(accountId, region);

        public bool TryCommit(KeyStoreCommit commit) => _inner.TryCommit(commit);
    }

    /// <summary>Keeps each log entry as "Level Message: exception message".</summary>
    private sealed class ListLogger : ILoggerProvider, ILogger
    {
        public List<string> Lines { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Lines)
            {
                Lines.Add($"{logLevel} {formatter(state, exception)}{(exception is null ? "" : ": " + exception.Message)}");
            }
        }

        public void Dispose()
        {
        }
    }
}
