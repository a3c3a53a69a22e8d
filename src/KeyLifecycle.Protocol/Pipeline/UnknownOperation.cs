using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>The request names no KMS operation: <c>UnknownOperationException</c>, HTTP 400.</summary>
/// <param name="Message">What was wrong: a missing or unknown <c>X-Amz-Target</c>, or a request that is not an AWS JSON 1.1 POST.</param>
/// <remarks>Real AWS JSON services answer <c>{"__type":"UnknownOperationException"}</c> with status 400 for such requests; the message is the project's.</remarks>
internal sealed record UnknownOperation(string Message) : IKmsError
{
    public string ErrorCode => "UnknownOperationException";

    public static UnknownOperation MissingTarget { get; } = new("The request has no X-Amz-Target header; KMS requests name their operation as TrentService.<Operation>.");

    public static UnknownOperation ForTarget(string target) => new($"Unknown operation {target}.");

    public static UnknownOperation ForContentType(string? contentType) =>
        new($"The content type '{contentType}' is not application/x-amz-json-1.1, the content type of the KMS API.");

    public static UnknownOperation ForMethod(string method) => new($"KMS operations are called with POST, not {method}.");
}
