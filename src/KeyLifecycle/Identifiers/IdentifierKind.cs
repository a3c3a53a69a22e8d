namespace KeyLifecycle.Identifiers;

/// <summary>What a parser was asked to read, so a failure can be described in the caller's terms.</summary>
internal enum IdentifierKind
{
    Partition,
    Region,
    AccountId,
    KeyId,
    AliasName,
    KeyArn,
    AliasArn,

    /// <summary>An ARN given where either a key ARN or an alias ARN is acceptable.</summary>
    KmsArn,

    /// <summary>Any of key ID, key ARN, alias name or alias ARN, before the input has been classified.</summary>
    KmsIdentifier,
}
