namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="UpdatePrimaryRegionRequest"/> that passed model validation: the members its handler reads, the required ones not nullable.</summary>
internal readonly record struct ValidUpdatePrimaryRegionRequest(string KeyId, string PrimaryRegion);
