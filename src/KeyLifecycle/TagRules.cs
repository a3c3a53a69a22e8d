using System;
using System.Collections.Generic;
using System.Globalization;
using KeyLifecycle.Errors;
using OneOf;

namespace KeyLifecycle;

/// <summary>The service's limits on tags, in its order: the model's lengths first (<c>ValidationException</c>), then duplicates, count and reserved keys (<c>TagException</c>).</summary>
/// <remarks>
/// Recorded: <c>Tags beginning with aws: are reserved</c> (either case), <c>Too many tags</c> (51 tags in one request),
/// <c>Duplicate tag keys</c>, and the length texts at <c>tags.1.member.tagKey</c> and <c>tags.1.member.tagValue</c>.
/// See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html">Tagging keys</see>.
/// </remarks>
internal static class TagRules
{
    public const int MaxTagKeyLength = KeyTag.MaxKeyLength;
    public const int MaxTagValueLength = KeyTag.MaxValueLength;
    public const int MaxTagsPerKey = 50;

    public static OneOf<ValidationFailed, TagRejected>? Check(IReadOnlyList<KeyTag> tags, KeyTagCollection existing)
    {
        var violations = new List<ConstraintViolation>();
        for (var i = 0; i < tags.Count; i++)
        {
            var member = "tags." + (i + 1).ToString(CultureInfo.InvariantCulture) + ".member.";
            var (tagKey, tagValue) = (tags[i].TagKey ?? string.Empty, tags[i].TagValue ?? string.Empty);
            if (tagKey.Length == 0)
            {
                violations.Add(ConstraintViolation.LengthBelow(member + "tagKey", tagKey, 1));
            }
            else if (tagKey.Length > MaxTagKeyLength)
            {
                violations.Add(ConstraintViolation.LengthAbove(member + "tagKey", tagKey, MaxTagKeyLength));
            }

            if (tagValue.Length > MaxTagValueLength)
            {
                violations.Add(ConstraintViolation.LengthAbove(member + "tagValue", tagValue, MaxTagValueLength));
            }
        }

        if (violations.Count > 0)
        {
            return ValidationFailed.ForViolations(violations);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var added = 0;
        foreach (var tag in tags)
        {
            if (!seen.Add(tag.TagKey))
            {
                return new TagRejected("Duplicate tag keys");
            }

            if (!existing.ContainsKey(tag.TagKey))
            {
                added++;
            }
        }

        if (existing.Count + added > MaxTagsPerKey)
        {
            return new TagRejected("Too many tags");
        }

        foreach (var tag in tags)
        {
            if (IsReserved(tag.TagKey))
            {
                return Reserved;
            }
        }

        return null;
    }

    public static OneOf<ValidationFailed, TagRejected>? CheckKeys(IReadOnlyList<string> tagKeys)
    {
        var violations = new List<ConstraintViolation>();
        for (var i = 0; i < tagKeys.Count; i++)
        {
            var member = "tagKeys." + (i + 1).ToString(CultureInfo.InvariantCulture) + ".member";
            var tagKey = tagKeys[i] ?? string.Empty;
            if (tagKey.Length == 0)
            {
                violations.Add(ConstraintViolation.LengthBelow(member, tagKey, 1));
            }
            else if (tagKey.Length > MaxTagKeyLength)
            {
                violations.Add(ConstraintViolation.LengthAbove(member, tagKey, MaxTagKeyLength));
            }
        }

        if (violations.Count > 0)
        {
            return ValidationFailed.ForViolations(violations);
        }

        foreach (var tagKey in tagKeys)
        {
            if (IsReserved(tagKey))
            {
                return Reserved;
            }
        }

        return null;
    }

    private static TagRejected Reserved { get; } = new("Tags beginning with aws: are reserved");

    private static bool IsReserved(string tagKey) => tagKey.StartsWith("aws:", StringComparison.OrdinalIgnoreCase);
}
