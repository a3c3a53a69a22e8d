namespace KeyLifecycle.Errors;

/// <summary>The ciphertext, or the encryption context bound to it, is corrupted, missing or otherwise invalid: <c>InvalidCiphertextException</c>.</summary>
/// <remarks>
/// The service sends this error without a message: a recorded response body is <c>{"__type":"InvalidCiphertextException"}</c>
/// (https://github.com/aws/aws-nitro-enclaves-sdk-c/issues/68), and a wrong encryption context gives the same error with a
/// null message (https://github.com/aws/aws-sdk-java/issues/1323). <see cref="Message"/> is therefore empty. The single
/// instance is <see cref="Instance"/>: the error carries no data, so that nothing tells an attacker which check failed.
/// </remarks>
public sealed record InvalidCiphertext : IKmsError
{
    private InvalidCiphertext()
    {
    }

    /// <summary>Gets the error.</summary>
    public static InvalidCiphertext Instance { get; } = new();

    /// <inheritdoc/>
    public string ErrorCode => "InvalidCiphertextException";

    /// <inheritdoc/>
    public string Message => string.Empty;
}
