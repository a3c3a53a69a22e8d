using System;
using System.Buffers;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
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
internal sealed partial class KmsEndpoint
{
    /// <summary>The largest request body read, 1 MiB.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public const string ContentType = "application/x-amz-json-1.1";

    private readonly KmsServices _services;
    private readonly CallerResolver _callers;
    private readonly FaultInjector _faults;
    private readonly ILogger<KmsEndpoint> _logger;

    public KmsEndpoint(IKmsKeyStore store, TimeProvider time, IOptions<KmsOptions> options, ILogger<KmsEndpoint> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _services = new KmsServices(store, options.Value, time);
        _callers = new CallerResolver(options.Value);
        _faults = new FaultInjector(options.Value);
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var started = Stopwatch.GetTimestamp();
        var requestId = Guid.NewGuid().ToString();
        http.Response.Headers["x-amzn-RequestId"] = requestId;

        string operation;
        KmsResult result;
        try
        {
            (operation, result) = await ProcessAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
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

        await WriteAsync(http.Response, result, http.RequestAborted).ConfigureAwait(false);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogRequest(operation, result.StatusCode, result.ErrorCode ?? "-", elapsed, requestId);
        }
    }

    private async Task<(string Operation, KmsResult Result)> ProcessAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return ("-", KmsResult.Error(UnknownOperation.ForMethod(request.Method)));
        }

        var target = request.Headers["X-Amz-Target"].ToString();
        if (target.Length == 0)
        {
            return ("-", KmsResult.Error(UnknownOperation.MissingTarget));
        }

        if (!OperationTable.TryGet(target, out var entry))
        {
            return (target, KmsResult.Error(UnknownOperation.ForTarget(target)));
        }

        if (!IsAmzJson(request.ContentType))
        {
            return (entry.Name, KmsResult.Error(UnknownOperation.ForContentType(request.ContentType)));
        }

        if (_faults.Check(entry.Name) is { } fault)
        {
            return (entry.Name, KmsResult.Error(fault));
        }

        var body = await RequestBody.ReadAsync(request, MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return (entry.Name, KmsResult.Error(new RequestTooLarge(MaxBodyBytes)));
        }

        var caller = _callers.Resolve(request);
        var now = _services.Time.GetUtcNow();
        var context = new KmsRequestContext(caller, now, _services);
        return (entry.Name, entry.Invoke(body, context));
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

    private static async Task WriteAsync(HttpResponse response, KmsResult result, CancellationToken cancellationToken)
    {
        if (response.HasStarted)
        {
            return;
        }

        var body = new ArrayBufferWriter<byte>();
        result.WriteBody(body);
        response.StatusCode = result.StatusCode;
        response.ContentType = ContentType;
        response.ContentLength = body.WrittenCount;
        if (body.WrittenCount > 0)
        {
            await response.Body.WriteAsync(body.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Operation} {StatusCode} {ErrorCode} {ElapsedMilliseconds:0.0} ms {RequestId}")]
    private partial void LogRequest(string operation, int statusCode, string errorCode, double elapsedMilliseconds, string requestId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Request {RequestId} failed inside the endpoint; answered KMSInternalException")]
    private partial void LogUnhandled(Exception exception, string requestId);
}
