using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>EnableKeyRotation</c>.</summary>
internal sealed class EnableKeyRotationRequest : IKmsRequest
{
    public string? KeyId { get; init; }

    public int? RotationPeriodInDays { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Range("rotationPeriodInDays", RotationPeriodInDays, Shapes.RotationPeriodMin, Shapes.RotationPeriodMax)
        .Result;
}
