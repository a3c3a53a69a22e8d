using System;

namespace KeyLifecycle;

public static partial class KeyTransitions
{
    /// <summary>Updates a key after its custom key store was disconnected.</summary>
    /// <param name="key">A key in the disconnected custom key store.</param>
    /// <returns>
    /// The key in <see cref="KeyState.Unavailable"/>, remembering in <see cref="KmsKey.StateWhenAvailable"/> the state it
    /// returns to. A key pending deletion stays <see cref="KeyState.PendingDeletion"/>, so that its deletion can still be
    /// cancelled (footnote 13 of the key-state table); an unavailable key is returned as it is.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not in a custom key store.</exception>
    public static KmsKey KeyStoreDisconnected(KmsKey key)
    {
        RequireCustomKeyStore(key);
        return key.State switch
        {
            KeyState.Enabled or KeyState.Disabled => key with { State = KeyState.Unavailable, StateWhenAvailable = key.State },
            KeyState.Unavailable or KeyState.PendingDeletion or KeyState.PendingReplicaDeletion or KeyState.PendingImport
                or KeyState.Creating or KeyState.Updating => key,
        };
    }

    /// <summary>Updates a key after its custom key store was connected again.</summary>
    /// <param name="key">A key in the connected custom key store.</param>
    /// <returns>
    /// An unavailable key in the state it is to return to, with any <c>EnableKey</c> or <c>DisableKey</c> accepted while it was
    /// unavailable applied (footnote 12 of the key-state table); any other key as it is.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not in a custom key store.</exception>
    public static KmsKey KeyStoreConnected(KmsKey key)
    {
        RequireCustomKeyStore(key);
        return key.State == KeyState.Unavailable
            ? key with { State = key.StateWhenAvailable ?? KeyState.Enabled, StateWhenAvailable = null }
            : key;
    }

    private static void RequireCustomKeyStore(KmsKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.CustomKeyStoreId is null)
        {
            throw new ArgumentException($"The key {key.Arn} is not in a custom key store.", nameof(key));
        }
    }
}
