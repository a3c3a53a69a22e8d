using System;
using KeyLifecycle.Errors;
using OneOf;

namespace KeyLifecycle;

/// <summary>The KMS operations that change a key, as pure functions from a key to the new key or the service's error.</summary>
/// <remarks>
/// <para>
/// Each function is named after its KMS operation, asks <see cref="KeyStateRules"/> whether the key's state allows it,
/// and returns a new <see cref="KmsKey"/>, the same instance when the call changes nothing (KMS's idempotent calls), or
/// the typed error with the AWS code and message. Expected failures are never thrown; only a <see langword="null"/> key
/// is (<see cref="ArgumentNullException"/>).
/// </para>
/// <para>The functions read no clock and do no I/O: where time matters it is an argument. They are thread-safe.</para>
/// </remarks>
public static partial class KeyTransitions
{
    /// <summary>Enables a key, as <c>EnableKey</c> does.</summary>
    /// <param name="key">The key to enable.</param>
    /// <returns>
    /// The key in <see cref="KeyState.Enabled"/> (the same instance if it already was); for a key whose custom key store
    /// is disconnected, the key with <see cref="KmsKey.StateWhenAvailable"/> set to <see cref="KeyState.Enabled"/>;
    /// <see cref="InvalidKeyState"/> for a key pending deletion, pending replica deletion, pending import, creating or
    /// updating; <see cref="AccessDenied"/> for an AWS managed key, which is permanently enabled.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKey.html">EnableKey</see>.</remarks>
    public static OneOf<KmsKey, InvalidKeyState, AccessDenied> EnableKey(KmsKey key) =>
        SetEnabledOrDisabled(key, KmsOperation.EnableKey, KeyState.Enabled);

    /// <summary>Disables a key, as <c>DisableKey</c> does.</summary>
    /// <param name="key">The key to disable.</param>
    /// <returns>
    /// The key in <see cref="KeyState.Disabled"/> (the same instance if it already was); for a key whose custom key store
    /// is disconnected, the key with <see cref="KmsKey.StateWhenAvailable"/> set to <see cref="KeyState.Disabled"/>;
    /// <see cref="InvalidKeyState"/> for a key pending deletion, pending replica deletion, pending import, creating or
    /// updating; <see cref="AccessDenied"/> for an AWS managed key.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_DisableKey.html">DisableKey</see>.</remarks>
    public static OneOf<KmsKey, InvalidKeyState, AccessDenied> DisableKey(KmsKey key) =>
        SetEnabledOrDisabled(key, KmsOperation.DisableKey, KeyState.Disabled);

    private static OneOf<KmsKey, InvalidKeyState, AccessDenied> SetEnabledOrDisabled(KmsKey key, KmsOperation operation, KeyState target)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.KeyManager == KeyManager.Aws)
        {
            return AccessDenied.ToAccountRoot(operation, key.Arn);
        }

        // TryPick rather than Match: these are the hottest transitions, and lambdas over key and target would allocate a
        // closure on every call, including the idempotent ones that otherwise allocate nothing.
        if (!KeyStateRules.CheckState(operation, key).TryPickT0(out var permitted, out var invalidState))
        {
            return invalidState;
        }

        return permitted.IsDeferred
            ? key.StateWhenAvailable == target ? key : key with { StateWhenAvailable = target }
            : key.State == target ? key : key with { State = target };
    }
}
