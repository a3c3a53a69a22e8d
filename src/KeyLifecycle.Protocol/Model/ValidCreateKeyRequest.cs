using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="CreateKeyRequest"/> that passed model validation: the members its handler reads, the required ones not nullable.</summary>
internal readonly record struct ValidCreateKeyRequest(
    string? Description,
    string? KeyUsage,
    string? KeySpec,
    string? CustomerMasterKeySpec,
    string? Origin,
    bool? MultiRegion,
    string? CustomKeyStoreId,
    IReadOnlyList<KeyTag> Tags,
    string? Policy = null,
    bool BypassPolicyLockoutSafetyCheck = false);
