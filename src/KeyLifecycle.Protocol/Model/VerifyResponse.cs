namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>Verify</c>.</summary>
internal sealed class VerifyResponse
{
    public required string KeyId { get; init; }

    public required bool SignatureValid { get; init; }

    public required string SigningAlgorithm { get; init; }
}
