using System;
using System.Threading;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol;

namespace KeyLifecycle.Emulator.Events;

/// <summary>One request as the event log keeps it: what was asked and answered, the key it concerned, and its place in the log.</summary>
internal sealed class EmulatorEvent
{
    // The boxed ID once made, so that every reader sees the same one.
    private object? _eventId;

    public EmulatorEvent(long sequence, KmsRequestRecord record, KeyArn? key, int maxBodyBytes)
    {
        ArgumentNullException.ThrowIfNull(record);
        Sequence = sequence;
        RequestId = record.RequestId;
        Operation = record.Operation;
        Time = record.Time;
        Caller = record.Caller;
        StatusCode = record.StatusCode;
        ErrorCode = record.ErrorCode;
        SourceIpAddress = record.SourceIpAddress;
        UserAgent = record.UserAgent;
        Key = key;
        RequestBodyDropped = record.RequestBody.Length > maxBodyBytes;
        ResponseBodyDropped = record.ResponseBody.Length > maxBodyBytes;
        RequestBody = RequestBodyDropped ? ReadOnlyMemory<byte>.Empty : record.RequestBody;
        ResponseBody = ResponseBodyDropped ? ReadOnlyMemory<byte>.Empty : record.ResponseBody;
    }

    /// <summary>The event's number, from 1, in the order requests were answered.</summary>
    public long Sequence { get; }

    /// <summary>The event's ID, as CloudTrail gives each event one; made when first read, since most events never are.</summary>
    public Guid EventId
    {
        get
        {
            if (Volatile.Read(ref _eventId) is Guid made)
            {
                return made;
            }

            object fresh = Guid.NewGuid();
            return (Guid)(Interlocked.CompareExchange(ref _eventId, fresh, null) ?? fresh);
        }
    }

    public string RequestId { get; }

    public string Operation { get; }

    public DateTimeOffset Time { get; }

    public KmsCaller Caller { get; }

    public int StatusCode { get; }

    public string? ErrorCode { get; }

    public string? SourceIpAddress { get; }

    public string? UserAgent { get; }

    /// <summary>The key the request concerned, when it named or made one.</summary>
    public KeyArn? Key { get; }

    /// <summary>The request body; empty when there was none or it was too large to keep.</summary>
    public ReadOnlyMemory<byte> RequestBody { get; }

    /// <summary>The response body; empty when there was none or it was too large to keep.</summary>
    public ReadOnlyMemory<byte> ResponseBody { get; }

    public bool RequestBodyDropped { get; }

    public bool ResponseBodyDropped { get; }
}
