using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>ListKeys</c>.</summary>
internal sealed class ListKeysResponse
{
    public required IReadOnlyList<KeyListEntryModel> Keys { get; init; }

    public string? NextMarker { get; init; }

    public required bool Truncated { get; init; }
}
