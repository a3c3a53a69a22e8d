using System;
using KeyLifecycle.Errors;
using OneOf;

namespace KeyLifecycle;

public static partial class KeyTransitions
{
    /// <summary>Records that key material was imported into a key, as a successful <c>ImportKeyMaterial</c> does.</summary>
    /// <param name="key">A key with origin <c>EXTERNAL</c>.</param>
    /// <param name="import">The bytes' ID, as the host computed it, and the request's expiry, import type, material ID and description.</param>
    /// <param name="now">The time of the request; an expiry must be later.</param>
    /// <returns>
    /// <para>
    /// The key with the material. The first import, and a re-import that brings back the last missing material, make a
    /// key pending import <see cref="KeyState.Enabled"/>; any other import leaves the state as it is. New material for a
    /// key that has material waits for <c>RotateKeyOnDemand</c> (<see cref="ImportedKeyMaterials.PendingRotation"/>). A
    /// re-import sets the material's expiry again and keeps its description unless the request gives one.
    /// </para>
    /// <para>
    /// Refusals, in this order: <see cref="ValidationFailed"/> for an expiry that does not fit the model or is not in the
    /// future; the key-state table's row (<see cref="UnsupportedOperation"/> for a key that cannot have imported
    /// material, <see cref="InvalidKeyState"/> for a key pending deletion, creating or updating);
    /// <see cref="ValidationFailed"/> for <c>ImportType</c>, <c>KeyMaterialId</c> or <c>KeyMaterialDescription</c> with
    /// a key that is not a symmetric encryption key, and for a <c>KeyMaterialId</c> with new material;
    /// <see cref="IncorrectKeyMaterial"/> for new material the key already has, or a re-import of bytes that are not the
    /// key's (or not the named material); <see cref="InvalidKeyState"/>
    /// (<see cref="InvalidStateReason.KeyMaterialPendingRotation"/>) for new material while other new material waits for
    /// its rotation. AWS documents the exception types and no texts for the last three; the texts are the project's.
    /// </para>
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="import"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The material ID is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The expiration model or import type is not a defined value.</exception>
    /// <remarks>
    /// The domain does not see the bytes: the host checks the import token, unwraps the material, checks that it fits
    /// the key spec and computes its ID first. See
    /// <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_ImportKeyMaterial.html">ImportKeyMaterial</see>.
    /// </remarks>
    public static OneOf<KmsKey, ValidationFailed, InvalidKeyState, UnsupportedOperation, IncorrectKeyMaterial> ImportKeyMaterial(
        KmsKey key, KeyMaterialImport import, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(import);
        if (import.MaterialId == default)
        {
            throw new ArgumentException("The material ID is the default value, which is not a key material ID.", nameof(import));
        }

        if (!CheckImport(key, import, now).TryPickT0(out _, out var refused))
        {
            return refused.Match<OneOf<KmsKey, ValidationFailed, InvalidKeyState, UnsupportedOperation, IncorrectKeyMaterial>>(
                invalid => invalid, invalidState => invalidState, unsupported => unsupported);
        }

        var materials = key.ImportedMaterials;
        var known = materials.Find(import.MaterialId);
        var expiry = import.ExpirationModel == ExpirationModel.KeyMaterialExpires ? import.ValidTo : null;
        if (TypeOf(key, import) == ImportType.NewKeyMaterial)
        {
            if (known is not null)
            {
                return IncorrectKeyMaterial.Instance;
            }

            if (materials.PendingRotation is not null)
            {
                return new InvalidKeyState(key.Arn, key.State, KmsOperation.ImportKeyMaterial, InvalidStateReason.KeyMaterialPendingRotation);
            }

            var added = new ImportedKeyMaterial(import.MaterialId, ImportState.Imported, import.ExpirationModel, expiry, import.Description, PendingRotation: materials.Count > 0);
            return WithMaterials(key, materials.With(added));
        }

        if (known is null || (import.RequestedMaterialId is { } requested && requested != import.MaterialId))
        {
            return IncorrectKeyMaterial.Instance;
        }

        return WithMaterials(key, materials.With(known with
        {
            ImportState = ImportState.Imported,
            ExpirationModel = import.ExpirationModel,
            ValidTo = expiry,
            Description = import.Description ?? known.Description,
        }));
    }

