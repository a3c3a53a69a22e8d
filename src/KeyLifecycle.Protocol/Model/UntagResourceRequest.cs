using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>UntagResource</c>.</summary>
internal sealed class UntagResourceRequest : IValidatedKmsRequest<ValidUntagResourceRequest>
{
    public string? KeyId { get; init; }

    public List<string?>? TagKeys { get; init; }

    public KmsOutcome<ValidUntagResourceRequest> Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("tagKeys", TagKeys).Strings("tagKeys", TagKeys, 1, 128)
        .Valid<ValidUntagResourceRequest>(KeyId is { } keyId && TagKeys is { } tagKeyModels && ModelValidator.AllPresent(tagKeyModels) is { } tagKeys
            ? new ValidUntagResourceRequest(keyId, tagKeys)
            : null);
}
