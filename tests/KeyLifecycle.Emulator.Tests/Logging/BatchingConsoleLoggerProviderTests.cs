using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using KeyLifecycle.Emulator.Logging;
using Microsoft.Extensions.Logging;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Emulator.Tests.Logging;

public class BatchingConsoleLoggerProviderTests
{
    [Fact]
    public async Task Dispose_WritesEveryLineLoggedFromManyThreads_EachWholeAndInEachThreadsOrder()
    {
        var output = new StringWriter();
        var provider = new BatchingConsoleLoggerProvider(output, TimeProvider.System);
        const int Threads = 8, PerThread = 2_000;

        await Task.WhenAll(Enumerable.Range(0, Threads).Select(thread => Task.Run(() =>
        {
            var logger = provider.CreateLogger("kms");
            for (var i = 0; i < PerThread; i++)
            {
                logger.Log(LogLevel.Information, new EventId(1), (Thread: thread, Line: i), null, (state, _) => $"thread {state.Thread} line {state.Line}");
            }
        })));
        provider.Dispose();

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(Threads * PerThread);
        lines.ShouldAllBe(line => Regex.IsMatch(line, @"^\d\d:\d\d:\d\d\.\d\d\d info: kms\[1\] thread \d line \d+$"));
        foreach (var thread in Enumerable.Range(0, Threads))
        {
            var order = lines.Where(line => line.Contains($" thread {thread} ", StringComparison.Ordinal))
                .Select(line => int.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
            order.ShouldBe(Enumerable.Range(0, PerThread));
        }
    }

    [Fact]
    public void Log_WithException_KeepsTheEntryOnOneLineWithTheLevelAndEventId()
    {
        var output = new StringWriter();
        var provider = new BatchingConsoleLoggerProvider(output, TimeProvider.System);

        provider.CreateLogger("Microsoft.AspNetCore.Server.Kestrel").Log(
            LogLevel.Warning, new EventId(17), "state", new InvalidOperationException("first\nsecond"), (_, _) => "Connection reset");
        provider.CreateLogger("kms").Log(LogLevel.Error, new EventId(2), "state", null, (_, _) => "failed");
        provider.Dispose();

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        lines[0].ShouldMatch(@"^\d\d:\d\d:\d\d\.\d\d\d warn: Microsoft\.AspNetCore\.Server\.Kestrel\[17\] Connection reset System\.InvalidOperationException: first second$");
        lines[1].ShouldMatch(@"^\d\d:\d\d:\d\d\.\d\d\d fail: kms\[2\] failed$");
    }

    [Theory]
    [InlineData("2026-12-02T23:59:58.007Z", 330, "05:29:58.007")]   // a half-hour zone, across midnight
    [InlineData("2026-12-02T00:00:00.000Z", -600, "14:00:00.000")]
    [InlineData("2026-06-30T12:34:56.999Z", 0, "12:34:56.999")]
    [InlineData("2026-01-01T09:05:04.050Z", 60, "10:05:04.050")]
    public void Log_StampsTheLocalTimeOfTheMomentItWasLogged(string utc, int offsetMinutes, string expected)
    {
        var output = new StringWriter();
        var zone = TimeZoneInfo.CreateCustomTimeZone("test", TimeSpan.FromMinutes(offsetMinutes), "test", "test");
        var clock = new FixedClock(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture), zone);
        var provider = new BatchingConsoleLoggerProvider(output, clock);
        var logger = provider.CreateLogger("kms");

        logger.Log(LogLevel.Information, new EventId(1), "first", null, (state, _) => state);
        clock.Now = clock.Now.AddHours(1);   // the line keeps the time it was logged at, not the time it is written
        provider.Dispose();

        output.ToString().ShouldBe($"{expected} info: kms[1] first{Environment.NewLine}");
    }

    private sealed class FixedClock(DateTimeOffset now, TimeZoneInfo zone) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override TimeZoneInfo LocalTimeZone => zone;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Log_AfterDispose_IsWrittenAtOnceRatherThanLost()
    {
        var output = new StringWriter();
        var provider = new BatchingConsoleLoggerProvider(output, TimeProvider.System);
        var logger = provider.CreateLogger("kms");
        provider.Dispose();

        logger.Log(LogLevel.Information, new EventId(1), "late", null, (state, _) => state);

        output.ToString().ShouldEndWith($"info: kms[1] late{Environment.NewLine}");
    }
}
