namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>GenerateDataKey</c> and, without <see cref="Plaintext"/>, of <c>GenerateDataKeyWithoutPlaintext</c>.</summary>
internal sealed class GenerateDataKeyResponse
{
    public required byte[] CiphertextBlob { get; init; }

    public byte[]? Plaintext { get; init; }

    public required string KeyId { get; init; }

    public string? KeyMaterialId { get; init; }
}
