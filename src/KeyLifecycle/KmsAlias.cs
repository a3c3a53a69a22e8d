using System;
using KeyLifecycle.Identifiers;

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
}
