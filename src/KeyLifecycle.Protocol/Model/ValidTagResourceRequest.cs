using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="TagResourceRequest"/> that passed model validation: the members its handler reads, the required ones not nullable.</summary>
internal readonly record struct ValidTagResourceRequest(
    string KeyId,
    IReadOnlyList<KeyTag> Tags);
