using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace KeyLifecycle.Identifiers;

/// <summary>An AWS partition: a group of Regions with its own ARN namespace, such as <c>aws</c> or <c>aws-cn</c>.</summary>
/// <remarks>
/// <para>
/// Exactly eight partitions parse (those of botocore's partitions.json); any other name is an
/// <see cref="IdentifierError.UnknownPartition"/>, so an ARN naming an unknown partition is rejected. Each partition
/// knows its DNS suffix and which Region codes belong to it (<see cref="Contains(AwsRegion)"/>).
/// </para>
/// <para>
/// The default value is not a partition: its <see cref="Name"/> and <see cref="DnsSuffix"/> are empty, it contains no
/// Region, and <see cref="ToString()"/> returns <see cref="string.Empty"/>. Instances are immutable and thread safe.
/// </para>
/// <para>See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html.</para>
/// </remarks>
public readonly record struct AwsPartition : ISpanParsable<AwsPartition>, ISpanFormattable, IKmsIdentifierText<AwsPartition>
{
    // Region-code prefixes of the aws partition: ^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$
    private readonly string? _name;

    private AwsPartition(string name) => _name = name;

    /// <summary>Gets the standard partition, <c>aws</c> (Regions <c>^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$</c>).</summary>
    public static AwsPartition Aws { get; } = new("aws");

    /// <summary>Gets the China partition, <c>aws-cn</c> (Regions <c>^cn-\w+-\d+$</c>).</summary>
    public static AwsPartition AwsCn { get; } = new("aws-cn");

    /// <summary>Gets the AWS GovCloud (US) partition, <c>aws-us-gov</c> (Regions <c>^us-gov-\w+-\d+$</c>).</summary>
    public static AwsPartition AwsUsGov { get; } = new("aws-us-gov");

    /// <summary>Gets the ISO partition, <c>aws-iso</c> (Regions <c>^us-iso-\w+-\d+$</c>).</summary>
    public static AwsPartition AwsIso { get; } = new("aws-iso");

    /// <summary>Gets the ISOB partition, <c>aws-iso-b</c> (Regions <c>^us-isob-\w+-\d+$</c>).</summary>
    public static AwsPartition AwsIsoB { get; } = new("aws-iso-b");

    /// <summary>Gets the ISOE partition, <c>aws-iso-e</c> (Regions <c>^eu-isoe-\w+-\d+$</c>).</summary>
    public static AwsPartition AwsIsoE { get; } = new("aws-iso-e");

    /// <summary>Gets the ISOF partition, <c>aws-iso-f</c> (Regions <c>^us-isof-\w+-\d+$</c>).</summary>
    public static AwsPartition AwsIsoF { get; } = new("aws-iso-f");

    /// <summary>Gets the AWS European Sovereign Cloud partition, <c>aws-eusc</c> (Regions <c>^eusc-(de)-\w+-\d+$</c>).</summary>
    public static AwsPartition AwsEusc { get; } = new("aws-eusc");

    /// <summary>Gets the eight known partitions, in the order of botocore's partitions.json.</summary>
    /// <remarks>The list is read-only and shared.</remarks>
    public static IReadOnlyList<AwsPartition> All { get; } =
        Array.AsReadOnly([Aws, AwsCn, AwsUsGov, AwsIso, AwsIsoB, AwsIsoE, AwsIsoF, AwsEusc]);

    /// <summary>Gets the partition's name as it appears in ARNs, such as <c>aws-us-gov</c>; empty for the default value.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Gets the partition's DNS suffix, such as <c>amazonaws.com</c>; empty for the default value.</summary>
    public string DnsSuffix => _name switch
    {
        "aws" => "amazonaws.com",
        "aws-cn" => "amazonaws.com.cn",
        "aws-us-gov" => "amazonaws.com",
        "aws-iso" => "c2s.ic.gov",
        "aws-iso-b" => "sc2s.sgov.gov",
        "aws-iso-e" => "cloud.adc-e.uk",
        "aws-iso-f" => "csp.hci.ic.gov",
        "aws-eusc" => "amazonaws.eu",
        _ => string.Empty,
    };

    /// <summary>Returns whether a Region code belongs to this partition, by the partition's Region pattern.</summary>
    /// <param name="region">The Region code.</param>
    /// <returns><see langword="true"/> when the Region matches this partition's pattern; false for default values.</returns>
    public bool Contains(AwsRegion region) => ContainsCode(region.ToString());

    /// <summary>Finds the partition whose Region pattern a Region code matches.</summary>
    /// <param name="region">The Region code.</param>
    /// <param name="partition">The partition, or the default value when none matches.</param>
    /// <returns><see langword="true"/> when a partition matches; the patterns do not overlap, so at most one does.</returns>
    public static bool TryGetForRegion(AwsRegion region, out AwsPartition partition)
    {
        foreach (var candidate in All)
        {
            if (candidate.Contains(region))
            {
                partition = candidate;
                return true;
            }
        }

        partition = default;
        return false;
    }

    /// <summary>Parses a partition name.</summary>
    /// <param name="text">One of the eight partition names, such as <c>aws</c>.</param>
    /// <returns>The partition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a known partition name.</exception>
    public static AwsPartition Parse(string text) => IdentifierText.Parse<AwsPartition>(text);

    /// <summary>Parses a partition name.</summary>
    /// <param name="text">One of the eight partition names, such as <c>aws</c>.</param>
    /// <returns>The partition.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not a known partition name.</exception>
    public static AwsPartition Parse(ReadOnlySpan<char> text) => IdentifierText.Parse<AwsPartition>(text);

    /// <summary>Tries to parse a partition name.</summary>
    /// <param name="text">The text to parse; may be null.</param>
    /// <param name="result">The partition, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a known partition name.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AwsPartition result) => IdentifierText.TryParse(text, out result);

    /// <summary>Tries to parse a partition name.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The partition, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a known partition name.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out AwsPartition result) => IdentifierText.TryParse(text, out result);

    /// <summary>Returns the partition's name.</summary>
    /// <returns>The name, such as <c>aws</c>; <see cref="string.Empty"/> for the default value.</returns>
    public override string ToString() => Name;

    /// <summary>The one parser of partition names; returns the well-known instance, so it never allocates.</summary>
    internal static ParseFailure ParseCore(ReadOnlySpan<char> text, out AwsPartition result)
    {
        var failure = ParseFailure.CheckLength(text);
        if (failure.IsFailure)
        {
            result = default;
            return failure;
        }

        return TryGetKnown(text, out result) ? default : ParseFailure.Of(IdentifierError.UnknownPartition, Range.All);
    }

    /// <summary>Looks a partition up by its exact, case-sensitive name.</summary>
    internal static bool TryGetKnown(ReadOnlySpan<char> name, out AwsPartition partition)
    {
        partition = name switch
        {
            "aws" => Aws,
            "aws-cn" => AwsCn,
            "aws-us-gov" => AwsUsGov,
            "aws-iso" => AwsIso,
            "aws-iso-b" => AwsIsoB,
            "aws-iso-e" => AwsIsoE,
            "aws-iso-f" => AwsIsoF,
            "aws-eusc" => AwsEusc,
            _ => default,
        };
        return partition._name is not null;
    }

    /// <summary>Applies the partition's Region pattern to a Region code.</summary>
    /// <remarks>
    /// The patterns all have the shape <c>^prefix-\w+-\d+$</c>. A well-formed Region code is letter groups and a final
    /// digit group joined by '-', so it matches exactly when it starts with <c>prefix-</c> and the rest holds one '-'.
    /// Anything that is not a well-formed Region code matches no partition.
    /// </remarks>
    internal bool ContainsCode(ReadOnlySpan<char> region) => AwsRegion.IsWellFormed(region) && ContainsWellFormedCode(region);

    /// <summary>Applies the partition's Region pattern to a Region code already known to be well formed.</summary>
    internal bool ContainsWellFormedCode(ReadOnlySpan<char> region)
    {
        switch (_name)
        {
            case "aws":
                // Every prefix of the standard partition is two letters, so one look at them replaces a test per prefix.
                return region.Length > 3
                    && region[..2] is "us" or "eu" or "ap" or "sa" or "ca" or "me" or "af" or "il" or "mx"
                    && HasPrefixAndOneGroup(region, region[..2]);
            case "aws-cn":
                return HasPrefixAndOneGroup(region, "cn");
            case "aws-us-gov":
                return HasPrefixAndOneGroup(region, "us-gov");
            case "aws-iso":
                return HasPrefixAndOneGroup(region, "us-iso");
            case "aws-iso-b":
                return HasPrefixAndOneGroup(region, "us-isob");
            case "aws-iso-e":
                return HasPrefixAndOneGroup(region, "eu-isoe");
            case "aws-iso-f":
                return HasPrefixAndOneGroup(region, "us-isof");
            case "aws-eusc":
                return HasPrefixAndOneGroup(region, "eusc-de");
            default:
                return false;
        }
    }

    // ^prefix\-\w+\-\d+$ on a well-formed Region code: "prefix-", then one letter group, '-', and the digits.
    private static bool HasPrefixAndOneGroup(ReadOnlySpan<char> region, ReadOnlySpan<char> prefix) =>
        region.Length > prefix.Length + 1
        && region.StartsWith(prefix)
        && region[prefix.Length] == '-'
        && region[(prefix.Length + 1)..].Count('-') == 1;

    static IdentifierKind IKmsIdentifierText<AwsPartition>.Kind => IdentifierKind.Partition;

    static ParseFailure IKmsIdentifierText<AwsPartition>.ParseCore(ReadOnlySpan<char> text, string? source, out AwsPartition result) =>
        ParseCore(text, out result);
}
