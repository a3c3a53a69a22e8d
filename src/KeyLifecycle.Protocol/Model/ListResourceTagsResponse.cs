using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>ListResourceTags</c>.</summary>
internal sealed class ListResourceTagsResponse
{
    public required IReadOnlyList<TagModel> Tags { get; init; }

    public string? NextMarker { get; init; }

    public required bool Truncated { get; init; }
}
