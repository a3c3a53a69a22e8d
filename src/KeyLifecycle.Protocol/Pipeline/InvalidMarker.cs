using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>A paging <c>Marker</c> that this endpoint did not issue: <c>InvalidMarkerException</c>, HTTP 400.</summary>
internal sealed record InvalidMarker : IKmsError
{
    public static InvalidMarker Instance { get; } = new();

    public string ErrorCode => "InvalidMarkerException";

    public string Message => "Invalid marker";
}
