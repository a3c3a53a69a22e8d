namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>ReEncrypt</c>.</summary>
internal sealed class ReEncryptResponse
{
    public required byte[] CiphertextBlob { get; init; }

    public required string SourceKeyId { get; init; }

    public required string KeyId { get; init; }

    public required string SourceEncryptionAlgorithm { get; init; }

    public required string DestinationEncryptionAlgorithm { get; init; }

    public string? SourceKeyMaterialId { get; init; }

    public string? DestinationKeyMaterialId { get; init; }
}
