using System;
using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Storage;

/// <summary>A set of key changes that <see cref="IKmsKeyStore.TryCommit"/> applies together or not at all.</summary>
/// <remarks>
/// A builder: each method adds one change and returns the same instance. Every change names the record the caller
/// read, so the commit fails if anything changed since. Not thread-safe; build one per attempt.
/// </remarks>
public sealed class KeyStoreCommit
{
    private readonly List<KeyChange> _keys = [];

    /// <summary>The changes, in the order they were added.</summary>
    public IReadOnlyList<KeyChange> Keys => _keys;

    /// <summary>Adds a new key; the commit fails if a key with its ARN exists.</summary>
    /// <param name="key">The new key.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public KeyStoreCommit Add(KmsKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _keys.Add(new KeyChange(key.Arn, null, key));
        return this;
    }

    /// <summary>Replaces <paramref name="current"/> with <paramref name="replacement"/>; the commit fails unless <paramref name="current"/> is still stored.</summary>
    /// <param name="current">The record read from the store.</param>
    /// <param name="replacement">The new record, with the same ARN.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The records have different ARNs.</exception>
    public KeyStoreCommit Replace(KmsKey current, KmsKey replacement)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(replacement);
        if (current.Arn != replacement.Arn)
        {
            throw new ArgumentException($"The replacement of {current.Arn} has another ARN, {replacement.Arn}.", nameof(replacement));
        }

        _keys.Add(new KeyChange(current.Arn, current, replacement));
        return this;
    }

    /// <summary>Removes <paramref name="current"/>; the commit fails unless it is still stored.</summary>
    /// <param name="current">The record read from the store.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is <see langword="null"/>.</exception>
    public KeyStoreCommit Remove(KmsKey current)
    {
        ArgumentNullException.ThrowIfNull(current);
        _keys.Add(new KeyChange(current.Arn, current, null));
        return this;
    }

    /// <summary>Changes nothing but makes the commit fail unless <paramref name="current"/> is still stored.</summary>
    /// <param name="current">A record the commit's other changes were decided from.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is <see langword="null"/>.</exception>
    public KeyStoreCommit Expect(KmsKey current) => Replace(current, current);
}
