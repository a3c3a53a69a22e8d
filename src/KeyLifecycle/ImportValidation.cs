using KeyLifecycle.Errors;

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
}
