namespace KeyLifecycle.Errors;

/// <summary>The key named in the request is not the key that made the ciphertext: <c>IncorrectKeyException</c>.</summary>
/// <remarks>
/// Text recorded from the service for <c>Decrypt</c> with a wrong <c>KeyId</c> (LocalStack's AWS-validated snapshots;
/// <c>/work/shared/reference/kms-key-lifecycle.md</c> section 5):
/// <c>The key ID in the request does not identify a CMK that can perform this operation.</c>
/// </remarks>
public sealed record IncorrectKey : IKmsError
{
    private IncorrectKey()
    {
    }

    /// <summary>Gets the error.</summary>
    public static IncorrectKey Instance { get; } = new();

    /// <inheritdoc/>
    public string ErrorCode => "IncorrectKeyException";

    /// <inheritdoc/>
    public string Message => "The key ID in the request does not identify a CMK that can perform this operation.";
}
