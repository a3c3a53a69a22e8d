namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>DeriveSharedSecret</c>.</summary>
internal sealed class DeriveSharedSecretResponse
{
    public required string KeyId { get; init; }

    public required byte[] SharedSecret { get; init; }

    public required string KeyAgreementAlgorithm { get; init; }

    public required string KeyOrigin { get; init; }
}
