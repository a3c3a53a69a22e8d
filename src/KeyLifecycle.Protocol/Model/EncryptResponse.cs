namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>Encrypt</c>.</summary>
internal sealed class EncryptResponse
{
    public required byte[] CiphertextBlob { get; init; }

    public required string KeyId { get; init; }

    public required string EncryptionAlgorithm { get; init; }
}
