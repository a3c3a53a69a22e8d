namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>ImportKeyMaterial</c> and <c>DeleteImportedKeyMaterial</c>: the key ARN and the key material's ID.</summary>
internal sealed class KeyMaterialResponse
{
    public required string KeyId { get; init; }

    public string? KeyMaterialId { get; init; }
}
