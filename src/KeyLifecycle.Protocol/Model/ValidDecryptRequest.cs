using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="DecryptRequest"/> that passed model validation: the members its handler reads, the required ones not nullable.</summary>
internal readonly record struct ValidDecryptRequest(
    byte[] CiphertextBlob,
    string? KeyId,
    IReadOnlyDictionary<string, string>? EncryptionContext,
    string? EncryptionAlgorithm,
    bool? DryRun);
