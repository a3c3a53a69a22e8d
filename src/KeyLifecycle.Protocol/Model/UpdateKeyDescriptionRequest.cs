
namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>UpdateKeyDescription</c>.</summary>
internal sealed class UpdateKeyDescriptionRequest : IValidatedKmsRequest<ValidUpdateKeyDescriptionRequest>
{
    public string? KeyId { get; init; }

    public string? Description { get; init; }

    public KmsOutcome<ValidUpdateKeyDescriptionRequest> Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("description", Description).Length("description", Description, 0, Shapes.DescriptionMax)
        .Valid<ValidUpdateKeyDescriptionRequest>(KeyId is { } keyId && Description is { } description
            ? new ValidUpdateKeyDescriptionRequest(keyId, description)
            : null);
}
