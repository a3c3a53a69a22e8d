namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>Decrypt</c>.</summary>
internal sealed class DecryptResponse
{
    public required string KeyId { get; init; }

    public required byte[] Plaintext { get; init; }

    public required string EncryptionAlgorithm { get; init; }

    public string? KeyMaterialId { get; init; }
}
