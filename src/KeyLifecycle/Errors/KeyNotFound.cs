using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Errors;

/// <summary>The identified key does not exist in the caller's account and Region: <c>NotFoundException</c>, <c>Key '&lt;key ARN&gt;' does not exist</c>.</summary>
/// <param name="KeyArn">The key ARN the request identified, built from the caller's partition, Region and account when the request gave a bare key ID.</param>
/// <remarks>Recorded from the real service for DescribeKey and RotateKeyOnDemand with unknown key IDs, key ARNs and <c>mrk-</c> IDs.</remarks>
public sealed record KeyNotFound(KeyArn KeyArn) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "NotFoundException";

    /// <inheritdoc/>
    public string Message => $"Key '{KeyArn}' does not exist";

    /// <inheritdoc/>
    public int HttpStatusCode => 400;
}
