using System;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Snapshots;
using OneOf;

namespace KeyLifecycle;

/// <summary>A KMS alias: a friendly name for one key in the same account and Region, as <c>ListAliases</c> reports it.</summary>
/// <remarks>
/// Immutable and thread-safe. Made by <see cref="AliasTransitions.CreateAlias"/> and changed only by
/// <see cref="AliasTransitions.UpdateAlias"/>. See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html">Aliases in AWS KMS</see>.
/// </remarks>
public sealed record KmsAlias
{
    internal KmsAlias(AliasArn arn, KeyId targetKeyId, DateTimeOffset creationDate)
    {
        Arn = arn;
        TargetKeyId = targetKeyId;
        CreationDate = creationDate;
        LastUpdatedDate = creationDate;
    }

    /// <summary>The alias ARN, <c>arn:&lt;partition&gt;:kms:&lt;region&gt;:&lt;account&gt;:alias/&lt;name&gt;</c>.</summary>
    public AliasArn Arn { get; }

    /// <summary>The alias name, such as <c>alias/ExampleAlias</c>.</summary>
    public AliasName Name => Arn.AliasName;

    /// <summary>The key ID of the key the alias points at.</summary>
    public KeyId TargetKeyId { get; internal init; }

    /// <summary>The ARN of the key the alias points at, in the alias's account and Region.</summary>
    public KeyArn TargetKeyArn => KeyArn.Create(Arn.Partition, Arn.Region, Arn.AccountId, TargetKeyId);

    /// <summary>When the alias was created.</summary>
    public DateTimeOffset CreationDate { get; }

    /// <summary>When the alias was last pointed at a key.</summary>
    public DateTimeOffset LastUpdatedDate { get; internal init; }

    /// <summary>Makes an alias again from the facts a store wrote down: its ARN, its target and its two dates.</summary>
    /// <param name="arn">The alias ARN.</param>
    /// <param name="targetKeyId">The key ID of the key it points at.</param>
    /// <param name="creationDate">When the alias was created.</param>
    /// <param name="lastUpdatedDate">When it was last pointed at a key; not before <paramref name="creationDate"/>.</param>
    /// <returns>The alias, or <see cref="SnapshotRejected"/> when a value is missing or the dates are out of order.</returns>
    /// <remarks>For durable stores, as <see cref="KmsKey.FromSnapshot"/> is; aliases are otherwise made by <see cref="AliasTransitions"/>.</remarks>
    public static OneOf<KmsAlias, SnapshotRejected> FromSnapshot(AliasArn arn, KeyId targetKeyId, DateTimeOffset creationDate, DateTimeOffset lastUpdatedDate) =>
        arn == default || targetKeyId == default ? new SnapshotRejected("The alias ARN or the target key ID is missing.")
        : lastUpdatedDate < creationDate ? new SnapshotRejected($"LastUpdatedDate {lastUpdatedDate:O} is before CreationDate {creationDate:O}.")
        : new KmsAlias(arn, targetKeyId, creationDate) { LastUpdatedDate = lastUpdatedDate };
}
