using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="EncryptRequest"/> that passed model validation: the members its handler reads, the required ones not nullable.</summary>
internal readonly record struct ValidEncryptRequest(
    string KeyId,
    byte[] Plaintext,
    IReadOnlyDictionary<string, string>? EncryptionContext,
    string? EncryptionAlgorithm,
    bool? DryRun);
