using KeyLifecycle.Errors;
using OneOf;

namespace KeyLifecycle;

/// <summary>The <c>CreateKey</c> refusals that are not model constraints, with their texts.</summary>
/// <remarks>
/// Recorded: a missing key usage for a key that is not a symmetric encryption key, and <c>KeyUsage X is not compatible
/// with KeySpec Y</c>. Observed: the symmetric-key sentence and the SM2 Region refusal. The custom key store texts are
/// the project's: the service's are not recorded.
/// </remarks>
internal static class CreationValidation
{
    public static ValidationFailed KeyUsageRequired { get; } =
        new("You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.");

    public static UnsupportedOperation Sm2OutsideChina { get; } =
        UnsupportedOperation.ForCreateKey(KeyOrigin.AwsKms, KeySpec.Sm2, UnsupportedReason.KeySpecInRegion);

    public static ValidationFailed IncompatibleUsage(KeyUsage usage, KeySpec spec) => spec == KeySpec.SymmetricDefault
        ? new($"The operation failed because the KeyUsage value of the CMK is {usage.ToWireName()}. To perform this operation, the KeyUsage value must be ENCRYPT_DECRYPT.")
        : new($"KeyUsage {usage.ToWireName()} is not compatible with KeySpec {spec.ToWireName()}");

    public static OneOf<ValidationFailed, UnsupportedOperation>? CheckKeyStore(KeyCreationRequest request)
    {
        var inKeyStore = request.Origin is KeyOrigin.AwsCloudHsm or KeyOrigin.ExternalKeyStore;
        if (inKeyStore && string.IsNullOrEmpty(request.CustomKeyStoreId))
        {
            return new ValidationFailed($"CustomKeyStoreId is required when Origin is {request.Origin.ToWireName()}.");
        }

        if (!inKeyStore && request.CustomKeyStoreId is not null)
        {
            return UnsupportedOperation.ForCreateKey(request.Origin, request.KeySpec, UnsupportedReason.OriginWithoutKeyStore);
        }

        if (inKeyStore && request.MultiRegion)
        {
            return UnsupportedOperation.ForCreateKey(request.Origin, request.KeySpec, UnsupportedReason.MultiRegionInKeyStore);
        }

        if (inKeyStore && request.KeySpec != KeySpec.SymmetricDefault)
        {
            return UnsupportedOperation.ForCreateKey(request.Origin, request.KeySpec, UnsupportedReason.KeySpecInKeyStore);
        }

        return null;
    }
}
