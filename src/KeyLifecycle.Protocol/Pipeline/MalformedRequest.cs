using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>The body is not JSON, or a member has the wrong JSON type: <c>SerializationException</c>, HTTP 400.</summary>
/// <param name="Message">What could not be read.</param>
internal sealed record MalformedRequest(string Message) : IKmsError
{
    public string ErrorCode => "SerializationException";
}
