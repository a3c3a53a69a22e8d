namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>GenerateRandom</c>.</summary>
internal sealed class GenerateRandomResponse
{
    public required byte[] Plaintext { get; init; }
}
