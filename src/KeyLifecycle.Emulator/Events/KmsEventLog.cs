using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Channels;
using System.Threading.Tasks;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol;
using KeyLifecycle.Protocol.Storage;
using Microsoft.Extensions.Logging;

namespace KeyLifecycle.Emulator.Events;

/// <summary>Keeps the latest requests in a ring, logs one line for each, and remembers which accounts have called.</summary>
/// <remarks>
/// <para>
/// The request's thread only notes the caller's account and queues the record, so logging never holds up an answer.
/// A background loop takes the queue in order: it finds the key the request named (a scan of the top-level members of
/// the body, and a store lookup for an alias), writes the log line, and stores the event. Reading the events first
/// takes whatever is still queued, so a client that has its answer always finds its request listed. The
/// CloudTrail-shaped JSON is made only when <c>GET /_kms/events</c> asks (<see cref="CloudTrailWriter"/>).
/// </para>
/// <para>
/// Memory is bounded: at most <c>capacity</c> events, and a body larger than <see cref="MaxKeptBodyBytes"/> is not kept
/// (the event says so). Thread-safe.
/// </para>
/// </remarks>
internal sealed partial class KmsEventLog : IKmsRequestObserver, IAsyncDisposable
{
    /// <summary>The largest request or response body an event keeps, 64 KiB.</summary>
    public const int MaxKeptBodyBytes = 64 * 1024;

    // How long the background loop rests between batches: short enough that a person watching the log sees each line
    // at once, long enough that a busy emulator logs hundreds of requests per wake-up.
    private static readonly TimeSpan BatchInterval = TimeSpan.FromMilliseconds(20);

    private readonly EmulatorEvent?[] _ring;
    private readonly IKmsKeyStore _store;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<AwsAccountId, bool> _accounts = new();
    private readonly object _gate = new();
    private readonly Channel<KmsRequestRecord> _pending = Channel.CreateUnbounded<KmsRequestRecord>(
        new UnboundedChannelOptions { SingleReader = false, SingleWriter = false, AllowSynchronousContinuations = false });

    // Held while records are taken off the queue and stored, so that a reader that drains finds every earlier record.
    private readonly object _drainGate = new();
    private readonly Task _loop;
    private long _count;

    public KmsEventLog(int capacity, IKmsKeyStore store, ILoggerFactory loggers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentNullException.ThrowIfNull(loggers);
        _ring = new EmulatorEvent?[capacity];
        _store = store;
        _logger = loggers.CreateLogger("kms");
        _loop = Task.Run(DrainContinuouslyAsync);
    }

    /// <summary>The accounts that have called, in no particular order.</summary>
    public IReadOnlyCollection<AwsAccountId> Accounts => (IReadOnlyCollection<AwsAccountId>)_accounts.Keys;

    public void OnRequestCompleted(KmsRequestRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _accounts.TryAdd(record.Caller.AccountId, true);
        if (!_pending.Writer.TryWrite(record))
        {
            // Only after disposal: the loop has stopped, so the record is kept here rather than lost.
            Record(record);
        }
    }

    /// <summary>Stops taking records once those already queued are stored and logged.</summary>
    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    /// <summary>Returns the events kept, oldest first, that match every filter given.</summary>
    /// <param name="key">A key ARN or key ID the event concerned; <see langword="null"/> for any.</param>
    /// <param name="eventName">The operation, compared ignoring case; <see langword="null"/> for any.</param>
    /// <param name="since">The earliest event time; <see langword="null"/> for any.</param>
    public IReadOnlyList<EmulatorEvent> List(string? key = null, string? eventName = null, DateTimeOffset? since = null)
    {
        Drain();
        EmulatorEvent?[] snapshot;
        long count;
        lock (_gate)
        {
            snapshot = (EmulatorEvent?[])_ring.Clone();
            count = _count;
        }

        var events = new List<EmulatorEvent>();
        var first = Math.Max(1, count - snapshot.Length + 1);
        for (var sequence = first; sequence <= count; sequence++)
        {
            var item = snapshot[(sequence - 1) % snapshot.Length]!;
            if ((key is null || Concerns(item, key))
                && (eventName is null || string.Equals(item.Operation, eventName, StringComparison.OrdinalIgnoreCase))
                && (since is null || item.Time >= since))
            {
                events.Add(item);
            }
        }

        return events;
    }

