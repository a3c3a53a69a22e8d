namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="SignRequest"/> that passed model validation: the members its handler reads, the required ones not nullable.</summary>
internal readonly record struct ValidSignRequest(
    string KeyId,
    byte[] Message,
    string? MessageType,
    string SigningAlgorithm,
    bool? DryRun);
