using System.Globalization;
using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>The body is larger than the endpoint reads: <c>RequestEntityTooLargeException</c>, HTTP 413.</summary>
/// <param name="Limit">The largest body accepted, in bytes.</param>
internal sealed record RequestTooLarge(long Limit) : IKmsError
{
    public string ErrorCode => "RequestEntityTooLargeException";

    public string Message => "Request body must be no larger than " + Limit.ToString(CultureInfo.InvariantCulture) + " bytes.";
}
