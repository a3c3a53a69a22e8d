namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="DeriveSharedSecretRequest"/> that passed model validation: the members its handler reads, the required ones not nullable.</summary>
internal readonly record struct ValidDeriveSharedSecretRequest(
    string KeyId,
    byte[] PublicKey,
    bool? DryRun);
