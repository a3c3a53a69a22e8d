using KeyLifecycle.Errors;
using Microsoft.AspNetCore.Http;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>
/// A request whose body the server could not read: malformed chunking or a connection closed before <c>Content-Length</c>
/// bytes arrived (400 <c>SerializationException</c>, as a body that is not JSON), or a body that arrived too slowly (408).
/// </summary>
/// <remarks>
/// The service's own answers to these are not recorded; they are the project's choice. What matters to a client is that
/// they are client errors with a request ID, which the AWS SDKs do not retry as they retry a 500.
/// </remarks>
internal sealed record UnreadableBody(int StatusCode, string ErrorCode, string Message) : IKmsError
{
    /// <summary>Returns the error for the server's refusal to read the body.</summary>
    public static IKmsError From(BadHttpRequestException exception, long maxBodyBytes) => exception.StatusCode switch
    {
        StatusCodes.Status408RequestTimeout => new UnreadableBody(408, "RequestTimeoutException", "The request body did not arrive in time."),
        StatusCodes.Status413PayloadTooLarge => new RequestTooLarge(maxBodyBytes),
        _ => new UnreadableBody(400, "SerializationException", "The request body could not be read: " + exception.Message),
    };
}
