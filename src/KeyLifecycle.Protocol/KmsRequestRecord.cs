using System;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Protocol;

/// <summary>One request a KMS endpoint answered: the operation, the caller, the bytes in and out, the status.</summary>
/// <remarks>
/// The bodies are the bytes of the wire, not parsed again for the observer: a request body may hold plaintext or key
/// material (<c>ImportKeyMaterial</c>), so an observer that shows it must leave those members out. Immutable.
/// </remarks>
public sealed class KmsRequestRecord
{
    internal KmsRequestRecord(
        string requestId,
        string operation,
        DateTimeOffset time,
        KmsCaller caller,
        ReadOnlyMemory<byte> requestBody,
        int statusCode,
        string? errorCode,
        ReadOnlyMemory<byte> responseBody,
        TimeSpan elapsed,
        string? sourceIpAddress,
        string? userAgent,
        KeyArn? key)
    {
        RequestId = requestId;
        Operation = operation;
        Time = time;
        Caller = caller;
        RequestBody = requestBody;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ResponseBody = responseBody;
        Elapsed = elapsed;
        SourceIpAddress = sourceIpAddress;
        UserAgent = userAgent;
        Key = key;
    }

    /// <summary>The request ID the response carried in <c>x-amzn-RequestId</c>.</summary>
    public string RequestId { get; }

    /// <summary>The operation, such as <c>EnableKey</c>; the <c>X-Amz-Target</c> text for an unknown target; <c>-</c> when there was none.</summary>
    public string Operation { get; }

    /// <summary>When the request was answered, by the endpoint's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>Who called: the partition, Region and account the request was served for.</summary>
    public KmsCaller Caller { get; }

    /// <summary>The request body as received; empty when the request was refused before its body was read.</summary>
    public ReadOnlyMemory<byte> RequestBody { get; }

    /// <summary>The HTTP status code of the response.</summary>
    public int StatusCode { get; }

    /// <summary>The AWS error code of a failure, such as <c>NotFoundException</c>; <see langword="null"/> for a success.</summary>
    public string? ErrorCode { get; }

    /// <summary>The response body as sent (a JSON object, or empty).</summary>
    public ReadOnlyMemory<byte> ResponseBody { get; }

    /// <summary>How long the endpoint took, from receiving the request to writing the response.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The client's IP address, when the server knows it.</summary>
    public string? SourceIpAddress { get; }

    /// <summary>The request's <c>User-Agent</c> header, when it had one.</summary>
    public string? UserAgent { get; }

    /// <summary>
    /// The key the request named, as the service resolved it (the first, for an operation that names two, such as the
    /// source key of <c>ReEncrypt</c>); <see langword="null"/> when it named none or the name did not resolve to a key.
    /// </summary>
    public KeyArn? Key { get; }
}
