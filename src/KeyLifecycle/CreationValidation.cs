using KeyLifecycle.Errors;

namespace KeyLifecycle;

/// <summary>The <c>CreateKey</c> refusals that are not model constraints, with their texts.</summary>
/// <remarks>
/// The service's texts for these are not recorded; the wording follows the one KMS emulators share
/// (<c>KeyUsage X is not compatible with KeySpec Y</c>) and the service's own style elsewhere.
/// </remarks>
internal static class CreationValidation
{
    public static ValidationFailed Sm2OutsideChina { get; } =
        new("KeySpec SM2 is supported only in the AWS China Regions");

    public static ValidationFailed IncompatibleUsage(KeyUsage usage, KeySpec spec) =>
        new($"KeyUsage {usage.ToWireName()} is not compatible with KeySpec {spec.ToWireName()}");

    public static ValidationFailed? CheckKeyStore(KeyCreationRequest request)
    {
        var inKeyStore = request.Origin is KeyOrigin.AwsCloudHsm or KeyOrigin.ExternalKeyStore;
        if (inKeyStore && string.IsNullOrEmpty(request.CustomKeyStoreId))
        {
            return new ValidationFailed($"Origin {request.Origin.ToWireName()} requires a CustomKeyStoreId");
        }

        if (!inKeyStore && request.CustomKeyStoreId is not null)
        {
            return new ValidationFailed($"CustomKeyStoreId cannot be used with Origin {request.Origin.ToWireName()}");
        }

        if (inKeyStore && request.KeySpec != KeySpec.SymmetricDefault)
        {
            return new ValidationFailed($"KeySpec {request.KeySpec.ToWireName()} is not supported in a custom key store");
        }

        if (inKeyStore && request.MultiRegion)
        {
            return new ValidationFailed("Multi-Region keys cannot be created in a custom key store");
        }

        return null;
    }
}
