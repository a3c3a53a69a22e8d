namespace KeyLifecycle.Errors;

/// <summary>A <c>KeyId</c> starting with <c>arn:</c> is not a well-formed KMS key or alias ARN: <c>InvalidArnException</c>, <c>Invalid arn &lt;input&gt;</c>.</summary>
/// <param name="Input">The ARN as the caller sent it.</param>
public sealed record MalformedArn(string Input) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "InvalidArnException";

    /// <inheritdoc/>
    public string Message => $"Invalid arn {Input}";
}
