using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>Serves one HTTP request of the AWS JSON 1.1 protocol: target, content type, faults, body, caller, operation, response.</summary>
/// <remarks>
/// Every response carries <c>x-amzn-RequestId</c> and <c>Content-Type: application/x-amz-json-1.1</c>. Every refusal
/// happens before the operation runs, so a refused request changes nothing. An exception escaping an operation is a
/// bug: it is logged and answered as <c>KMSInternalException</c> (500) without its details.
/// </remarks>
internal sealed partial class KmsEndpoint : IDisposable
{
    /// <summary>The largest request body read, 1 MiB.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private const int RequestLineCapacity = 16 * 1024;

    public const string ContentType = "application/x-amz-json-1.1";

    private readonly KmsServices _services;
    private readonly CallerResolver _callers;
    private readonly FaultInjector _faults;
    private readonly ILogger<KmsEndpoint> _logger;
    private readonly IKmsRequestObserver[] _observers;

    // The request line is handed to a bounded channel and written by one background reader, so a request never formats
    // or waits for the log. A full channel (the log far behind) drops lines and says how many when it catches up.
    private readonly Channel<RequestLine> _requestLines =
        Channel.CreateBounded<RequestLine>(new BoundedChannelOptions(RequestLineCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });

    private long _droppedRequestLines;

    private AddressAndText? _lastAddress;

    public KmsEndpoint(IKmsKeyStore store, TimeProvider time, IOptions<KmsOptions> options, ILogger<KmsEndpoint> logger, IEnumerable<IKmsRequestObserver> observers)
    {
        ArgumentNullException.ThrowIfNull(options);
        _services = new KmsServices(store, options.Value, time);
        _callers = new CallerResolver(options.Value);
        _faults = new FaultInjector(options.Value);
        _logger = logger;
        _observers = observers.ToArray();
        _ = Task.Run(WriteRequestLinesAsync);
    }

    /// <summary>The store, options, clock and housekeeping this endpoint serves with.</summary>
    internal KmsServices Services => _services;

    /// <summary>Stops the background writer of request lines once it has written those already handed to it.</summary>
    public void Dispose()
    {
        _requestLines.Writer.TryComplete();
        _services.Dispose();
    }

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var started = Stopwatch.GetTimestamp();
        var requestId = NewRequestId();
        http.Response.Headers["x-amzn-RequestId"] = requestId;

