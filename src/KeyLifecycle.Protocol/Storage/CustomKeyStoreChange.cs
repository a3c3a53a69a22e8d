namespace KeyLifecycle.Protocol.Storage;

/// <summary>One custom key store change of a <see cref="KeyStoreCommit"/>.</summary>
/// <param name="Expected">The store that must be stored now (by reference), or <see langword="null"/> when none may exist with the replacement's ID.</param>
/// <param name="Replacement">The store to keep, or <see langword="null"/> to delete <paramref name="Expected"/>.</param>
public readonly record struct CustomKeyStoreChange(KmsCustomKeyStore? Expected, KmsCustomKeyStore? Replacement);
