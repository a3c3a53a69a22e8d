using System.Collections.Generic;
using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>TagResource</c>.</summary>
internal sealed class TagResourceRequest : IKmsRequest
{
    public string? KeyId { get; init; }

    public List<TagModel?>? Tags { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("tags", Tags).Tags("tags", Tags)
        .Result;
}
