namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>Sign</c>.</summary>
internal sealed class SignResponse
{
    public required string KeyId { get; init; }

    public required byte[] Signature { get; init; }

    public required string SigningAlgorithm { get; init; }
}
