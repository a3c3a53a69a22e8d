namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>GenerateDataKeyPair</c> and, without <see cref="PrivateKeyPlaintext"/>, of <c>GenerateDataKeyPairWithoutPlaintext</c>.</summary>
internal sealed class GenerateDataKeyPairResponse
{
    public required byte[] PrivateKeyCiphertextBlob { get; init; }

    public byte[]? PrivateKeyPlaintext { get; init; }

    public required byte[] PublicKey { get; init; }

    public required string KeyId { get; init; }

    public required string KeyPairSpec { get; init; }

    public string? KeyMaterialId { get; init; }
}
