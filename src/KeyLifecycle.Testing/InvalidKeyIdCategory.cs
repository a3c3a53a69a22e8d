namespace KeyLifecycle.Testing;

/// <summary>A kind of bad <c>KeyId</c> parameter, with the answer the service gives an operation that takes a key ID or key ARN.</summary>
/// <remarks>
/// The answers are those of the specification's sections 4.3 and 8 (recorded from the service where a recording exists,
/// the project's documented choice otherwise), for <c>EnableKey</c>, <c>DisableKey</c>, <c>ScheduleKeyDeletion</c> and
/// <c>CancelKeyDeletion</c>. <see cref="InvalidKeyIdCase"/> carries the exact text for one input.
/// </remarks>
public enum InvalidKeyIdCategory
{
    /// <summary>Not a key ID: a UUID or <c>mrk-</c> ID with a wrong digit, a missing or extra character, no hyphens, braces or spaces, or a word such as <c>fake-key-id</c>. <c>NotFoundException</c>, <c>Invalid keyId '&lt;input&gt;'</c> (recorded).</summary>
    MalformedKeyId,

    /// <summary>A well-formed key ARN of another partition. <c>NotFoundException</c>, <c>Invalid arn &lt;partition&gt;</c> (the project's choice).</summary>
    WrongPartition,

    /// <summary>A well-formed key ARN of another Region of the caller's partition. <c>NotFoundException</c>, <c>Invalid arn &lt;region&gt;</c> (recorded).</summary>
    ForeignRegion,

    /// <summary>A key ARN of the caller's Region cut short inside its key ID. <c>NotFoundException</c>, <c>Invalid keyId '&lt;key part&gt;'</c> (the project's choice).</summary>
    TruncatedKeyArn,

    /// <summary>Text starting with <c>arn:</c> that is not a KMS key or alias ARN: too few fields, a service other than <c>kms</c>, an unknown partition, a bad account field or a resource that is neither <c>key/</c> nor <c>alias/</c>. <c>InvalidArnException</c>, <c>Invalid arn &lt;input&gt;</c> (the project's choice).</summary>
    MalformedArn,

    /// <summary>More than 2048 characters. <c>ValidationException</c>, <c>... Member must have length less than or equal to 2048</c>.</summary>
    OverLong,

    /// <summary>An alias name or an alias ARN of the caller's Region, given where only a key ID or key ARN is accepted. <c>NotFoundException</c>, <c>Invalid keyId '&lt;input&gt;'</c> (the project's choice).</summary>
    AliasWhereKeyRequired,

    /// <summary>The empty string. <c>ValidationException</c>, <c>... Member must have length greater than or equal to 1</c>.</summary>
    Empty,

    /// <summary>No <c>KeyId</c> at all (<see langword="null"/>). <c>ValidationException</c>, <c>... Member must not be null</c>.</summary>
    Missing,

    /// <summary>A well-formed key ID or key ARN of the caller that names no key. <c>NotFoundException</c>, <c>Key '&lt;key ARN&gt;' does not exist</c> (recorded).</summary>
    NonexistentKey,

    /// <summary>A well-formed key ARN of the caller's Region in another account. <c>NotFoundException</c>, <c>Key '&lt;ARN&gt;' does not exist</c> (the project's choice).</summary>
    OtherAccount,
}
