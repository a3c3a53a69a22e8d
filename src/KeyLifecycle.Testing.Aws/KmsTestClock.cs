using System;
using System.Threading;

namespace KeyLifecycle.Testing.Aws;

/// <summary>The clock of a <see cref="KmsTestServer"/>: it stands still until a test moves it, so that deletion dates, replica creation and material expiry happen exactly when the test says.</summary>
/// <remarks>
/// Starts at the time the server started. Only the wall-clock time is fake: <see cref="TimeProvider.GetTimestamp"/> is the system's,
/// so timeouts and measured durations behave normally. Thread-safe.
/// </remarks>
public sealed class KmsTestClock : TimeProvider
{
    private long _utcTicks;

    /// <summary>Creates a clock that stands at <paramref name="start"/>.</summary>
    /// <param name="start">The time the clock shows until it is moved.</param>
    public KmsTestClock(DateTimeOffset start) => _utcTicks = start.UtcTicks;

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    /// <summary>Moves the clock forward.</summary>
    /// <param name="by">How far; zero or more.</param>
    /// <returns>The time after the move.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is negative.</exception>
    public DateTimeOffset Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        return new DateTimeOffset(Interlocked.Add(ref _utcTicks, by.Ticks), TimeSpan.Zero);
    }

    /// <summary>Sets the clock, forward or back.</summary>
    /// <param name="now">The time the clock shows from now on.</param>
    public void SetUtcNow(DateTimeOffset now) => Interlocked.Exchange(ref _utcTicks, now.UtcTicks);
}
