using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Errors;

/// <summary>An alias name reserved for AWS managed keys (<c>alias/aws/...</c>) in a request that would create, change or delete it: <c>NotAuthorizedException</c>.</summary>
/// <param name="AliasName">The reserved alias name.</param>
public sealed record ReservedAliasName(AliasName AliasName) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "NotAuthorizedException";

    /// <inheritdoc/>
    /// <remarks>Empty: the service sends no message for this refusal (as emulators that copy it answer), so a host omits the member.</remarks>
    public string Message => string.Empty;
}
