
namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>UpdatePrimaryRegion</c>.</summary>
internal sealed class UpdatePrimaryRegionRequest : IValidatedKmsRequest<ValidUpdatePrimaryRegionRequest>
{
    public string? KeyId { get; init; }

    public string? PrimaryRegion { get; init; }

    public KmsOutcome<ValidUpdatePrimaryRegionRequest> Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("primaryRegion", PrimaryRegion).Length("primaryRegion", PrimaryRegion, Shapes.RegionMin, Shapes.RegionMax)
        .Pattern("primaryRegion", PrimaryRegion, Shapes.Region(), Shapes.RegionPattern)
        .Valid<ValidUpdatePrimaryRegionRequest>(KeyId is { } keyId && PrimaryRegion is { } primaryRegion
            ? new ValidUpdatePrimaryRegionRequest(keyId, primaryRegion)
            : null);
}
