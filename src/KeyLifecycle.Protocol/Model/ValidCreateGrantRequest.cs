using System.Collections.Generic;
using KeyLifecycle.Grants;

namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="CreateGrantRequest"/> that passed model validation: the members its handler reads, the required ones not nullable.</summary>
internal readonly record struct ValidCreateGrantRequest(
    string KeyId,
    string GranteePrincipal,
    string? RetiringPrincipal,
    IReadOnlyList<GrantOperation> Operations,
    IReadOnlyDictionary<string, string>? EncryptionContextEquals,
    IReadOnlyDictionary<string, string>? EncryptionContextSubset,
    string? Name,
    bool? DryRun);
