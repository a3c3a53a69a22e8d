namespace KeyLifecycle;

/// <summary>A tag on a KMS key: a key and a value, as <c>TagResource</c> and <c>ListResourceTags</c> carry them.</summary>
/// <param name="TagKey">The tag's key: 1 to 128 characters, case-sensitive, not starting with <c>aws:</c>.</param>
/// <param name="TagValue">The tag's value: 0 to 256 characters; may be empty.</param>
/// <remarks>A tag is checked when it is applied (<see cref="KeyTransitions.TagResource"/>), not when it is constructed.</remarks>
public readonly record struct KeyTag(string TagKey, string TagValue)
{
    /// <summary>The longest tag key the KMS API model allows (<c>TagKeyType</c>, 1..128).</summary>
    public const int MaxKeyLength = 128;

    /// <summary>The longest tag value the KMS API model allows (<c>TagValueType</c>, 0..256).</summary>
    public const int MaxValueLength = 256;
}