        string operation;
        KmsResult result;
        byte[]? requestBody = null;
        KmsCaller? caller = null;
        KeyArn? key = null;
        try
        {
            (operation, result, requestBody, caller, key) = await ProcessAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }
#pragma warning disable CA1031 // The wire must never show a stack trace; the exception is logged.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogUnhandled(exception, requestId);
            operation = "-";
            result = KmsResult.Error(ServiceFault.Of(ServiceFaultKind.InternalError));
        }

        // Observers see the request before the client sees its answer, so a client that has its response finds the
        // request already recorded (a test asserting what it called never races the event log).
        var responseBody = result.Body();
        if (_observers.Length > 0)
        {
            Notify(http, new KmsRequestRecord(
                requestId, operation, _services.Time.GetUtcNow(), caller ?? _callers.Resolve(http.Request), requestBody, result.StatusCode,
                result.ErrorCode, responseBody, Stopwatch.GetElapsedTime(started), AddressText(http.Connection.RemoteIpAddress),
                http.Request.Headers.UserAgent.Count > 0 ? http.Request.Headers.UserAgent.ToString() : null, key));
        }

        await WriteAsync(http.Response, result.StatusCode, responseBody, http.RequestAborted).ConfigureAwait(false);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!_requestLines.Writer.TryWrite(new RequestLine(operation, result.StatusCode, result.ErrorCode ?? "-", elapsed, requestId)))
            {
                Interlocked.Increment(ref _droppedRequestLines);
            }
        }
    }

    // The text of the caller's address. Callers are few (usually one, the loopback address), so the text made last is
    // kept and given again while the address is the same, instead of being made anew for every request.
    private string? AddressText(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        if (_lastAddress is { } last && last.Address.Equals(address))
        {
            return last.Text;
        }

        var text = address.ToString();
        _lastAddress = new AddressAndText(address, text);
        return text;
    }

    private sealed record AddressAndText(IPAddress Address, string Text);

    private void Notify(HttpContext http, KmsRequestRecord record)
    {
        foreach (var observer in _observers)
        {
            try
            {
                observer.OnRequestCompleted(record);
            }
#pragma warning disable CA1031 // An observer's failure must not reach the client.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogObserverFailed(exception, record.RequestId, http.TraceIdentifier);
            }
        }
    }

    // What processing a request gave: the operation's name (or what stood for it), the result, and, once the body was
    // read, the body, the caller and the key the request resolved.
    private readonly record struct Processed(string Operation, KmsResult Result, byte[]? Body = null, KmsCaller? Caller = null, KeyArn? Key = null);

    private async ValueTask<Processed> ProcessAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return new Processed("-", KmsResult.Error(UnknownOperation.ForMethod(request.Method)));
        }

        var target = request.Headers["X-Amz-Target"].ToString();
        if (target.Length == 0)
        {
            return new Processed("-", KmsResult.Error(UnknownOperation.MissingTarget));
        }

        if (!OperationTable.TryGet(target, out var entry))
        {
            return new Processed(target, KmsResult.Error(UnknownOperation.ForTarget(target)));
        }

        if (!IsAmzJson(request.ContentType))
        {
            return new Processed(entry.Name, KmsResult.Error(UnknownOperation.ForContentType(request.ContentType)));
        }

        if (_faults.Check(entry.Name) is { } fault)
        {
            return new Processed(entry.Name, KmsResult.Error(fault));
        }

        byte[]? body;
        try
        {
            body = await RequestBody.ReadAsync(request, MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception)
        {
            return new Processed(entry.Name, KmsResult.Error(UnreadableBody.From(exception, MaxBodyBytes)));
        }

        if (body is null)
        {
            return new Processed(entry.Name, KmsResult.Error(new RequestTooLarge(MaxBodyBytes)));
        }

        var now = _services.Time.GetUtcNow();
        if (!_callers.TryResolve(request, body, now, out var caller, out var refusal))
        {
            return new Processed(entry.Name, KmsResult.Error(refusal), body);
        }

        var context = new KmsRequestContext(caller, now, _services, request.HttpContext.Connection.RemoteIpAddress, cancellationToken);
        var result = await entry.Invoke(body, context).ConfigureAwait(false);
        return new Processed(entry.Name, result, body, caller, context.ResolvedKey);
    }

    // A version 4 UUID, as the service's request IDs are. It must be unique, not unpredictable, so it is drawn from
    // Random.Shared, which needs no system call, where Guid.NewGuid asks the operating system for every ID.
    private static string NewRequestId()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);   // the version, the high nibble of the third group
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);   // the RFC 9562 variant
        return new Guid(bytes).ToString();
    }

    private static bool IsAmzJson(string? contentType)
    {
        var mediaType = contentType.AsSpan();
        var parameters = mediaType.IndexOf(';');
        if (parameters >= 0)
        {
            mediaType = mediaType[..parameters];
        }

        return mediaType.Trim().Equals(ContentType, StringComparison.OrdinalIgnoreCase);
    }


    private static async Task WriteAsync(HttpResponse response, int statusCode, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (response.HasStarted)
        {
            return;
        }

        response.StatusCode = statusCode;
        response.ContentType = ContentType;
        response.ContentLength = body.Length;
        if (!body.IsEmpty)
        {
            await response.Body.WriteAsync(body, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteRequestLinesAsync()
    {
        await foreach (var line in _requestLines.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            LogRequest(line.Operation, line.StatusCode, line.ErrorCode, line.ElapsedMilliseconds, line.RequestId);
            if (Interlocked.Exchange(ref _droppedRequestLines, 0) is var dropped and > 0)
            {
                LogDropped(dropped);
            }
        }
    }

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{Count} request lines were not logged: the log fell behind")]
    private partial void LogDropped(long count);

    private readonly record struct RequestLine(string Operation, int StatusCode, string ErrorCode, double ElapsedMilliseconds, string RequestId);

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Operation} {StatusCode} {ErrorCode} {ElapsedMilliseconds:0.0} ms {RequestId}")]
    private partial void LogRequest(string operation, int statusCode, string errorCode, double elapsedMilliseconds, string requestId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Request {RequestId} failed inside the endpoint; answered KMSInternalException")]
    private partial void LogUnhandled(Exception exception, string requestId);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "A request observer failed on request {RequestId} (connection trace {TraceIdentifier})")]
    private partial void LogObserverFailed(Exception exception, string requestId, string traceIdentifier);
}
