using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>ListResourceTags</c>.</summary>
internal sealed class ListResourceTagsRequest : ListRequest
{
    public string? KeyId { get; init; }

    public override ValidationFailed? Validate() => Paging(new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax))
        .Result;
}
