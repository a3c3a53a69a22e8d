using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Errors;

/// <summary>An alias name reserved for AWS managed keys (<c>alias/aws/...</c>) in a request that would create, change or delete it: <c>NotAuthorizedException</c>.</summary>
/// <param name="AliasName">The reserved alias name.</param>
public sealed record ReservedAliasName(AliasName AliasName) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "NotAuthorizedException";

    /// <inheritdoc/>
    public string Message => $"Cannot create, update or delete the AWS alias {AliasName}. Aliases that begin with alias/aws/ are reserved for AWS managed keys.";

    /// <inheritdoc/>
    public int HttpStatusCode => 400;
}
