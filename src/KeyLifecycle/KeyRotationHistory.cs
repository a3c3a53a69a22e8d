using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace KeyLifecycle;

/// <summary>A key's completed rotations of its material, oldest first, with value equality.</summary>
/// <remarks>Immutable and thread-safe. Two instances are equal when they hold equal rotations in the same order.</remarks>
public sealed class KeyRotationHistory : IReadOnlyList<KeyRotation>, IEquatable<KeyRotationHistory>
{
    private readonly ImmutableArray<KeyRotation> _rotations;

    private KeyRotationHistory(ImmutableArray<KeyRotation> rotations) => _rotations = rotations;

    /// <summary>No rotations: a key's history before its first rotation.</summary>
    public static KeyRotationHistory Empty { get; } = new([]);

    /// <summary>The number of rotations.</summary>
    public int Count => _rotations.Length;

    /// <summary>The latest rotation, whose material encrypts now; <see langword="null"/> before the first.</summary>
    public KeyRotation? Latest => _rotations.IsEmpty ? null : _rotations[^1];

    /// <summary>Returns the rotation at <paramref name="index"/>, 0 being the oldest.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The rotation.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside 0 to <see cref="Count"/> - 1.</exception>
    public KeyRotation this[int index] => _rotations[index];

    /// <summary>Returns how many of the rotations were of <paramref name="type"/>.</summary>
    /// <param name="type">Automatic or on demand.</param>
    /// <returns>The number.</returns>
    public int CountOf(RotationType type)
    {
        var count = 0;
        foreach (var rotation in _rotations)
        {
            count += rotation.RotationType == type ? 1 : 0;
        }

        return count;
    }

    /// <summary>Returns the rotations, oldest first.</summary>
    /// <returns>An enumerator over the rotations.</returns>
    public IEnumerator<KeyRotation> GetEnumerator() => ((IEnumerable<KeyRotation>)_rotations).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(KeyRotationHistory? other) => other is not null && _rotations.AsSpan().SequenceEqual(other._rotations.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as KeyRotationHistory);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var rotation in _rotations)
        {
            hash.Add(rotation);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the rotations as <c>[OnDemand 2026-01-02T00:00:00Z 0a1b..., ...]</c>, oldest first; <c>[]</c> for none.</summary>
    /// <returns>The text, as test failures and logs show a key's rotations.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("[");
        foreach (var rotation in _rotations)
        {
            text.Append(text.Length > 1 ? ", " : string.Empty).Append(rotation.RotationType).Append(' ')
                .Append(rotation.RotationDate.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append(' ')
                .Append(rotation.KeyMaterialId);
        }

        return text.Append(']').ToString();
    }

    internal KeyRotationHistory Add(KeyRotation rotation) => new(_rotations.Add(rotation));

    internal static KeyRotationHistory Of(IEnumerable<KeyRotation> rotations) => ImmutableArray.CreateRange(rotations) is { IsEmpty: false } array ? new(array) : Empty;
}
