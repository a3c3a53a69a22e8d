using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>DeleteImportedKeyMaterial</c>.</summary>
internal sealed class DeleteImportedKeyMaterialRequest : IKmsRequest
{
    public string? KeyId { get; init; }

    public string? KeyMaterialId { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Length("keyMaterialId", KeyMaterialId, 64, 64)
        .Pattern("keyMaterialId", KeyMaterialId, Shapes.KeyMaterialId(), Shapes.KeyMaterialIdPattern)
        .Result;
}