    /// <summary>The checks of <c>ImportKeyMaterial</c> that need only the request, not the bytes: the expiry, the key-state table's row, and the import options.</summary>
    /// <param name="key">The key the request names.</param>
    /// <param name="import">The request; its <see cref="KeyMaterialImport.MaterialId"/> is not read, so a host may check before it unwraps the bytes.</param>
    /// <param name="now">The time of the request.</param>
    /// <returns>
    /// <see cref="Permitted"/>, or the first refusal of <see cref="ImportKeyMaterial"/> among these, in its order, so that a
    /// host checks them before it reads the import token and unwraps the bytes, whose ID the transition needs.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="import"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The expiration model or import type is not a defined value.</exception>
    public static OneOf<Permitted, ValidationFailed, InvalidKeyState, UnsupportedOperation> CheckImport(KmsKey key, KeyMaterialImport import, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(import);
        if (import.ImportType is { } named && named is not (ImportType.NewKeyMaterial or ImportType.ExistingKeyMaterial))
        {
            throw new ArgumentOutOfRangeException(nameof(import), named, "Not a defined ImportType value.");
        }

        if (ValidateExpiry(import.ExpirationModel, import.ValidTo, now) is { } invalid)
        {
            return invalid;
        }

        var row = KeyStateRules.CheckStateAndOrigin(KmsOperation.ImportKeyMaterial, key);
        if (!row.TryPickT0(out var permitted, out var refused))
        {
            return refused.Match<OneOf<Permitted, ValidationFailed, InvalidKeyState, UnsupportedOperation>>(invalidState => invalidState, unsupported => unsupported);
        }

        if (key.KeySpec != KeySpec.SymmetricDefault && (import.ImportType is not null || import.RequestedMaterialId is not null || import.Description is not null))
        {
            return ImportValidation.SymmetricOnly;
        }

        return TypeOf(key, import) == ImportType.NewKeyMaterial && import.RequestedMaterialId is not null
            ? ImportValidation.MaterialIdWithNewMaterial
            : permitted;
    }

    // "If no key material has ever been imported into the KMS key, and this parameter is omitted, the parameter defaults
    // to NEW_KEY_MATERIAL. After the first key material is imported, if this parameter is omitted then the parameter
    // defaults to EXISTING_KEY_MATERIAL." (ImportKeyMaterialRequest.ImportType)
    private static ImportType TypeOf(KmsKey key, KeyMaterialImport import) =>
        import.ImportType ?? (key.ImportedMaterials.Count == 0 ? ImportType.NewKeyMaterial : ImportType.ExistingKeyMaterial);

    /// <summary>Deletes a key's current imported material, as <c>DeleteImportedKeyMaterial</c> without <c>KeyMaterialId</c> does.</summary>
    /// <param name="key">A key with origin <c>EXTERNAL</c>.</param>
    /// <returns>As <see cref="DeleteImportedKeyMaterial(KmsKey, KeyMaterialId?)"/> for the current material.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public static OneOf<KmsKey, ValidationFailed, InvalidKeyState, UnsupportedOperation> DeleteImportedKeyMaterial(KmsKey key) =>
        DeleteImportedKeyMaterial(key, null);

    /// <summary>Deletes one of a key's imported materials, as <c>DeleteImportedKeyMaterial</c> does.</summary>
    /// <param name="key">A key with origin <c>EXTERNAL</c>.</param>
    /// <param name="keyMaterialId">The material to delete; <see langword="null"/> for the current one (<see cref="KmsKey.CurrentImportedMaterialId"/>).</param>
    /// <returns>
    /// The key without that material's bytes. Deleting a material that is part of the key makes an enabled or disabled
    /// key <see cref="KeyState.PendingImport"/> (a key pending deletion stays pending deletion), and the material stays
    /// listed as <see cref="ImportState.PendingImport"/> until the same bytes are imported again. Deleting the material
    /// that waits for rotation forgets it and leaves the key's state alone. A key without material, or a material
    /// already deleted, is returned as it is. <see cref="UnsupportedOperation"/> for a key that cannot have imported
    /// material; <see cref="InvalidKeyState"/> for a key creating or updating; <see cref="ValidationFailed"/> for a
    /// <paramref name="keyMaterialId"/> with a key that is not a symmetric encryption key, or one the key does not have
    /// (the texts are the project's).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_DeleteImportedKeyMaterial.html">DeleteImportedKeyMaterial</see>.</remarks>
    public static OneOf<KmsKey, ValidationFailed, InvalidKeyState, UnsupportedOperation> DeleteImportedKeyMaterial(KmsKey key, KeyMaterialId? keyMaterialId)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (KeyStateRules.CheckStateAndOrigin(KmsOperation.DeleteImportedKeyMaterial, key).TryPickT1(out var invalidState, out var rest))
        {
            return invalidState;
        }

