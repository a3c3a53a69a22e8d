using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace KeyLifecycle;

/// <summary>The tags on a key, ordered by tag key (ordinal), with value equality.</summary>
/// <remarks>Immutable and thread-safe. Two instances are equal when they hold the same keys with the same values.</remarks>
public sealed class KeyTagCollection : IReadOnlyCollection<KeyTag>, IEquatable<KeyTagCollection>
{
    private readonly ImmutableSortedDictionary<string, string> _tags;

    private KeyTagCollection(ImmutableSortedDictionary<string, string> tags) => _tags = tags;

    /// <summary>No tags.</summary>
    public static KeyTagCollection Empty { get; } = new(ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    /// <summary>The number of tags.</summary>
    public int Count => _tags.Count;

    /// <summary>Returns the value of the tag with key <paramref name="tagKey"/>.</summary>
    /// <param name="tagKey">The tag key, compared ordinally.</param>
    /// <param name="tagValue">The tag's value, when there is one.</param>
    /// <returns><see langword="true"/> when the key has the tag.</returns>
    public bool TryGetValue(string tagKey, out string tagValue)
    {
        if (_tags.TryGetValue(tagKey, out var value))
        {
            tagValue = value;
            return true;
        }

        tagValue = string.Empty;
        return false;
    }

    /// <summary>Returns the tags in order of tag key.</summary>
    /// <returns>An enumerator over the tags.</returns>
    public IEnumerator<KeyTag> GetEnumerator()
    {
        foreach (var pair in _tags)
        {
            yield return new KeyTag(pair.Key, pair.Value);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(KeyTagCollection? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var pair in _tags)
        {
            if (!other._tags.TryGetValue(pair.Key, out var value) || !string.Equals(value, pair.Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as KeyTagCollection);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var pair in _tags)
        {
            hash.Add(pair.Key, StringComparer.Ordinal);
            hash.Add(pair.Value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the tags as <c>[key=value, key=value]</c>, in order of tag key; <c>[]</c> for none.</summary>
    /// <returns>The text, as test failures and logs show a key's tags.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("[");
        foreach (var pair in _tags)
        {
            text.Append(text.Length > 1 ? ", " : string.Empty).Append(pair.Key).Append('=').Append(pair.Value);
        }

        return text.Append(']').ToString();
    }

    internal KeyTagCollection SetItems(IEnumerable<KeyTag> tags)
    {
        var builder = _tags.ToBuilder();
        foreach (var tag in tags)
        {
            builder[tag.TagKey] = tag.TagValue;
        }

        return With(builder.ToImmutable());
    }

    internal KeyTagCollection RemoveKeys(IEnumerable<string> tagKeys) => With(_tags.RemoveRange(tagKeys));

    // Unchanged tags keep this instance, so that every key created without tags shares Empty rather than holding its own.
    private KeyTagCollection With(ImmutableSortedDictionary<string, string> tags) => ReferenceEquals(tags, _tags) ? this : new(tags);

    internal bool ContainsKey(string tagKey) => _tags.ContainsKey(tagKey);
}
