using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>ListGrants</c> and <c>ListRetirableGrants</c>.</summary>
internal sealed class ListGrantsResponse
{
    public required IReadOnlyList<GrantListEntryModel> Grants { get; init; }

    public string? NextMarker { get; init; }

    public required bool Truncated { get; init; }
}
