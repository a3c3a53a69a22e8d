using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>UpdateKeyDescription</c>.</summary>
internal sealed class UpdateKeyDescriptionRequest : IKmsRequest
{
    public string? KeyId { get; init; }

    public string? Description { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("description", Description).Length("description", Description, 0, Shapes.DescriptionMax)
        .Result;
}
