using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of the operations that take only a <c>KeyId</c>: <c>EnableKey</c>, <c>DisableKey</c>, <c>CancelKeyDeletion</c>, <c>DisableKeyRotation</c>, <c>GetKeyRotationStatus</c>, <c>RotateKeyOnDemand</c>, <c>DeleteImportedKeyMaterial</c>.</summary>
internal sealed class KeyIdRequest : IKmsRequest
{
    public string? KeyId { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Result;
}
