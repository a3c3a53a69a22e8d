using System;
using System.Collections.Generic;
using System.Globalization;
using KeyLifecycle.Errors;

namespace KeyLifecycle;

/// <summary>The service's limits on tags: reserved <c>aws:</c> keys, key and value lengths, and 50 tags per key.</summary>
/// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html">Tagging keys</see>.</remarks>
internal static class TagRules
{
    public const int MaxTagKeyLength = 128;
    public const int MaxTagValueLength = 256;
    public const int MaxTagsPerKey = 50;

    public static TagRejected? Check(IReadOnlyList<KeyTag> tags, KeyTagCollection existing)
    {
        var added = 0;
        foreach (var tag in tags)
        {
            if (CheckKey(tag.TagKey) is { } rejected)
            {
                return rejected;
            }

            if (tag.TagValue is null || tag.TagValue.Length > MaxTagValueLength)
            {
                return new TagRejected(string.Create(CultureInfo.InvariantCulture,
                    $"Tag value for key '{tag.TagKey}' must be at most {MaxTagValueLength} characters"));
            }

            if (!existing.ContainsKey(tag.TagKey))
            {
                added++;
            }
        }

        return existing.Count + added > MaxTagsPerKey
            ? new TagRejected(string.Create(CultureInfo.InvariantCulture, $"A key can have at most {MaxTagsPerKey} tags"))
            : null;
    }

    public static TagRejected? CheckKeys(IReadOnlyList<string> tagKeys)
    {
        foreach (var tagKey in tagKeys)
        {
            if (CheckKey(tagKey) is { } rejected)
            {
                return rejected;
            }
        }

        return null;
    }

    private static TagRejected? CheckKey(string? tagKey) =>
        tagKey is null || tagKey.Length == 0 || tagKey.Length > MaxTagKeyLength
            ? new TagRejected(string.Create(CultureInfo.InvariantCulture, $"Tag keys must be between 1 and {MaxTagKeyLength} characters"))
        : tagKey.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)
            ? new TagRejected("Tags beginning with aws: are reserved")
        : null;
}
