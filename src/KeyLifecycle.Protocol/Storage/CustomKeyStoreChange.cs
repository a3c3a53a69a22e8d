using System;

namespace KeyLifecycle.Protocol.Storage;

/// <summary>One custom key store change of a <see cref="KeyStoreCommit"/>.</summary>
/// <param name="Expected">The store that must be stored now (by reference), or <see langword="null"/> when none may exist with the replacement's ID.</param>
/// <param name="Replacement">The store to keep, or <see langword="null"/> to delete <paramref name="Expected"/>.</param>
public readonly record struct CustomKeyStoreChange(KmsCustomKeyStore? Expected, KmsCustomKeyStore? Replacement)
{
    /// <summary>The store the change is about: the replacement, or else the store it deletes.</summary>
    /// <exception cref="InvalidOperationException">The change has neither, which no <see cref="KeyStoreCommit"/> makes.</exception>
    internal KmsCustomKeyStore Store => Replacement ?? Expected ?? throw new InvalidOperationException("A custom key store change names no store.");
}
