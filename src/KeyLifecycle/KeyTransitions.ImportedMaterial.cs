using System;
using KeyLifecycle.Errors;
using OneOf;

namespace KeyLifecycle;

public static partial class KeyTransitions
{
    /// <summary>Records that key material was imported into a key, as a successful <c>ImportKeyMaterial</c> does.</summary>
    /// <param name="key">A key with origin <c>EXTERNAL</c>.</param>
    /// <param name="expirationModel">Whether the material expires.</param>
    /// <param name="validTo">When the material expires; required exactly when <paramref name="expirationModel"/> is <see cref="ExpirationModel.KeyMaterialExpires"/>.</param>
    /// <param name="now">The time of the request; <paramref name="validTo"/> must be later.</param>
    /// <returns>
    /// The key with its material: a key pending import becomes <see cref="KeyState.Enabled"/>, any other key keeps its
    /// state (re-importing the same material). <see cref="ValidationFailed"/> for an expiry that does not fit the model or
    /// is not in the future; <see cref="UnsupportedOperation"/> for a key that cannot have imported material (footnote 9);
    /// <see cref="InvalidKeyState"/> for a key pending deletion or creating.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// The domain does not see the material itself: the host checks the import token and unwraps the material first.
    /// See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_ImportKeyMaterial.html">ImportKeyMaterial</see>.
    /// </remarks>
    public static OneOf<KmsKey, ValidationFailed, InvalidKeyState, UnsupportedOperation> ImportKeyMaterial(
        KmsKey key, ExpirationModel expirationModel, DateTimeOffset? validTo, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (ValidateExpiry(expirationModel, validTo, now) is { } invalid)
        {
            return invalid;
        }

        return KeyStateRules.CheckStateAndOrigin(KmsOperation.ImportKeyMaterial, key).Match<OneOf<KmsKey, ValidationFailed, InvalidKeyState, UnsupportedOperation>>(
            _ => key with
            {
                State = key.State == KeyState.PendingImport ? KeyState.Enabled : key.State,
                HasKeyMaterial = true,
                ExpirationModel = expirationModel,
                ValidTo = expirationModel == ExpirationModel.KeyMaterialExpires ? validTo : null,
            },
            invalidState => invalidState,
            unsupported => unsupported);
    }

    /// <summary>Deletes a key's imported key material, as <c>DeleteImportedKeyMaterial</c> does.</summary>
    /// <param name="key">A key with origin <c>EXTERNAL</c>.</param>
    /// <returns>
    /// The key without material: an enabled or disabled key becomes <see cref="KeyState.PendingImport"/>; a key pending
    /// deletion stays pending deletion; a key pending import is returned as it is. <see cref="UnsupportedOperation"/> for a
    /// key that cannot have imported material; <see cref="InvalidKeyState"/> for a key creating or updating.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_DeleteImportedKeyMaterial.html">DeleteImportedKeyMaterial</see>.</remarks>
    public static OneOf<KmsKey, InvalidKeyState, UnsupportedOperation> DeleteImportedKeyMaterial(KmsKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return KeyStateRules.CheckStateAndOrigin(KmsOperation.DeleteImportedKeyMaterial, key).Match<OneOf<KmsKey, InvalidKeyState, UnsupportedOperation>>(
            _ => WithoutKeyMaterial(key),
            invalidState => invalidState,
            unsupported => unsupported);
    }

    /// <summary>Expires a key's imported key material once its <see cref="KmsKey.ValidTo"/> has passed, as the service does on its own.</summary>
    /// <param name="key">The key.</param>
    /// <param name="now">The time to judge by.</param>
    /// <returns>The key without material (see <see cref="DeleteImportedKeyMaterial"/>) when its material has expired; otherwise the same instance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public static KmsKey ExpireKeyMaterial(KmsKey key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.HasKeyMaterial && key.ExpirationModel == ExpirationModel.KeyMaterialExpires && key.ValidTo <= now
            ? WithoutKeyMaterial(key)
            : key;
    }

    private static KmsKey WithoutKeyMaterial(KmsKey key) => key.HasKeyMaterial
        ? key with
        {
            State = key.State is KeyState.Enabled or KeyState.Disabled ? KeyState.PendingImport : key.State,
            HasKeyMaterial = false,
            ExpirationModel = null,
            ValidTo = null,
        }
        : key;

    private static ValidationFailed? ValidateExpiry(ExpirationModel expirationModel, DateTimeOffset? validTo, DateTimeOffset now) =>
        !expirationModel.IsDefined()
            ? throw new ArgumentOutOfRangeException(nameof(expirationModel), expirationModel, "Not a defined ExpirationModel value.")
            : expirationModel switch
        {
            ExpirationModel.KeyMaterialExpires when validTo is null => ImportValidation.ValidToRequired,
            ExpirationModel.KeyMaterialExpires when validTo <= now => ImportValidation.ValidToInThePast,
            ExpirationModel.KeyMaterialDoesNotExpire when validTo is not null => ImportValidation.ValidToNotAllowed,
            ExpirationModel.KeyMaterialExpires or ExpirationModel.KeyMaterialDoesNotExpire => null,
        };
}
