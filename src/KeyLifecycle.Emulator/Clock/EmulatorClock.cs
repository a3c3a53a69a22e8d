using System;
using System.Threading;

namespace KeyLifecycle.Emulator.Clock;

/// <summary>The emulator's clock: the system clock plus an offset that tests move forward (or set), so that what falls due after days happens at once.</summary>
/// <remarks>
/// The clock keeps running at the system's pace after a move. Only the wall-clock time moves: timestamps and timers
/// (<see cref="TimeProvider.GetTimestamp"/>) stay the system's, so timeouts and measured durations are not disturbed.
/// Thread-safe.
/// </remarks>
internal sealed class EmulatorClock(TimeProvider system) : TimeProvider
{
    private long _offsetTicks;

    public EmulatorClock()
        : this(System)
    {
    }

    /// <summary>How far the clock is ahead of the system clock (negative when set into the past).</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => system.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public override long GetTimestamp() => system.GetTimestamp();

    public override long TimestampFrequency => system.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => system.LocalTimeZone;

    /// <summary>Moves the clock forward by <paramref name="by"/>.</summary>
    /// <returns>The time after the move.</returns>
    public DateTimeOffset Advance(TimeSpan by)
    {
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return GetUtcNow();
    }

    /// <summary>Sets the clock to <paramref name="to"/>, from where it keeps running.</summary>
    /// <returns>The time after the move.</returns>
    public DateTimeOffset Set(DateTimeOffset to)
    {
        Interlocked.Exchange(ref _offsetTicks, (to - system.GetUtcNow()).Ticks);
        return GetUtcNow();
    }
}
