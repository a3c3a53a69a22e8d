namespace KeyLifecycle.Errors;

/// <summary>The imported bytes are not the material the import must bring: <c>IncorrectKeyMaterialException</c>.</summary>
/// <remarks>
/// For a re-import (<see cref="ImportType.ExistingKeyMaterial"/>), bytes that are none of the key's materials or not the
/// one the request's <c>KeyMaterialId</c> names; for new material, bytes the key already has. The message is the
/// exception's text in the KMS API reference
/// (https://docs.aws.amazon.com/kms/latest/APIReference/API_ImportKeyMaterial.html), its stray comma included.
/// </remarks>
public sealed record IncorrectKeyMaterial : IKmsError
{
    private IncorrectKeyMaterial()
    {
    }

    /// <summary>Gets the error; it carries no data.</summary>
    public static IncorrectKeyMaterial Instance { get; } = new();

    /// <inheritdoc/>
    public string ErrorCode => "IncorrectKeyMaterialException";

    /// <inheritdoc/>
    public string Message =>
        "The request was rejected because the key material in the request is, expired, invalid, or is not the same key material that was previously imported into this KMS key.";
}
