namespace KeyLifecycle.Errors;

/// <summary>The <c>KeyId</c> text is not a key ID, key ARN or accepted alias: <c>NotFoundException</c>, <c>Invalid keyId '&lt;input&gt;'</c>.</summary>
/// <param name="Input">The identifier as the caller sent it.</param>
/// <remarks>
/// Recorded from the real service for <c>fake-key-id</c>, <c>mrk-fake-key-id</c> and 32 hex digits without dashes. The project
/// also answers this for an alias given to an operation that accepts only a key ID or key ARN (an unverified case).
/// </remarks>
public sealed record InvalidKeyId(string Input) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "NotFoundException";

    /// <inheritdoc/>
    public string Message => $"Invalid keyId '{Input}'";

    /// <inheritdoc/>
    public int HttpStatusCode => 400;
}
