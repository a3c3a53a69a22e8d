using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Errors;

/// <summary>A multi-Region key already has a replica in the Region asked for: <c>AlreadyExistsException</c>.</summary>
/// <param name="PrimaryKey">The primary key's ARN.</param>
/// <param name="Region">The Region that already has a replica.</param>
/// <remarks>The service's text is not recorded; the wording is the project's.</remarks>
public sealed record ReplicaAlreadyExists(KeyArn PrimaryKey, AwsRegion Region) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "AlreadyExistsException";

    /// <inheritdoc/>
    public string Message => $"A replica of {PrimaryKey} already exists in {Region}.";

    /// <inheritdoc/>
    public int HttpStatusCode => 400;
}
