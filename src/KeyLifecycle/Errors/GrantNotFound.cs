namespace KeyLifecycle.Errors;

/// <summary>No grant has the given grant ID (on the given key) or grant token: <c>NotFoundException</c>.</summary>
/// <param name="Identifier">The grant ID or grant token the request named.</param>
/// <remarks>The service's wording is not recorded; <c>Grant '&lt;id&gt;' does not exist</c> follows its key-not-found text (the project's choice).</remarks>
public sealed record GrantNotFound(string Identifier) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "NotFoundException";

    /// <inheritdoc/>
    public string Message => $"Grant '{Identifier}' does not exist";

    /// <inheritdoc/>
    public int HttpStatusCode => 400;
}
