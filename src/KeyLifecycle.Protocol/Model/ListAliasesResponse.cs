using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>ListAliases</c>.</summary>
internal sealed class ListAliasesResponse
{
    public required IReadOnlyList<AliasListEntryModel> Aliases { get; init; }

    public string? NextMarker { get; init; }

    public required bool Truncated { get; init; }
}
