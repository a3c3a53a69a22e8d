using System;

namespace KeyLifecycle;

/// <summary>One material of a key with origin <c>EXTERNAL</c>, as <c>ListKeyRotations</c> reports it: its ID, whether its bytes are in KMS, and their expiry.</summary>
/// <param name="KeyMaterialId">The material's ID, which the host computes from the key ID and the bytes, so the same bytes imported again have the same ID.</param>
/// <param name="ImportState">Whether the bytes are imported now, or were deleted or expired.</param>
/// <param name="ExpirationModel">Whether the imported bytes expire; <see langword="null"/> while they are not imported.</param>
/// <param name="ValidTo">When the imported bytes expire; <see langword="null"/> unless <paramref name="ExpirationModel"/> is <see cref="KeyLifecycle.ExpirationModel.KeyMaterialExpires"/>.</param>
/// <param name="Description">The <c>KeyMaterialDescription</c> given at import, or <see langword="null"/>.</param>
/// <param name="PendingRotation">
/// Whether the material was imported as <see cref="ImportType.NewKeyMaterial"/> into a key that had material and waits
/// for <c>RotateKeyOnDemand</c> to make it current. Such material is not yet part of the key: deleting or expiring it
/// leaves the key's state alone and forgets it.
/// </param>
/// <remarks>
/// The bytes are not here: the host's store keeps them next to the key. See
/// <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_RotationsListEntry.html">RotationsListEntry</see>.
/// </remarks>
public sealed record ImportedKeyMaterial(
    KeyMaterialId KeyMaterialId,
    ImportState ImportState,
    ExpirationModel? ExpirationModel,
    DateTimeOffset? ValidTo,
    string? Description,
    bool PendingRotation);
