using System;
using System.Collections.Generic;
using KeyLifecycle.Errors;
using OneOf;

namespace KeyLifecycle;

public static partial class KeyTransitions
{
    /// <summary>The longest description the KMS API model allows.</summary>
    public const int MaxDescriptionLength = 8192;

    /// <summary>Replaces a key's description, as <c>UpdateKeyDescription</c> does.</summary>
    /// <param name="key">The key.</param>
    /// <param name="description">The new description, 0 to 8192 characters.</param>
    /// <returns>
    /// The key with the description (the same instance if it is unchanged); <see cref="ValidationFailed"/> for a description
    /// over 8192 characters; <see cref="InvalidKeyState"/> for a key pending deletion.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdateKeyDescription.html">UpdateKeyDescription</see>.</remarks>
    public static OneOf<KmsKey, ValidationFailed, InvalidKeyState> UpdateKeyDescription(KmsKey key, string description)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(description);
        if (description.Length > MaxDescriptionLength)
        {
            return ValidationFailed.LengthAbove("description", description, MaxDescriptionLength);
        }

        return KeyStateRules.CheckState(KmsOperation.UpdateKeyDescription, key).Match<OneOf<KmsKey, ValidationFailed, InvalidKeyState>>(
            _ => string.Equals(key.Description, description, StringComparison.Ordinal) ? key : key with { Description = description },
            invalidState => invalidState);
    }

    /// <summary>Adds tags to a key or replaces their values, as <c>TagResource</c> does.</summary>
    /// <param name="key">The key.</param>
    /// <param name="tags">The tags; a tag whose key the key already has replaces its value.</param>
    /// <returns>
    /// The key with the tags; <see cref="ValidationFailed"/> for a tag key or value too long (the model's constraints);
    /// <see cref="TagRejected"/> for duplicate keys in the request, more than 50 tags on the key, or a reserved <c>aws:</c>
    /// key; <see cref="InvalidKeyState"/> for a key pending deletion.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_TagResource.html">TagResource</see>.</remarks>
    public static OneOf<KmsKey, ValidationFailed, TagRejected, InvalidKeyState> TagResource(KmsKey key, IReadOnlyList<KeyTag> tags)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(tags);
        if (TagRules.Check(tags, key.Tags) is { } rejected)
        {
            return rejected.Match<OneOf<KmsKey, ValidationFailed, TagRejected, InvalidKeyState>>(invalid => invalid, tag => tag);
        }

        return KeyStateRules.CheckState(KmsOperation.TagResource, key).Match<OneOf<KmsKey, ValidationFailed, TagRejected, InvalidKeyState>>(
            _ => key with { Tags = key.Tags.SetItems(tags) },
            invalidState => invalidState);
    }

    /// <summary>Removes tags from a key, as <c>UntagResource</c> does.</summary>
    /// <param name="key">The key.</param>
    /// <param name="tagKeys">The keys of the tags to remove; keys the key does not have are ignored.</param>
    /// <returns>The key without the tags; <see cref="ValidationFailed"/> for a tag key of the wrong length; <see cref="TagRejected"/> for a reserved <c>aws:</c> key; <see cref="InvalidKeyState"/> for a key pending deletion.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_UntagResource.html">UntagResource</see>.</remarks>
    public static OneOf<KmsKey, ValidationFailed, TagRejected, InvalidKeyState> UntagResource(KmsKey key, IReadOnlyList<string> tagKeys)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(tagKeys);
        if (TagRules.CheckKeys(tagKeys) is { } rejected)
        {
            return rejected.Match<OneOf<KmsKey, ValidationFailed, TagRejected, InvalidKeyState>>(invalid => invalid, tag => tag);
        }

        return KeyStateRules.CheckState(KmsOperation.UntagResource, key).Match<OneOf<KmsKey, ValidationFailed, TagRejected, InvalidKeyState>>(
            _ => key with { Tags = key.Tags.RemoveKeys(tagKeys) },
            invalidState => invalidState);
    }
}
