using System.Linq;
using KeyLifecycle.Protocol.Model;
using KeyLifecycle.Protocol.Pipeline;

namespace KeyLifecycle.Protocol.Operations;

/// <summary><c>UpdateKeyDescription</c>, <c>TagResource</c>, <c>UntagResource</c> and <c>ListResourceTags</c>.</summary>
internal static class MetadataOperations
{
    private const int DefaultTagLimit = 50;

    public static KmsResult UpdateKeyDescription(ValidUpdateKeyDescriptionRequest request, KmsRequestContext context) =>
        context.Update(
            request.KeyId,
            KmsOperation.UpdateKeyDescription,
            key => KeyTransitions.UpdateKeyDescription(key, request.Description).ToOutcome(),
            _ => KmsResult.Empty);

    public static KmsResult TagResource(ValidTagResourceRequest request, KmsRequestContext context) =>
        context.Update(request.KeyId, KmsOperation.TagResource, key => KeyTransitions.TagResource(key, request.Tags).ToOutcome(), _ => KmsResult.Empty,
            policy => RequestConditions.WithTags(policy, request.Tags));

    public static KmsResult UntagResource(ValidUntagResourceRequest request, KmsRequestContext context) =>
        context.Update(request.KeyId, KmsOperation.UntagResource, key => KeyTransitions.UntagResource(key, request.TagKeys).ToOutcome(), _ => KmsResult.Empty,
            policy => request.TagKeys.Count == 0 ? policy : policy.WithValues("aws:TagKeys", request.TagKeys));

    public static KmsResult ListResourceTags(ListResourceTagsRequest request, KmsRequestContext context)
    {
        if (!Paging.TryReadMarker(request.Marker, out var after))
        {
            return KmsResult.Error(InvalidMarker.Instance);
        }

        return context.Read(request.KeyId, KmsOperation.ListResourceTags, key =>
        {
            var page = Paging.Page([.. key.Tags], tag => tag.TagKey, after, request.Limit ?? DefaultTagLimit);
            return KmsResult.Json(
                new ListResourceTagsResponse
                {
                    Tags = [.. page.Items.Select(tag => new TagModel { TagKey = tag.TagKey, TagValue = tag.TagValue })],
                    NextMarker = page.NextMarker,
                    Truncated = page.NextMarker is not null,
                },
                KmsJsonContext.Default.ListResourceTagsResponse);
        });
    }
}
