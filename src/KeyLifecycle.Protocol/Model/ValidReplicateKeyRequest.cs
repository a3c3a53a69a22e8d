using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="ReplicateKeyRequest"/> that passed model validation: the members its handler reads, the required ones not nullable.</summary>
internal readonly record struct ValidReplicateKeyRequest(
    string KeyId,
    string ReplicaRegion,
    string? Policy,
    string? Description,
    IReadOnlyList<KeyTag> Tags,
    bool BypassPolicyLockoutSafetyCheck = false);
