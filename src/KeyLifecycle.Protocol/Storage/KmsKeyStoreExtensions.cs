using System;

namespace KeyLifecycle.Protocol.Storage;

/// <summary>One-change commits on an <see cref="IKmsKeyStore"/>.</summary>
public static class KmsKeyStoreExtensions
{
    /// <summary>Adds a new key, unless a key with its ARN exists.</summary>
    /// <param name="store">The store.</param>
    /// <param name="key">The new key.</param>
    /// <returns><see langword="true"/> when the key was added.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static bool TryAdd(this IKmsKeyStore store, KmsKey key)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.TryCommit(new KeyStoreCommit().Add(key));
    }

    /// <summary>Replaces <paramref name="current"/> with <paramref name="replacement"/> if <paramref name="current"/> is still the stored record (compared by reference).</summary>
    /// <param name="store">The store.</param>
    /// <param name="current">The record read from the store.</param>
    /// <param name="replacement">The new record, with the same ARN.</param>
    /// <returns><see langword="true"/> when the record was replaced; <see langword="false"/> when another commit came first.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The records have different ARNs.</exception>
    public static bool TryReplace(this IKmsKeyStore store, KmsKey current, KmsKey replacement)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.TryCommit(new KeyStoreCommit().Replace(current, replacement));
    }

    /// <summary>Removes <paramref name="current"/> if it is still the stored record.</summary>
    /// <param name="store">The store.</param>
    /// <param name="current">The record read from the store.</param>
    /// <returns><see langword="true"/> when the key was removed.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static bool TryRemove(this IKmsKeyStore store, KmsKey current)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.TryCommit(new KeyStoreCommit().Remove(current));
    }
}
