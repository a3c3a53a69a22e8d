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
/// every line queued so far, writes them, and flushes once. Nothing is dropped: the queue is unbounded, and disposing
/// the provider writes what is queued before it returns.
/// </para>
/// <para>Levels and categories are filtered by the logging configuration, as for any provider. Thread-safe.</para>
/// </remarks>
internal sealed class BatchingConsoleLoggerProvider : ILoggerProvider
{
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
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
        _lines.Writer.TryComplete();
        _writer.GetAwaiter().GetResult();
        _output.Flush();
    }

    private void Enqueue(string line)
    {
        if (!_lines.Writer.TryWrite(line))
        {
            // Only after disposal: write it at once rather than lose it.
            lock (_output)
            {
                _output.Write(line);
                _output.Flush();
            }
        }
    }

    private async Task WriteLinesAsync()
    {
        while (await _lines.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            lock (_output)
            {
                while (_lines.Reader.TryRead(out var line))
                {
                    _output.Write(line);
                }

                _output.Flush();
            }
        }
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

            var message = formatter(state, exception);
            var builder = new StringBuilder(message.Length + category.Length + 32)
                .Append(provider._time.GetLocalNow().ToString("HH:mm:ss.fff ", CultureInfo.InvariantCulture))
                .Append(LevelText(logLevel)).Append(": ").Append(category)
                .Append('[').Append(eventId.Id.ToString(CultureInfo.InvariantCulture)).Append("] ")
                .Append(message);
            if (exception is not null)
            {
                builder.Append(' ').Append(exception.ToString().ReplaceLineEndings(" "));
            }

            provider.Enqueue(builder.AppendLine().ToString());
        }
    }
}
