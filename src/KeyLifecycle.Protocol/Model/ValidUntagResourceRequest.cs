using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="UntagResourceRequest"/> that passed model validation: the members its handler reads, the required ones not nullable.</summary>
internal readonly record struct ValidUntagResourceRequest(
    string KeyId,
    IReadOnlyList<string> TagKeys);
