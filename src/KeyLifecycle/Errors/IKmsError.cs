namespace KeyLifecycle.Errors;

/// <summary>An expected failure of a KMS operation, as the service reports it on the wire.</summary>
/// <remarks>
/// Each implementation is a sealed record named for the condition and holding the data behind the message, so
/// a failure costs no string formatting until <see cref="Message"/> is read. Operations return these as arms of
/// a <c>OneOf</c>; the signature is the closed set of failures an operation can produce. The error has no HTTP status:
/// that is the host's to decide (the protocol layer answers 400 for every one of them, as KMS does).
/// </remarks>
public interface IKmsError
{
    /// <summary>The AWS error code, sent as <c>__type</c>, such as <c>KMSInvalidStateException</c>.</summary>
    string ErrorCode { get; }

    /// <summary>The AWS message text, sent as <c>message</c>.</summary>
    string Message { get; }
}
