namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="VerifyMacRequest"/> that passed model validation: the members its handler reads, the required ones not nullable.</summary>
internal readonly record struct ValidVerifyMacRequest(
    string KeyId,
    byte[] Message,
    string MacAlgorithm,
    byte[] Mac,
    bool? DryRun);
