namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="CustomKeyStoreRequest"/> that passed model validation: the members its handler reads, the required ones not nullable.</summary>
internal readonly record struct ValidCustomKeyStoreRequest(string CustomKeyStoreId);
