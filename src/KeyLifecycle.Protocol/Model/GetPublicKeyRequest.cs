using KeyLifecycle.Errors;
using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>GetPublicKey</c>.</summary>
internal sealed class GetPublicKeyRequest : IKmsRequest
{
    public string? KeyId { get; init; }

    public IReadOnlyList<string?>? GrantTokens { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .GrantTokens(GrantTokens)
        .Result;
}
