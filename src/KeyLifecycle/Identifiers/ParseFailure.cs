using System;
using System.Globalization;
using System.Text;

namespace KeyLifecycle.Identifiers;

/// <summary>The outcome of an internal parser: no failure (the default), or the broken rule and where it applies.</summary>
/// <remarks>
/// Parsers return this instead of throwing and build it without allocating; the text for people is made only when
/// <c>Parse</c> throws or <c>KmsIdentifier</c> reports an <see cref="InvalidIdentifier"/>.
/// </remarks>
internal readonly struct ParseFailure
{
    /// <summary>Identifiers longer than this are rejected before any other work (KMS KeyIdType and ArnType maximum).</summary>
    public const int MaxInputLength = 2048;

    private ParseFailure(IdentifierError reason, Range field, Range arnPartition, Range arnRegion, bool hasArnFields)
    {
        Reason = reason;
        Field = field;
        ArnPartition = arnPartition;
        ArnRegion = arnRegion;
        HasArnFields = hasArnFields;
    }

    /// <summary>Gets the broken rule; <c>0</c> when parsing succeeded.</summary>
    public IdentifierError Reason { get; }

    /// <summary>Gets a value indicating whether parsing failed.</summary>
    public bool IsFailure => Reason != 0;

    /// <summary>Gets the part of the input the broken rule applies to.</summary>
    public Range Field { get; }

    /// <summary>Gets a value indicating whether the ARN's partition and Region fields were valid and are located.</summary>
    public bool HasArnFields { get; }

    /// <summary>Gets the ARN's partition field, when <see cref="HasArnFields"/>.</summary>
    public Range ArnPartition { get; }

    /// <summary>Gets the ARN's Region field, when <see cref="HasArnFields"/>.</summary>
    public Range ArnRegion { get; }

    /// <summary>Reports that the whole input, or one field of it, broke a rule.</summary>
    public static ParseFailure Of(IdentifierError reason, Range field) => new(reason, field, default, default, hasArnFields: false);

    /// <summary>Reports a rule broken in an ARN whose partition and Region fields were valid.</summary>
    public static ParseFailure InArn(IdentifierError reason, Range field, Range partition, Range region) =>
        new(reason, field, partition, region, hasArnFields: true);

    /// <summary>Rejects null, empty and over-long input, the checks every parser makes first.</summary>
    public static ParseFailure CheckLength(ReadOnlySpan<char> text) =>
        text.Length > MaxInputLength ? Of(IdentifierError.TooLong, Range.All)
        : text.IsEmpty ? Of(IdentifierError.Empty, Range.All)
        : default;

    /// <summary>Turns the failure into the exception <c>Parse</c> throws.</summary>
    public FormatException ToFormatException(IdentifierKind kind, ReadOnlySpan<char> input) => new(Describe(kind, input));

    /// <summary>Turns the failure into the value <c>KmsIdentifier</c> reports.</summary>
    public InvalidIdentifier ToInvalidIdentifier(IdentifierKind kind, ReadOnlySpan<char> input, string? source) =>
        new(
            Reason,
            source ?? input.ToString(),
            Describe(kind, input),
            HasArnFields ? input[ArnPartition].ToString() : null,
            HasArnFields ? input[ArnRegion].ToString() : null);

    /// <summary>Builds a sentence naming the input and the rule it broke.</summary>
    public string Describe(IdentifierKind kind, ReadOnlySpan<char> input)
    {
        var what = Name(kind);
        if (Reason == IdentifierError.Missing)
        {
            return $"The {what} is missing (null).";
        }

        if (Reason == IdentifierError.TooLong)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"The {what} is {input.Length} characters long; identifiers longer than {MaxInputLength} characters are rejected.");
        }

        if (Reason == IdentifierError.Empty)
        {
            return $"An empty string is not a valid {what}.";
        }

        var subject = $"{Quote(input)} is not a valid {what}";
        var field = Quote(input[Field]);
        var inArn = kind is IdentifierKind.KeyArn or IdentifierKind.AliasArn or IdentifierKind.KmsArn;
        return Reason switch
        {
            IdentifierError.InvalidKeyId => $"{subject}: {KeyIdRule}",
            IdentifierError.InvalidAliasName => $"{subject}: {AliasNameRule}",
            IdentifierError.InvalidRegion when inArn => $"{subject}: its Region {field} is not a valid Region code; {RegionRule}",
            IdentifierError.InvalidRegion => $"{subject}: {RegionRule}",
            IdentifierError.InvalidAccountId when inArn => $"{subject}: its account ID {field} is not valid; {AccountIdRule}",
            IdentifierError.InvalidAccountId => $"{subject}: {AccountIdRule}",
            IdentifierError.UnknownPartition when inArn => $"{subject}: its partition {field} is not an AWS partition; {PartitionRule}",
            IdentifierError.UnknownPartition => $"{subject}: {PartitionRule}",
            IdentifierError.MalformedArn => $"{subject}: {ArnShape(kind)}",
            IdentifierError.NotKmsService => $"{subject}: its service is {field}, not 'kms'.",
            IdentifierError.RegionNotInPartition =>
                $"{subject}: its Region {field} does not belong to its partition {Quote(input[ArnPartition])}.",
            IdentifierError.UnsupportedResourceType => $"{subject}: its resource is {field}; {ResourceRule(kind)}",
            IdentifierError.InvalidKeyIdInArn => $"{subject}: its key ID {field} is not a valid key ID; {KeyIdRule}",
            IdentifierError.InvalidAliasNameInArn => $"{subject}: its alias name {field} is not valid; {AliasNameRule}",
            IdentifierError.Missing or IdentifierError.Empty or IdentifierError.TooLong => $"{subject}.",
        };
    }

    private const string KeyIdRule =
        "a key ID is a UUID of 8-4-4-4-12 hexadecimal digits (such as 1234abcd-12ab-34cd-56ef-1234567890ab) "
        + "or 'mrk-' followed by 32 hexadecimal digits (such as mrk-1234abcd12ab34cd56ef1234567890ab).";

    private const string AliasNameRule =
        "an alias name is 'alias/' followed by one or more of the characters a-z, A-Z, 0-9, ':', '/', '_' and '-', "
        + "at most 256 characters in all (such as alias/ExampleAlias).";

    private const string RegionRule =
        "a Region code is two or more groups of lower-case ASCII letters and a final group of ASCII digits, "
        + "separated by '-', at most 64 characters (such as us-east-1).";

    private const string AccountIdRule = "an AWS account ID is exactly 12 ASCII digits (such as 111122223333).";

    private const string PartitionRule =
        "the partitions are aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f and aws-eusc.";

    private static string Name(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Partition => "AWS partition",
        IdentifierKind.Region => "AWS Region code",
        IdentifierKind.AccountId => "AWS account ID",
        IdentifierKind.KeyId => "KMS key ID",
        IdentifierKind.AliasName => "KMS alias name",
        IdentifierKind.KeyArn => "KMS key ARN",
        IdentifierKind.AliasArn => "KMS alias ARN",
        IdentifierKind.KmsArn => "KMS key ARN or alias ARN",
        IdentifierKind.KmsIdentifier => "KMS key identifier (key ID, key ARN, alias name or alias ARN)",
    };

    private static string ArnShape(IdentifierKind kind) => kind switch
    {
        IdentifierKind.KeyArn => "a key ARN has the form arn:<partition>:kms:<region>:<account-id>:key/<key-id>.",
        IdentifierKind.AliasArn => "an alias ARN has the form arn:<partition>:kms:<region>:<account-id>:alias/<alias-name>.",
        IdentifierKind.Partition or IdentifierKind.Region or IdentifierKind.AccountId or IdentifierKind.KeyId or IdentifierKind.AliasName
            or IdentifierKind.KmsArn or IdentifierKind.KmsIdentifier => "an ARN has the form arn:<partition>:<service>:<region>:<account-id>:<resource>.",
    };

    private static string ResourceRule(IdentifierKind kind) => kind switch
    {
        IdentifierKind.KeyArn => "a key ARN's resource is key/<key-id>.",
        IdentifierKind.AliasArn => "an alias ARN's resource is alias/<alias-name>.",
        IdentifierKind.Partition or IdentifierKind.Region or IdentifierKind.AccountId or IdentifierKind.KeyId or IdentifierKind.AliasName
            or IdentifierKind.KmsArn or IdentifierKind.KmsIdentifier => "a KMS ARN's resource is key/<key-id> or alias/<alias-name>.",
    };

    // Inputs are hostile: control characters, lone surrogates and look-alike digits are shown as escapes so the
    // message is printable and says exactly which characters were given.
    private static string Quote(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('\'');
        foreach (var c in text)
        {
            if (c == '\\')
            {
                builder.Append(@"\\");
            }
            else if (c is >= ' ' and <= '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('\'').ToString();
    }
}
