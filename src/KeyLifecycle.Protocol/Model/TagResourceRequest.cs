using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>TagResource</c>.</summary>
internal sealed class TagResourceRequest : IValidatedKmsRequest<ValidTagResourceRequest>
{
    public string? KeyId { get; init; }

    public List<TagModel?>? Tags { get; init; }

    public KmsOutcome<ValidTagResourceRequest> Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("tags", Tags).Tags("tags", Tags)
        .Valid<ValidTagResourceRequest>(KeyId is { } keyId && Tags is { } tagModels && TagModel.ToKeyTags(tagModels) is { } tags
            ? new ValidTagResourceRequest(keyId, tags)
            : null);
}
