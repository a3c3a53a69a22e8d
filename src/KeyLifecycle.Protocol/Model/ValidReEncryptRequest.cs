using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="ReEncryptRequest"/> that passed model validation: the members its handler reads, the required ones not nullable.</summary>
internal readonly record struct ValidReEncryptRequest(
    byte[] CiphertextBlob,
    string? SourceKeyId,
    IReadOnlyDictionary<string, string>? SourceEncryptionContext,
    string? SourceEncryptionAlgorithm,
    string DestinationKeyId,
    IReadOnlyDictionary<string, string>? DestinationEncryptionContext,
    string? DestinationEncryptionAlgorithm,
    bool? DryRun);
