using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace KeyLifecycle.Emulator.Logging;

/// <summary>Writes log entries to standard output one line each, as the simple console formatter's single-line form does, in batches.</summary>
/// <remarks>
/// <para>
/// A line reads <c>HH:mm:ss.fff info: kms[1] message</c>; an exception follows on the same line, its own line breaks
/// shown as spaces. The console logger of Microsoft.Extensions.Logging writes and flushes standard output once per
/// entry, which at one entry per request cost the emulator more than a request's own work; here a background loop takes
/// every entry queued so far, writes them, and flushes once. The logging thread only stamps the time and formats the
/// message; the line is put together by the writer, straight into the output, so no line is built as a string.
/// Nothing is dropped: the queue is unbounded, and disposing the provider writes what is queued before it returns.
/// </para>
/// <para>Levels and categories are filtered by the logging configuration, as for any provider. Thread-safe.</para>
/// </remarks>
internal sealed class BatchingConsoleLoggerProvider : ILoggerProvider
{
    private readonly Channel<Entry> _entries = Channel.CreateUnbounded<Entry>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TextWriter _output;
    private readonly TimeProvider _time;
    private readonly Task _writer;

    /// <summary>Writes to standard output with the system clock.</summary>
    public BatchingConsoleLoggerProvider()
        : this(new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = false }, TimeProvider.System)
    {
    }

    /// <summary>Writes to <paramref name="output"/>, stamping lines with <paramref name="time"/>'s local time.</summary>
    public BatchingConsoleLoggerProvider(TextWriter output, TimeProvider time)
    {
        _output = output;
        _time = time;
        _writer = Task.Run(WriteLinesAsync);
    }

    public ILogger CreateLogger(string categoryName) => new LineLogger(this, categoryName);

    /// <summary>Writes every line queued so far, then stops.</summary>
    public void Dispose()
    {
        _entries.Writer.TryComplete();
        _writer.GetAwaiter().GetResult();
        _output.Flush();
    }

    private void Enqueue(in Entry entry)
    {
        if (!_entries.Writer.TryWrite(entry))
        {
            // Only after disposal: write it at once rather than lose it.
            lock (_output)
            {
                Write(entry);
                _output.Flush();
            }
        }
    }

    private async Task WriteLinesAsync()
    {
        while (await _entries.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            lock (_output)
            {
                while (_entries.Reader.TryRead(out var entry))
                {
                    Write(entry);
                }

                _output.Flush();
            }
        }
    }

    // Writes "HH:mm:ss.fff level: category[id] message exception" and a line break, piece by piece.
    private void Write(in Entry entry)
    {
        Span<char> head = stackalloc char[13];
        var local = TimeZoneInfo.ConvertTime(entry.Time, _time.LocalTimeZone).TimeOfDay;
        TwoDigits(head, local.Hours);
        head[2] = ':';
        TwoDigits(head[3..], local.Minutes);
        head[5] = ':';
        TwoDigits(head[6..], local.Seconds);
        head[8] = '.';
        head[9] = (char)('0' + (local.Milliseconds / 100));
        TwoDigits(head[10..], local.Milliseconds % 100);
        head[12] = ' ';
        _output.Write(head);
        _output.Write(LevelText(entry.Level));
        _output.Write(": ");
        _output.Write(entry.Category);
        _output.Write('[');
        Span<char> id = stackalloc char[11];
        entry.EventId.TryFormat(id, out var written, provider: CultureInfo.InvariantCulture);
        _output.Write(id[..written]);
        _output.Write("] ");
        _output.Write(entry.Message);
        if (entry.Exception is not null)
        {
            _output.Write(' ');
            _output.Write(entry.Exception.ToString().ReplaceLineEndings(" "));
        }

        _output.WriteLine();
    }

    private static void TwoDigits(Span<char> destination, int value)
    {
        destination[0] = (char)('0' + (value / 10));
        destination[1] = (char)('0' + (value % 10));
    }

    private static string LevelText(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        LogLevel.None => "none",
    };

    // What a line needs, taken on the logging thread: the time it was logged and the formatted message.
    private readonly record struct Entry(DateTimeOffset Time, LogLevel Level, string Category, int EventId, string Message, Exception? Exception);

    private sealed class LineLogger(BatchingConsoleLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            if (!IsEnabled(logLevel))
            {
                return;
            }

            provider.Enqueue(new Entry(provider._time.GetUtcNow(), logLevel, category, eventId.Id, formatter(state, exception), exception));
        }
    }
}
