namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>GenerateMac</c>.</summary>
internal sealed class GenerateMacResponse
{
    public required byte[] Mac { get; init; }

    public required string MacAlgorithm { get; init; }

    public required string KeyId { get; init; }
}
