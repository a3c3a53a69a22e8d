using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Errors;

/// <summary>An alias with the name already exists in the account and Region: <c>AlreadyExistsException</c>.</summary>
/// <param name="AliasArn">The existing alias's ARN.</param>
public sealed record AliasAlreadyExists(AliasArn AliasArn) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "AlreadyExistsException";

    /// <inheritdoc/>
    public string Message => $"An alias with the name {AliasArn} already exists";

    /// <inheritdoc/>
    public int HttpStatusCode => 400;
}
