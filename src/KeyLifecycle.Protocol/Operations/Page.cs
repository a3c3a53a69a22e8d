using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>One page of a list operation.</summary>
/// <param name="Items">The page's items.</param>
/// <param name="NextMarker">The marker of the next page, or <see langword="null"/> on the last page.</param>
internal sealed record Page<T>(IReadOnlyList<T> Items, string? NextMarker);