    private async Task DrainContinuouslyAsync()
    {
        while (await _pending.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            Drain();

            // Under load a request arrives before the loop has gone back to sleep, and waking a thread for each costs
            // more than the work; resting between batches wakes it once an interval instead. Readers drain first, so
            // the events they list never lag; only the log lines may, by at most the interval.
            await Task.Delay(BatchInterval).ConfigureAwait(false);
        }
    }

    private void Drain()
    {
        lock (_drainGate)
        {
            while (_pending.Reader.TryRead(out var record))
            {
                try
                {
                    Record(record);
                }
#pragma warning disable CA1031 // One record that cannot be stored must not stop the log.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    LogRecordFailed(exception, record.RequestId);
                }
            }
        }
    }

    // Off the request's thread: find the key, write the line, keep the event.
    private void Record(KmsRequestRecord record)
    {
        var key = FindKey(record);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            var keyText = key?.ToString() ?? "-";
            var region = record.Caller.Region.ToString();
            LogRequest(record.Operation, record.StatusCode, record.ErrorCode ?? "-", record.Elapsed.TotalMilliseconds, keyText, region, record.RequestId);
        }

        lock (_gate)
        {
            var sequence = ++_count;
            _ring[(sequence - 1) % _ring.Length] = new EmulatorEvent(sequence, record, key, MaxKeptBodyBytes);
        }
    }

    private static bool Concerns(EmulatorEvent item, string key) =>
        item.Key is { } arn && (string.Equals(arn.ToString(), key, StringComparison.Ordinal) || string.Equals(arn.KeyId.ToString(), key, StringComparison.OrdinalIgnoreCase));

    // The key a request concerned: the key the service resolved for it; else the KeyId (or TargetKeyId) it named, as the
    // caller's Region and account resolve it (a key that does not exist); else the key a successful response describes
    // (CreateKey, ReplicateKey).
    private KeyArn? FindKey(KmsRequestRecord record)
    {
        if (record.Key is { } resolved)
        {
            return resolved;
        }

        foreach (var member in (ReadOnlySpan<string>)["KeyId", "TargetKeyId"])
        {
            if (TopLevelString(record.RequestBody.Span, member) is { } text && Resolve(text, record.Caller) is { } arn)
            {
                return arn;
            }
        }

        if (record.StatusCode == 200 && record.ResponseBody.Length <= MaxKeptBodyBytes)
        {
            foreach (var member in (ReadOnlySpan<string>)["KeyMetadata", "ReplicaKeyMetadata"])
            {
                if (NestedString(record.ResponseBody.Span, member, "Arn") is { } text && KeyArn.TryParse(text, out var arn))
                {
                    return arn;
                }
            }
        }

        return null;
    }

    private KeyArn? Resolve(string text, KmsCaller caller) =>
        KmsIdentifier.Parse(text).Match<KeyArn?>(
            keyId => caller.KeyArnFor(keyId),
            keyArn => keyArn,
            aliasName => _store.FindAliasTarget(caller.AliasArnFor(aliasName)),
            aliasArn => _store.FindAliasTarget(aliasArn),
            _ => null);

    private static string? TopLevelString(ReadOnlySpan<byte> json, string name) => NestedString(json, null, name);

    // Reads "name" of the top-level object, or of its member "parent"; null when absent or the body is not JSON.
    private static string? NestedString(ReadOnlySpan<byte> json, string? parent, string name)
    {
        if (json.IsEmpty)
        {
            return null;
        }

        var reader = new Utf8JsonReader(json);
        try
        {
            var targetDepth = parent is null ? 1 : 2;
            var inParent = parent is null;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && parent is not null)
                {
                    inParent = reader.ValueTextEquals(parent);
                    if (!inParent)
                    {
                        reader.Read();
                        reader.TrySkip();
                    }

                    continue;
                }

                if (inParent && reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == targetDepth && reader.ValueTextEquals(name))
                {
                    reader.Read();
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
            }
        }
        catch (JsonException)
        {
            // A body that is not JSON names no key.
        }

        return null;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Operation} {StatusCode} {ErrorCode} {ElapsedMilliseconds:0.0} ms {KeyArn} {Region} {RequestId}")]
    private partial void LogRequest(string operation, int statusCode, string errorCode, double elapsedMilliseconds, string keyArn, string region, string requestId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "The event of request {RequestId} could not be recorded")]
    private partial void LogRecordFailed(Exception exception, string requestId);
}
