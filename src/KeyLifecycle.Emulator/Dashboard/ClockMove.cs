using System;
using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;
using KeyLifecycle.Emulator.Clock;
using Microsoft.AspNetCore.Http;

namespace KeyLifecycle.Emulator.Dashboard;

/// <summary>A move of the emulator's clock, read from <c>POST /_kms/clock</c>: <c>{"advance": "7.00:00:00"}</c> or <c>{"set": "2030-01-01T00:00:00Z"}</c>.</summary>
internal sealed class ClockMove
{
    private const int MaxBodyBytes = 4096;
    private const string Usage = "write {\"advance\": \"7.00:00:00\"} to move the clock forward, or {\"set\": \"2030-01-01T00:00:00Z\"} to set it";

    private ClockMove(TimeSpan? advance, DateTimeOffset? set)
    {
        Advance = advance;
        Set = set;
    }

    public TimeSpan? Advance { get; }

    public DateTimeOffset? Set { get; }

    public static async Task<(ClockMove? Move, string? Problem)> ReadAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, "the body is too large; " + Usage);
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return (null, "the body is not JSON; " + Usage);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, Usage);
            }

            var hasAdvance = root.TryGetProperty("advance", out var advance);
            var hasSet = root.TryGetProperty("set", out var set);
            if (hasAdvance == hasSet)
            {
                return (null, "give exactly one of advance and set; " + Usage);
            }

            if (hasAdvance)
            {
                return advance.ValueKind == JsonValueKind.String
                    && TimeSpan.TryParse(advance.GetString(), CultureInfo.InvariantCulture, out var by) && by >= TimeSpan.Zero
                    ? (new ClockMove(by, null), null)
                    : (null, $"advance {advance.GetRawText()} is not a duration of zero or more ([d.]hh:mm:ss); " + Usage);
            }

            return set.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(set.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var to)
                ? (new ClockMove(null, to), null)
                : (null, $"set {set.GetRawText()} is not an ISO 8601 time; " + Usage);
        }
    }

    public void ApplyTo(EmulatorClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (Advance is { } by)
        {
            clock.Advance(by);
        }
        else if (Set is { } to)
        {
            clock.Set(to);
        }
    }
}
