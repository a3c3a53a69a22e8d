using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle;

/// <summary>How a multi-Region key relates to the other keys of its set (<c>KeyMetadata.MultiRegionConfiguration</c>).</summary>
/// <remarks>
/// Immutable. Equality compares the replica list element by element, in order. Related multi-Region keys share one
/// <c>mrk-</c> key ID and differ only in the Region of their ARN.
/// </remarks>
public sealed record MultiRegionConfiguration
{
    internal MultiRegionConfiguration(MultiRegionKeyType keyType, KeyArn primaryKey, ImmutableArray<KeyArn> replicaKeys)
    {
        KeyType = keyType;
        PrimaryKey = primaryKey;
        ReplicaKeys = replicaKeys;
    }

    /// <summary>Whether this key is the primary key or a replica.</summary>
    public MultiRegionKeyType KeyType { get; internal init; }

    /// <summary>The ARN of the set's primary key; its Region is the primary Region.</summary>
    public KeyArn PrimaryKey { get; internal init; }

    /// <summary>The ARNs of the set's replica keys, in the order they were created.</summary>
    public ImmutableArray<KeyArn> ReplicaKeys { get; internal init; }

    /// <summary>Whether <paramref name="other"/> has the same role, primary key and replicas in the same order.</summary>
    /// <param name="other">The configuration to compare with.</param>
    /// <returns><see langword="true"/> when the configurations are equal.</returns>
    public bool Equals(MultiRegionConfiguration? other) =>
        other is not null
        && KeyType == other.KeyType
        && PrimaryKey.Equals(other.PrimaryKey)
        && ReplicaKeys.AsSpan().SequenceEqual(other.ReplicaKeys.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(KeyType, PrimaryKey, ReplicaKeys.Length);

    // The replicas as a list of ARNs, not the name of the array type, so that a test failure shows them.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("KeyType = ").Append(KeyType).Append(", PrimaryKey = ").Append(PrimaryKey).Append(", ReplicaKeys = [");
        for (var i = 0; i < ReplicaKeys.Length; i++)
        {
            builder.Append(i > 0 ? ", " : string.Empty).Append(ReplicaKeys[i]);
        }

        builder.Append(']');
        return true;
    }
}
