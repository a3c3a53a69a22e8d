using System;
using KeyLifecycle.Errors;
using OneOf;

namespace KeyLifecycle;

public static partial class KeyTransitions
{
    /// <summary>The rotation period <c>EnableKeyRotation</c> uses when none is given, in days.</summary>
    public const int DefaultRotationPeriodInDays = 365;

    /// <summary>The shortest rotation period the KMS API model accepts, in days.</summary>
    public const int MinRotationPeriodInDays = 90;

    /// <summary>The longest rotation period the KMS API model accepts, in days.</summary>
    public const int MaxRotationPeriodInDays = 2560;

    /// <summary>Turns on automatic rotation of a key, as <c>EnableKeyRotation</c> does.</summary>
    /// <param name="key">A symmetric encryption key whose material KMS generated.</param>
    /// <param name="rotationPeriodInDays">Days between rotations, 90 to 2560; <see langword="null"/> for the default of 365.</param>
    /// <param name="now">The time of the request; the next rotation is this plus the period.</param>
    /// <returns>
    /// The key with rotation on; <see cref="ValidationFailed"/> for a period outside 90..2560; <see cref="UnsupportedOperation"/>
    /// for a key that is not a symmetric encryption key, or whose origin is EXTERNAL (also while pending import) or a custom
    /// key store (footnotes 6 and 7); <see cref="KeyDisabled"/> for a disabled key; <see cref="InvalidKeyState"/> for a key
    /// pending deletion, pending replica deletion or creating.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html">EnableKeyRotation</see>.</remarks>
    public static OneOf<KmsKey, ValidationFailed, InvalidKeyState, KeyDisabled, UnsupportedOperation> EnableKeyRotation(
        KmsKey key, int? rotationPeriodInDays, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        var period = rotationPeriodInDays ?? DefaultRotationPeriodInDays;
        if (period < MinRotationPeriodInDays)
        {
            return ValidationFailed.ForViolations([ConstraintViolation.ValueBelow("rotationPeriodInDays", period, MinRotationPeriodInDays)]);
        }

        if (period > MaxRotationPeriodInDays)
        {
            return ValidationFailed.ForViolations([ConstraintViolation.ValueAbove("rotationPeriodInDays", period, MaxRotationPeriodInDays)]);
        }

        return CheckRotation(KmsOperation.EnableKeyRotation, key).Match<OneOf<KmsKey, ValidationFailed, InvalidKeyState, KeyDisabled, UnsupportedOperation>>(
            _ => key with { KeyRotationEnabled = true, RotationPeriodInDays = period, NextRotationDate = now.AddDays(period) },
            invalidState => invalidState,
            disabled => disabled,
            unsupported => unsupported);
    }

    /// <summary>Turns off automatic rotation of a key, as <c>DisableKeyRotation</c> does.</summary>
    /// <param name="key">A symmetric encryption key whose material KMS generated.</param>
    /// <returns>
    /// The key with rotation off (the same instance if it already was); <see cref="UnsupportedOperation"/>,
    /// <see cref="KeyDisabled"/> or <see cref="InvalidKeyState"/> as for <see cref="EnableKeyRotation"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_DisableKeyRotation.html">DisableKeyRotation</see>.</remarks>
    public static OneOf<KmsKey, InvalidKeyState, KeyDisabled, UnsupportedOperation> DisableKeyRotation(KmsKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return CheckRotation(KmsOperation.DisableKeyRotation, key).Match<OneOf<KmsKey, InvalidKeyState, KeyDisabled, UnsupportedOperation>>(
            _ => key.KeyRotationEnabled ? key with { KeyRotationEnabled = false, RotationPeriodInDays = null, NextRotationDate = null } : key,
            invalidState => invalidState,
            disabled => disabled,
            unsupported => unsupported);
    }

    /// <summary>Reports a key's automatic rotation, as <c>GetKeyRotationStatus</c> does.</summary>
    /// <param name="key">The key.</param>
    /// <returns>
    /// The status: rotation is reported off while the key is pending deletion, though its setting is kept and applies again
    /// when deletion is cancelled; always off for keys that cannot rotate automatically (asymmetric and HMAC keys).
    /// <see cref="UnsupportedOperation"/> for a key whose material is imported or in a custom key store (footnotes 6 and 7).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyRotationStatus.html">GetKeyRotationStatus</see>.</remarks>
    public static OneOf<KeyRotationStatus, UnsupportedOperation> GetKeyRotationStatus(KmsKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return KeyStateRules.CheckOrigin(KmsOperation.GetKeyRotationStatus, key).Match<OneOf<KeyRotationStatus, UnsupportedOperation>>(
            _ => key.KeyRotationEnabled && key.State is not (KeyState.PendingDeletion or KeyState.PendingReplicaDeletion)
                ? new KeyRotationStatus(true, key.RotationPeriodInDays, key.NextRotationDate)
                : new KeyRotationStatus(false, null, null),
            unsupported => unsupported);
    }

    // Automatic rotation is for symmetric encryption keys only (the service answers other keys with an empty message);
    // the key-state table then decides by state and origin.
    private static OneOf<Permitted, InvalidKeyState, KeyDisabled, UnsupportedOperation> CheckRotation(KmsOperation operation, KmsKey key) =>
        key.KeySpec != KeySpec.SymmetricDefault
            ? new UnsupportedOperation(key.Arn, key.Origin, key.KeySpec, operation, UnsupportedReason.Unspecified)
            : KeyStateRules.Check(operation, key);
}
