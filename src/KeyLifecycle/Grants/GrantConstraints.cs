using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace KeyLifecycle.Grants;

/// <summary>A grant's encryption-context constraint: the request's encryption context must equal, or include, the given pairs.</summary>
/// <remarks>
/// A grant has at most one of the two (<see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_GrantConstraints.html">GrantConstraints</see>).
/// Keys and values compare ordinally (case-sensitively). Immutable and thread safe.
/// </remarks>
public sealed class GrantConstraints : IEquatable<GrantConstraints>
{
    private GrantConstraints(ImmutableSortedDictionary<string, string> pairs, bool exact)
    {
        Pairs = pairs;
        IsEquals = exact;
    }

    /// <summary>Gets the pairs of the constraint.</summary>
    public IReadOnlyDictionary<string, string> Pairs { get; }

    /// <summary>Gets a value indicating whether the constraint is <c>EncryptionContextEquals</c> (otherwise <c>EncryptionContextSubset</c>).</summary>
    public bool IsEquals { get; }

    /// <summary>Returns the <c>EncryptionContextEquals</c> constraint: the request's encryption context must be exactly <paramref name="pairs"/>.</summary>
    /// <param name="pairs">The pairs.</param>
    /// <returns>The constraint.</returns>
    public static GrantConstraints EncryptionContextEquals(IEnumerable<KeyValuePair<string, string>> pairs) => new(ToDictionary(pairs), exact: true);

    /// <summary>Returns the <c>EncryptionContextSubset</c> constraint: the request's encryption context must include <paramref name="pairs"/>.</summary>
    /// <param name="pairs">The pairs.</param>
    /// <returns>The constraint.</returns>
    public static GrantConstraints EncryptionContextSubset(IEnumerable<KeyValuePair<string, string>> pairs) => new(ToDictionary(pairs), exact: false);

    /// <summary>Returns whether a request with <paramref name="encryptionContext"/> satisfies the constraint.</summary>
    /// <param name="encryptionContext">The request's encryption context; empty when it has none.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool IsSatisfiedBy(IReadOnlyDictionary<string, string> encryptionContext)
    {
        ArgumentNullException.ThrowIfNull(encryptionContext);
        if (IsEquals && encryptionContext.Count != Pairs.Count)
        {
            return false;
        }

        foreach (var (key, value) in Pairs)
        {
            if (!encryptionContext.TryGetValue(key, out var actual) || !string.Equals(actual, value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public bool Equals(GrantConstraints? other)
    {
        if (other is null || other.IsEquals != IsEquals || other.Pairs.Count != Pairs.Count)
        {
            return false;
        }

        foreach (var (key, value) in Pairs)
        {
            if (!other.Pairs.TryGetValue(key, out var theirs) || !string.Equals(theirs, value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GrantConstraints);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IsEquals, Pairs.Count);

    private static ImmutableSortedDictionary<string, string> ToDictionary(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, pairs);
    }
}
