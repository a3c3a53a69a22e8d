namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>RotateKeyOnDemand</c>: the key's ARN.</summary>
internal sealed class RotateKeyOnDemandResponse
{
    public required string KeyId { get; init; }
}
