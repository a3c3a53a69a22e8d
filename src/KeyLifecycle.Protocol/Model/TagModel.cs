using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The <c>Tag</c> shape: a tag key and value.</summary>
internal sealed class TagModel
{
    public string? TagKey { get; init; }

    public string? TagValue { get; init; }

    /// <summary>
    /// The tags as the domain takes them: none for an absent list, or <see langword="null"/> when a tag, its key or its
    /// value is missing, which <see cref="ModelValidator.Tags"/> reports.
    /// </summary>
    public static IReadOnlyList<KeyTag>? ToKeyTags(IReadOnlyList<TagModel?>? tags)
    {
        if (tags is null)
        {
            return [];
        }

        var keyTags = new List<KeyTag>(tags.Count);
        foreach (var tag in tags)
        {
            if (tag is not { TagKey: { } tagKey, TagValue: { } tagValue })
            {
                return null;
            }

            keyTags.Add(new KeyTag(tagKey, tagValue));
        }

        return keyTags;
    }
}
