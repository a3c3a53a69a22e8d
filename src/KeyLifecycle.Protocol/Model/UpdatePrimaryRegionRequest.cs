using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>UpdatePrimaryRegion</c>.</summary>
internal sealed class UpdatePrimaryRegionRequest : IKmsRequest
{
    public string? KeyId { get; init; }

    public string? PrimaryRegion { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("primaryRegion", PrimaryRegion).Length("primaryRegion", PrimaryRegion, Shapes.RegionMin, Shapes.RegionMax)
        .Pattern("primaryRegion", PrimaryRegion, Shapes.Region(), Shapes.RegionPattern)
        .Result;
}
