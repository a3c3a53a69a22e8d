namespace KeyLifecycle.Identifiers;

/// <summary>The rule a KMS identifier broke when it failed to parse.</summary>
/// <remarks>
/// <para>
/// Every value is a distinct, documented rule; <see cref="InvalidIdentifier.Description"/> states it for people. The
/// numbers are stable. The default value (0) is not a member and never appears in an <see cref="InvalidIdentifier"/>.
/// </para>
/// <para>Formats: https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id.</para>
/// </remarks>
public enum IdentifierError
{
    /// <summary>The input is null.</summary>
    /// <remarks>The service answers a missing <c>KeyId</c> with a <c>ValidationException</c> (must not be null).</remarks>
    Missing = 1,

    /// <summary>The input is the empty string.</summary>
    /// <remarks>The service answers an empty <c>KeyId</c> with a <c>ValidationException</c> (length at least 1).</remarks>
    Empty = 2,

    /// <summary>The input is longer than 2048 characters, the KMS limit on key identifiers and ARNs.</summary>
    /// <remarks>Checked before anything else, so an over-long input is never scanned.</remarks>
    TooLong = 3,

    /// <summary>The input is not a key ID: neither a UUID (8-4-4-4-12 hex) nor <c>mrk-</c> followed by 32 hex digits.</summary>
    InvalidKeyId = 4,

    /// <summary>The input is not an alias name: <c>alias/</c> followed by one or more of <c>[a-zA-Z0-9:/_-]</c>, at most 256 characters.</summary>
    InvalidAliasName = 5,

    /// <summary>The input, or the Region field of an ARN, is not a syntactically valid AWS Region code.</summary>
    InvalidRegion = 6,

    /// <summary>The input, or the account field of an ARN, is not exactly 12 ASCII digits.</summary>
    InvalidAccountId = 7,

    /// <summary>The input, or the partition field of an ARN, is not one of the eight AWS partitions.</summary>
    UnknownPartition = 8,

    /// <summary>The input does not have the ARN shape <c>arn:&lt;partition&gt;:&lt;service&gt;:&lt;region&gt;:&lt;account-id&gt;:&lt;resource&gt;</c>.</summary>
    MalformedArn = 9,

    /// <summary>The ARN's service field is not <c>kms</c>.</summary>
    NotKmsService = 10,

    /// <summary>The ARN's Region is well formed but does not belong to the ARN's partition.</summary>
    RegionNotInPartition = 11,

    /// <summary>The ARN's resource is not of the expected type (<c>key/</c> for key ARNs, <c>alias/</c> for alias ARNs).</summary>
    UnsupportedResourceType = 12,

    /// <summary>The ARN's resource is <c>key/</c> followed by text that is not a key ID.</summary>
    InvalidKeyIdInArn = 13,

    /// <summary>The ARN's resource starts with <c>alias/</c> but is not a valid alias name.</summary>
    InvalidAliasNameInArn = 14,
}
