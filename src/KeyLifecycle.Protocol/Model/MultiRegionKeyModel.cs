namespace KeyLifecycle.Protocol.Model;

/// <summary>The <c>MultiRegionKey</c> shape: a related key's ARN and Region.</summary>
internal sealed class MultiRegionKeyModel
{
    public required string Arn { get; init; }

    public required string Region { get; init; }
}
