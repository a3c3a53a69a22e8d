using System.Collections.Generic;
using System.Linq;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The <c>MultiRegionConfiguration</c> shape.</summary>
internal sealed class MultiRegionConfigurationModel
{
    public required string MultiRegionKeyType { get; init; }

    public required MultiRegionKeyModel PrimaryKey { get; init; }

    public required IReadOnlyList<MultiRegionKeyModel> ReplicaKeys { get; init; }

    public static MultiRegionConfigurationModel? From(MultiRegionConfiguration? configuration) => configuration is null ? null : new()
    {
        MultiRegionKeyType = configuration.KeyType.ToWireName(),
        PrimaryKey = new MultiRegionKeyModel { Arn = configuration.PrimaryKey.ToString(), Region = configuration.PrimaryKey.Region.ToString() },
        ReplicaKeys = [.. configuration.ReplicaKeys.Select(arn => new MultiRegionKeyModel { Arn = arn.ToString(), Region = arn.Region.ToString() })],
    };
}
