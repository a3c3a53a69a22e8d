namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="UpdateKeyDescriptionRequest"/> that passed model validation: the members its handler reads, the required ones not nullable.</summary>
internal readonly record struct ValidUpdateKeyDescriptionRequest(string KeyId, string Description);
