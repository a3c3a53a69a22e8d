namespace KeyLifecycle.Errors;

/// <summary>An ARN names a Region (or partition) other than the caller's: <c>NotFoundException</c>, <c>Invalid arn &lt;region&gt;</c>.</summary>
/// <param name="Scope">The Region or partition written in the ARN, such as <c>us-west-2</c>.</param>
/// <remarks>Recorded from the real service for key ARNs of another Region (<c>Invalid arn us-west-2</c>). The partition form is the project's choice.</remarks>
public sealed record ForeignArn(string Scope) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "NotFoundException";

    /// <inheritdoc/>
    public string Message => $"Invalid arn {Scope}";

    /// <inheritdoc/>
    public int HttpStatusCode => 400;
}
