using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>Applies what falls due in every known account on a timer of the injected <see cref="TimeProvider"/>, so that deletions, replicas, primary Region updates, expiries and rotations happen on time without requests.</summary>
/// <remarks>
/// <para>
/// The accounts are those the store holds (a durable store's, whose changes may have fallen due while the process was
/// stopped, a seed's, or another emulator's over a shared database), listed when the host starts and again every
/// <see cref="AccountRefreshTicks"/> ticks, and those that have called since. Every <see cref="KmsOptions.SweepInterval"/>
/// (each second when the interval is zero, which makes every request sweep too) the scheduler sweeps each of them
/// through <see cref="Operations.Housekeeping"/>, reading only the keys the store's due index lists. A tick that starts
/// while the previous one still runs is skipped, and a tick that fails (a database out of reach) is logged and the next
/// one tries again: the timer never stops the process.
/// </para>
/// <para>
/// <see cref="StopAsync"/> stops the timer and waits for a running tick, so nothing is committed after the host stops.
/// </para>
/// </remarks>
internal sealed partial class KmsScheduler(KmsEndpoint endpoint, TimeProvider time, ILogger<KmsScheduler> logger) : IHostedService, IDisposable
{
    /// <summary>How many ticks apart the store's accounts are listed again; listing them may read every key's row.</summary>
    public const int AccountRefreshTicks = 60;

    private readonly SemaphoreSlim _tick = new(1, 1);
    private ITimer? _timer;
    private long _ticks;

    /// <summary>How often the scheduler sweeps.</summary>
    public TimeSpan Period =>
        endpoint.Services.Options.SweepInterval > TimeSpan.Zero ? endpoint.Services.Options.SweepInterval : TimeSpan.FromSeconds(1);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        KnowTheStoresAccounts();
        _timer = time.CreateTimer(static state => ((KmsScheduler)state!).Tick(), this, Period, Period);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Dispose();

        // Taken for good: a tick that was running has ended, and none starts after this.
        await _tick.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _timer?.Dispose();
        _tick.Dispose();
    }

    /// <summary>Sweeps every known account once, unless a sweep is running or the scheduler has stopped.</summary>
    internal void Tick()
    {
        if (!_tick.Wait(0))
        {
            return;
        }

        try
        {
            if (++_ticks % AccountRefreshTicks == 0)
            {
                KnowTheStoresAccounts();
            }

            var now = time.GetUtcNow();
            foreach (var account in endpoint.Services.Housekeeping.Accounts.ToArray())
            {
                endpoint.Services.Housekeeping.SweepNow(account, now);
            }
        }
#pragma warning disable CA1031 // A timer callback that throws ends the process; the next tick tries again.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogFailed(exception);
        }
        finally
        {
            _tick.Release();
        }
    }

    private void KnowTheStoresAccounts()
    {
        foreach (var account in endpoint.Services.Store.ListAccounts())
        {
            endpoint.Services.Housekeeping.Know(account);
        }
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "The scheduled sweep of due changes failed; the next one tries again")]
    private partial void LogFailed(Exception exception);
}
