namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="VerifyRequest"/> that passed model validation: the members its handler reads, the required ones not nullable.</summary>
internal readonly record struct ValidVerifyRequest(
    string KeyId,
    byte[] Message,
    string? MessageType,
    byte[] Signature,
    string SigningAlgorithm,
    bool? DryRun);
