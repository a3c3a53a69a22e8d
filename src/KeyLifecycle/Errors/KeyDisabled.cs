using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Errors;

/// <summary>The key is disabled and the operation needs an enabled key: <c>DisabledException</c>, <c>&lt;key ARN&gt; is disabled.</c></summary>
/// <param name="KeyArn">The key's ARN.</param>
/// <param name="Operation">The refused operation.</param>
/// <remarks>Footnote 1 of the key-state table; recorded from the real service.</remarks>
public sealed record KeyDisabled(KeyArn KeyArn, KmsOperation Operation) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "DisabledException";

    /// <inheritdoc/>
    public string Message => $"{KeyArn} is disabled.";
}
