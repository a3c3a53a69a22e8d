using System.Collections.Generic;
using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>UntagResource</c>.</summary>
internal sealed class UntagResourceRequest : IKmsRequest
{
    public string? KeyId { get; init; }

    public List<string?>? TagKeys { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("tagKeys", TagKeys).Strings("tagKeys", TagKeys, 1, 128)
        .Result;
}
