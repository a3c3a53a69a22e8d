using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Errors;

/// <summary>The alias does not exist in the caller's account and Region: <c>NotFoundException</c>, <c>Alias &lt;alias ARN&gt; is not found.</c></summary>
/// <param name="AliasArn">The alias ARN, built from the caller's partition, Region and account when the request gave an alias name.</param>
public sealed record AliasNotFound(AliasArn AliasArn) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "NotFoundException";

    /// <inheritdoc/>
    public string Message => $"Alias {AliasArn} is not found.";

    /// <inheritdoc/>
    public int HttpStatusCode => 400;
}
