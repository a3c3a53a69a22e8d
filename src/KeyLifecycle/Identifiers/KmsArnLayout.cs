using System;

namespace KeyLifecycle.Identifiers;

/// <summary>
/// The validated fields of <c>arn:&lt;partition&gt;:kms:&lt;region&gt;:&lt;account-id&gt;:&lt;resource&gt;</c>, with the
/// resource left for the key-ARN and alias-ARN parsers.
/// </summary>
/// <remarks>
/// The ARN is split on its first five colons; the resource keeps any further colons, because alias names may
/// contain them. Fields are checked left to right, so the partition and Region are known to be valid before the
/// account or resource is looked at, which is the order the service reports them in.
/// </remarks>
internal readonly struct KmsArnLayout
{
    private const string ArnPrefix = "arn:";
    private const string KmsService = "kms";

    private KmsArnLayout(AwsPartition partition, Range partitionField, Range regionField, Range accountField, Range resourceField)
    {
        Partition = partition;
        PartitionField = partitionField;
        RegionField = regionField;
        AccountField = accountField;
        ResourceField = resourceField;
    }

    public AwsPartition Partition { get; }

    public Range PartitionField { get; }

    public Range RegionField { get; }

    public Range AccountField { get; }

    /// <summary>Gets everything after the fifth colon.</summary>
    public Range ResourceField { get; }

    /// <summary>Splits and checks every field but the resource. The caller has already checked the length.</summary>
    public static ParseFailure Parse(ReadOnlySpan<char> text, out KmsArnLayout layout)
    {
        layout = default;
        if (!text.StartsWith(ArnPrefix))
        {
            return ParseFailure.Of(IdentifierError.MalformedArn, Range.All);
        }

        var partitionStart = ArnPrefix.Length;
        var serviceStart = NextField(text, partitionStart);
        var regionStart = NextField(text, serviceStart);
        var accountStart = NextField(text, regionStart);
        var resourceStart = NextField(text, accountStart);
        if (resourceStart < 0)
        {
            return ParseFailure.Of(IdentifierError.MalformedArn, Range.All);
        }

        var partitionField = new Range(partitionStart, serviceStart - 1);
        var serviceField = new Range(serviceStart, regionStart - 1);
        var regionField = new Range(regionStart, accountStart - 1);
        var accountField = new Range(accountStart, resourceStart - 1);
        var resourceField = new Range(resourceStart, text.Length);

        if (!AwsPartition.TryGetKnown(text[partitionField], out var partition))
        {
            return ParseFailure.Of(IdentifierError.UnknownPartition, partitionField);
        }

        if (!text[serviceField].SequenceEqual(KmsService))
        {
            return ParseFailure.Of(IdentifierError.NotKmsService, serviceField);
        }

        if (!AwsRegion.IsWellFormed(text[regionField]))
        {
            return ParseFailure.Of(IdentifierError.InvalidRegion, regionField);
        }

        layout = new KmsArnLayout(partition, partitionField, regionField, accountField, resourceField);
        if (!partition.ContainsWellFormedCode(text[regionField]))
        {
            return layout.Fail(IdentifierError.RegionNotInPartition, regionField);
        }

        return AwsAccountId.IsWellFormed(text[accountField]) ? default : layout.Fail(IdentifierError.InvalidAccountId, accountField);
    }

    /// <summary>Reports a rule broken after the partition and Region were found valid, locating both for the caller.</summary>
    public ParseFailure Fail(IdentifierError reason, Range field) => ParseFailure.InArn(reason, field, PartitionField, RegionField);

    /// <summary>Checks the parts shared by key and alias ARNs before an ARN is built from them.</summary>
    public static void CheckParts(AwsPartition partition, AwsRegion region, AwsAccountId accountId)
    {
        if (partition == default)
        {
            throw new ArgumentException("The partition is the default value, which is not a partition.", nameof(partition));
        }

        if (region == default)
        {
            throw new ArgumentException("The Region is the default value, which is not a Region.", nameof(region));
        }

        if (!partition.Contains(region))
        {
            throw new ArgumentException($"The Region '{region}' does not belong to the partition '{partition}'.", nameof(region));
        }

        if (accountId == default)
        {
            throw new ArgumentException("The account ID is the default value, which is not an account ID.", nameof(accountId));
        }
    }

    /// <summary>Writes <c>arn:partition:kms:region:account:</c> followed by <paramref name="resourcePrefix"/> and <paramref name="resource"/>, as one string and nothing else allocated.</summary>
    public static string Compose(AwsPartition partition, AwsRegion region, AwsAccountId accountId, string resourcePrefix, string resource)
    {
        var parts = (Partition: partition.ToString(), Region: region.ToString(), Account: accountId.ToString(), Prefix: resourcePrefix, Resource: resource);
        var length = "arn:".Length + parts.Partition.Length + ":kms:".Length + parts.Region.Length + 1 + parts.Account.Length + 1
            + parts.Prefix.Length + parts.Resource.Length;
        return string.Create(length, parts, static (text, parts) =>
        {
            var at = 0;
            Append(text, ref at, "arn:");
            Append(text, ref at, parts.Partition);
            Append(text, ref at, ":kms:");
            Append(text, ref at, parts.Region);
            Append(text, ref at, ":");
            Append(text, ref at, parts.Account);
            Append(text, ref at, ":");
            Append(text, ref at, parts.Prefix);
            Append(text, ref at, parts.Resource);
        });

        static void Append(Span<char> text, ref int at, string part)
        {
            part.CopyTo(text[at..]);
            at += part.Length;
        }
    }

    // The start of the field after the one starting at fieldStart, or -1 when there is no further colon.
    private static int NextField(ReadOnlySpan<char> text, int fieldStart)
    {
        if (fieldStart < 0)
        {
            return -1;
        }

        var colon = text[fieldStart..].IndexOf(':');
        return colon < 0 ? -1 : fieldStart + colon + 1;
    }
}
