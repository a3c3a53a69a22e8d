namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>CreateKey</c> and <c>DescribeKey</c>.</summary>
internal sealed class KeyMetadataResponse
{
    public required KeyMetadataModel KeyMetadata { get; init; }
}
