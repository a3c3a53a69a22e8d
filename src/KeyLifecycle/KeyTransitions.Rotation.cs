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

    /// <summary>How many times a key may be rotated on demand: 25 (<c>RotateKeyOnDemand</c> in the KMS API model, botocore 1.43).</summary>
    public const int MaxOnDemandRotations = 25;

    /// <summary>Rotates a key's material now, as <c>RotateKeyOnDemand</c> does: <paramref name="newMaterialId"/> becomes current.</summary>
    /// <param name="key">A symmetric encryption key whose material KMS generated, and not a multi-Region replica.</param>
    /// <param name="newMaterialId">
    /// The ID of the new material, which the host generates and stores with the commit of the result. A key with imported
    /// material rotates to the material imported for that (<see cref="ImportedKeyMaterials.PendingRotation"/>) instead,
    /// whose bytes the host already keeps, and this ID is not used.
    /// </param>
    /// <param name="now">The time of the request, the rotation's date.</param>
    /// <returns>
    /// The key with the rotation recorded; its automatic rotation schedule is unchanged ("On-demand rotations do not
    /// change existing automatic rotation schedules"). Otherwise, in the service's order:
    /// <see cref="UnsupportedOperation"/> with an empty message for a key that is not a symmetric encryption key;
    /// the key-state table's refusal (<see cref="KeyDisabled"/>, <see cref="InvalidKeyState"/>, or <see cref="UnsupportedOperation"/>
    /// for an unavailable key); <see cref="UnsupportedOperation"/> for a key in a custom key store (by its origin) or a
    /// multi-Region replica (rotate its primary); <see cref="InvalidKeyState"/>
    /// (<see cref="InvalidStateReason.NoKeyMaterialPendingRotation"/>) for a key with imported material and none imported
    /// for the next rotation; <see cref="RotationLimitExceeded"/> after <see cref="MaxOnDemandRotations"/>
    /// rotations on demand.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="newMaterialId"/> is the default value.</exception>
    /// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_RotateKeyOnDemand.html">RotateKeyOnDemand</see>.</remarks>
    public static OneOf<KmsKey, InvalidKeyState, KeyDisabled, UnsupportedOperation, RotationLimitExceeded> RotateKeyOnDemand(
        KmsKey key, KeyMaterialId newMaterialId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (newMaterialId == default)
        {
            throw new ArgumentException("The new material's ID is the default value, which is not a key material ID.", nameof(newMaterialId));
        }

        return CheckRotation(KmsOperation.RotateKeyOnDemand, key).Match<OneOf<KmsKey, InvalidKeyState, KeyDisabled, UnsupportedOperation, RotationLimitExceeded>>(
            _ => key.Origin is KeyOrigin.AwsCloudHsm or KeyOrigin.ExternalKeyStore
                    ? new UnsupportedOperation(key.Arn, key.Origin, key.KeySpec, KmsOperation.RotateKeyOnDemand, UnsupportedReason.Origin)
                : key.MultiRegionConfiguration is { KeyType: MultiRegionKeyType.Replica }
                    ? new UnsupportedOperation(key.Arn, key.Origin, key.KeySpec, KmsOperation.RotateKeyOnDemand, UnsupportedReason.NotMultiRegionPrimary)
                : key.Origin == KeyOrigin.External && key.ImportedMaterials.PendingRotation is null
                    ? new InvalidKeyState(key.Arn, key.State, KmsOperation.RotateKeyOnDemand, InvalidStateReason.NoKeyMaterialPendingRotation)
                : key.Rotations.CountOf(RotationType.OnDemand) >= MaxOnDemandRotations
                    ? new RotationLimitExceeded(key.Arn)
                : key.ImportedMaterials.PendingRotation is { } pending
                    ? WithMaterials(
                        key with { Rotations = key.Rotations.Add(new KeyRotation(pending.KeyMaterialId, now, RotationType.OnDemand)) },
                        key.ImportedMaterials.With(pending with { PendingRotation = false }))
                : key with { Rotations = key.Rotations.Add(new KeyRotation(newMaterialId, now, RotationType.OnDemand)) },
            invalidState => invalidState,
            disabled => disabled,
            unsupported => unsupported);
    }

    /// <summary>Whether automatic rotation of <paramref name="key"/> is due at <paramref name="now"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="now">The time.</param>
    /// <returns>
    /// <see langword="true"/> when rotation is on, <see cref="KmsKey.NextRotationDate"/> has come and the key is enabled.
    /// A disabled key is not rotated, and rotates once enabled again; a multi-Region replica is rotated with its primary.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public static bool IsRotationDue(KmsKey key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.KeyRotationEnabled && key.NextRotationDate <= now && key.State == KeyState.Enabled
            && key.MultiRegionConfiguration is not { KeyType: MultiRegionKeyType.Replica };
    }

    /// <summary>Rotates a key whose automatic rotation is due (<see cref="IsRotationDue"/>): <paramref name="newMaterialId"/> becomes current.</summary>
    /// <param name="key">The key.</param>
    /// <param name="newMaterialId">The ID of the new material, which the host generates and stores with the commit of the result.</param>
    /// <param name="now">The time, at or after the rotation date.</param>
    /// <returns>
    /// The key with the rotation recorded, dated when it fell due, and its next rotation one period after that; when a
    /// clock moved far ahead leaves that one due too, the host rotates again.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="newMaterialId"/> is the default value.</exception>
    /// <exception cref="InvalidOperationException">The rotation is not due.</exception>
    public static KmsKey RotateAutomatically(KmsKey key, KeyMaterialId newMaterialId, DateTimeOffset now)
    {
        if (!IsRotationDue(key, now))
        {
            throw new InvalidOperationException($"The automatic rotation of {key.Arn} is not due at {now:O}.");
        }

        if (newMaterialId == default)
        {
            throw new ArgumentException("The new material's ID is the default value, which is not a key material ID.", nameof(newMaterialId));
        }

        var due = key.NextRotationDate!.Value;
        var period = TimeSpan.FromDays(key.RotationPeriodInDays ?? DefaultRotationPeriodInDays);
        return key with
        {
            Rotations = key.Rotations.Add(new KeyRotation(newMaterialId, due, RotationType.Automatic)),
            NextRotationDate = due + period,
        };
    }

    /// <summary>Records on a multi-Region replica the rotation of its primary, whose material it shares.</summary>
    /// <param name="replica">The replica.</param>
    /// <param name="rotation">The primary's rotation.</param>
    /// <returns>The replica with the rotation recorded, and the primary's next rotation date when <paramref name="nextRotationDate"/> is given.</returns>
    /// <param name="nextRotationDate">The primary's next automatic rotation after <paramref name="rotation"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="replica"/> or <paramref name="rotation"/> is <see langword="null"/>.</exception>
    public static KmsKey PrimaryRotated(KmsKey replica, KeyRotation rotation, DateTimeOffset? nextRotationDate)
    {
        ArgumentNullException.ThrowIfNull(replica);
        ArgumentNullException.ThrowIfNull(rotation);
        return replica with
        {
            Rotations = replica.Rotations.Add(rotation),
            NextRotationDate = replica.KeyRotationEnabled ? nextRotationDate ?? replica.NextRotationDate : replica.NextRotationDate,
        };
    }

    /// <summary>Lists a key's completed rotations, oldest first, as <c>ListKeyRotations</c> does.</summary>
    /// <param name="key">The key; allowed in every key state.</param>
    /// <returns>
    /// The rotations; <see cref="UnsupportedOperation"/> with an empty message for a key that is not a symmetric encryption
    /// key, and by its origin for a key in a custom key store, neither of which can rotate.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeyRotations.html">ListKeyRotations</see>.</remarks>
    public static OneOf<KeyRotationHistory, UnsupportedOperation> ListKeyRotations(KmsKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.KeySpec != KeySpec.SymmetricDefault
            ? new UnsupportedOperation(key.Arn, key.Origin, key.KeySpec, KmsOperation.ListKeyRotations, UnsupportedReason.Unspecified)
            : key.Origin is KeyOrigin.AwsCloudHsm or KeyOrigin.ExternalKeyStore
                ? new UnsupportedOperation(key.Arn, key.Origin, key.KeySpec, KmsOperation.ListKeyRotations, UnsupportedReason.Origin)
                : key.Rotations;
    }

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
