using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle;

/// <summary>The <c>ImportKeyMaterial</c> refusals of an expiry that does not fit the expiration model, with their texts.</summary>
internal static class ImportValidation
{
    public static ValidationFailed ValidToRequired { get; } =
        new("A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES");

    public static ValidationFailed ValidToNotAllowed { get; } =
        new("A validTo date must not be set if the ExpirationModel is KEY_MATERIAL_DOES_NOT_EXPIRE");

    public static ValidationFailed ValidToInThePast { get; } =
        new("The validTo date must be in the future");

    // The rule is AWS's ("only usable with symmetric encryption keys", ImportKeyMaterialRequest in the KMS API model);
    // its text is not recorded, so these are the project's.
    public static ValidationFailed SymmetricOnly { get; } =
        new("ImportType, KeyMaterialId and KeyMaterialDescription are supported only with symmetric encryption KMS keys.");

    public static ValidationFailed MaterialIdWithNewMaterial { get; } =
        new("KeyMaterialId cannot be specified when ImportType is NEW_KEY_MATERIAL.");

    public static ValidationFailed NoSuchMaterial(KeyMaterialId keyMaterialId, KeyArn keyArn) =>
        new($"Key material {keyMaterialId} is not associated with {keyArn}.");
}
