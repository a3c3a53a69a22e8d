namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="GenerateMacRequest"/> that passed model validation: the members its handler reads, the required ones not nullable.</summary>
internal readonly record struct ValidGenerateMacRequest(
    string KeyId,
    byte[] Message,
    string MacAlgorithm,
    bool? DryRun);
