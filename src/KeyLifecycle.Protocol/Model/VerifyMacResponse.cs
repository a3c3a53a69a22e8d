namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>VerifyMac</c>.</summary>
internal sealed class VerifyMacResponse
{
    public required string KeyId { get; init; }

    public required bool MacValid { get; init; }

    public required string MacAlgorithm { get; init; }
}
