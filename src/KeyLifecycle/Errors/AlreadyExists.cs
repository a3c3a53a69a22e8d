using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Errors;

/// <summary>The resource to create already exists: <c>AlreadyExistsException</c>.</summary>
/// <param name="Reason">Which wording applies.</param>
/// <param name="Subject">The existing alias's ARN, or the primary key's ARN for a replica.</param>
/// <param name="Region">The Region that already has a replica; <see langword="null"/> for an alias.</param>
/// <remarks>Create instances with <see cref="Alias"/> and <see cref="Replica"/>.</remarks>
public sealed record AlreadyExists(AlreadyExistsReason Reason, string Subject, AwsRegion? Region = null) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "AlreadyExistsException";

    /// <inheritdoc/>
    public string Message => Reason switch
    {
        AlreadyExistsReason.Alias => $"An alias with the name {Subject} already exists",
        AlreadyExistsReason.Replica => $"A replica of {Subject} already exists in {Region}.",
    };

    /// <summary>Returns the refusal of an alias name that the account already uses in the Region: <c>An alias with the name &lt;alias ARN&gt; already exists</c>.</summary>
    /// <param name="aliasArn">The existing alias's ARN.</param>
    /// <returns>The refusal.</returns>
    public static AlreadyExists Alias(AliasArn aliasArn) => new(AlreadyExistsReason.Alias, aliasArn.ToString());

    /// <summary>Returns the refusal of a replica in a Region that already has one: <c>A replica of &lt;key ARN&gt; already exists in &lt;region&gt;.</c></summary>
    /// <param name="primaryKey">The primary key's ARN.</param>
    /// <param name="region">The Region that already has a replica.</param>
    /// <returns>The refusal.</returns>
    /// <remarks>The service's text is not recorded; the wording is the project's.</remarks>
    public static AlreadyExists Replica(KeyArn primaryKey, AwsRegion region) => new(AlreadyExistsReason.Replica, primaryKey.ToString(), region);
}
