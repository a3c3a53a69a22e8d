using System.Collections.Generic;
using System.Linq;
using KeyLifecycle.Protocol.Model;
using KeyLifecycle.Protocol.Pipeline;

namespace KeyLifecycle.Protocol.Operations;

/// <summary><c>UpdateKeyDescription</c>, <c>TagResource</c>, <c>UntagResource</c> and <c>ListResourceTags</c>.</summary>
internal static class MetadataOperations
{
    private const int DefaultTagLimit = 50;

    public static KmsResult UpdateKeyDescription(UpdateKeyDescriptionRequest request, KmsRequestContext context) =>
        context.Update(
            request.KeyId,
            KmsOperation.UpdateKeyDescription,
            key => KeyTransitions.UpdateKeyDescription(key, request.Description!).ToOutcome(),
            _ => KmsResult.Empty);

    public static KmsResult TagResource(TagResourceRequest request, KmsRequestContext context)
    {
        var tags = ToKeyTags(request.Tags!);
        return context.Update(request.KeyId, KmsOperation.TagResource, key => KeyTransitions.TagResource(key, tags).ToOutcome(), _ => KmsResult.Empty);
    }

    public static KmsResult UntagResource(UntagResourceRequest request, KmsRequestContext context)
    {
        IReadOnlyList<string> tagKeys = [.. request.TagKeys!.Select(tagKey => tagKey!)];
        return context.Update(request.KeyId, KmsOperation.UntagResource, key => KeyTransitions.UntagResource(key, tagKeys).ToOutcome(), _ => KmsResult.Empty);
    }

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

    /// <summary>The request's tags as the domain takes them; model validation has made sure every member is present.</summary>
    public static IReadOnlyList<KeyTag> ToKeyTags(IEnumerable<TagModel?>? tags) =>
        tags is null ? [] : [.. tags.Select(tag => new KeyTag(tag!.TagKey!, tag.TagValue!))];
}
