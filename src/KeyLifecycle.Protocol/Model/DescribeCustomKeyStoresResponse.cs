using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>DescribeCustomKeyStores</c>.</summary>
internal sealed class DescribeCustomKeyStoresResponse
{
    public required IReadOnlyList<CustomKeyStoreModel> CustomKeyStores { get; init; }

    public string? NextMarker { get; init; }

    public required bool Truncated { get; init; }
}
