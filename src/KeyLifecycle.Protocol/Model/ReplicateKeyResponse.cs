using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>ReplicateKey</c>.</summary>
internal sealed class ReplicateKeyResponse
{
    public required KeyMetadataModel ReplicaKeyMetadata { get; init; }

    public required string ReplicaPolicy { get; init; }

    public required IReadOnlyList<TagModel> ReplicaTags { get; init; }
}