        if (rest.TryPickT1(out var unsupported, out _))
        {
            return unsupported;
        }

        if (keyMaterialId is { } named)
        {
            if (key.KeySpec != KeySpec.SymmetricDefault)
            {
                return ImportValidation.SymmetricOnly;
            }

            if (key.ImportedMaterials.Find(named) is null)
            {
                return ImportValidation.NoSuchMaterial(named, key.Arn);
            }
        }

        return (keyMaterialId ?? key.CurrentImportedMaterialId) is { } target ? WithoutMaterial(key, target) : key;
    }

    /// <summary>Expires a key's imported materials whose <see cref="ImportedKeyMaterial.ValidTo"/> has passed, as the service does on its own.</summary>
    /// <param name="key">The key.</param>
    /// <param name="now">The time to judge by.</param>
    /// <returns>The key with each expired material deleted (see <see cref="DeleteImportedKeyMaterial(KmsKey, KeyMaterialId?)"/>); the same instance when none has expired.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public static KmsKey ExpireKeyMaterial(KmsKey key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        var next = key;
        foreach (var material in key.ImportedMaterials)
        {
            if (material is { ImportState: ImportState.Imported, ExpirationModel: ExpirationModel.KeyMaterialExpires } && material.ValidTo <= now)
            {
                next = WithoutMaterial(next, material.KeyMaterialId);
            }
        }

        return next;
    }

    // Deletes one material's bytes: a material pending rotation is forgotten; any other stays, pending import.
    private static KmsKey WithoutMaterial(KmsKey key, KeyMaterialId keyMaterialId)
    {
        var material = key.ImportedMaterials.Find(keyMaterialId);
        return material switch
        {
            null or { ImportState: ImportState.PendingImport } => key,
            { PendingRotation: true } => WithMaterials(key, key.ImportedMaterials.Without(keyMaterialId)),
            _ => WithMaterials(key, key.ImportedMaterials.With(material with { ImportState = ImportState.PendingImport, ExpirationModel = null, ValidTo = null })),
        };
    }

    // The key's own material fields follow from its materials: usable while every material that is part of it is
    // imported, expiring at the earliest expiry among them.
    private static KmsKey WithMaterials(KmsKey key, ImportedKeyMaterials materials)
    {
        var (hasMaterial, model, validTo) = MaterialFacts(materials);
        return key with
        {
            ImportedMaterials = materials,
            HasKeyMaterial = hasMaterial,
            ExpirationModel = model,
            ValidTo = validTo,
            State = (key.State, hasMaterial) switch
            {
                (KeyState.PendingImport, true) => KeyState.Enabled,
                (KeyState.Enabled or KeyState.Disabled, false) => KeyState.PendingImport,
                _ => key.State,
            },
        };
    }

    // What a key with these imported materials reports: whether it has material, and the earliest expiry among them.
    internal static (bool HasKeyMaterial, ExpirationModel? ExpirationModel, DateTimeOffset? ValidTo) MaterialFacts(ImportedKeyMaterials materials)
    {
        if (!materials.AreAllImported)
        {
            return (false, null, null);
        }

        var model = ExpirationModel.KeyMaterialDoesNotExpire;
        DateTimeOffset? validTo = null;
        foreach (var material in materials)
        {
            if (!material.PendingRotation && material.ValidTo is { } expiry)
            {
                model = ExpirationModel.KeyMaterialExpires;
                validTo = validTo is { } earliest && earliest <= expiry ? earliest : expiry;
            }
        }

        return (true, model, validTo);
    }

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
