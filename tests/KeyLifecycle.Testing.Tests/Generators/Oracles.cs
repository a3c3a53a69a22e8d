using System.Text.RegularExpressions;

namespace KeyLifecycle.Testing.Tests.Generators;

/// <summary>Independent checks of generated text: regular expressions transcribed from the specification's section 4, not the library's parsers.</summary>
internal static partial class Oracles
{
    // Section 4.2: each partition's Region pattern, from botocore's partitions.json.
    public static readonly (string Partition, Regex Regions)[] Partitions =
    [
        ("aws", new(@"^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$")),
        ("aws-cn", new(@"^cn-\w+-\d+$")),
        ("aws-us-gov", new(@"^us-gov-\w+-\d+$")),
        ("aws-iso", new(@"^us-iso-\w+-\d+$")),
        ("aws-iso-b", new(@"^us-isob-\w+-\d+$")),
        ("aws-iso-e", new(@"^eu-isoe-\w+-\d+$")),
        ("aws-iso-f", new(@"^us-isof-\w+-\d+$")),
        ("aws-eusc", new(@"^eusc-(de)-\w+-\d+$")),
    ];

    [GeneratedRegex(@"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    public static partial Regex SingleRegionKeyId();

    [GeneratedRegex(@"^mrk-[0-9a-f]{32}$")]
    public static partial Regex MultiRegionKeyId();

    [GeneratedRegex(@"^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|mrk-[0-9a-fA-F]{32})$")]
    public static partial Regex AnyKeyId();

    [GeneratedRegex(@"^arn:(?<partition>aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc):kms:(?<region>[a-z0-9-]+):(?<account>[0-9]{12}):key/(?<id>[0-9a-f-]{36}|mrk-[0-9a-f]{32})$")]
    public static partial Regex KeyArn();

    [GeneratedRegex(@"^alias/[a-zA-Z0-9:/_-]{1,250}$")]
    public static partial Regex AliasName();

    [GeneratedRegex(@"^arn:(?<partition>aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc):kms:(?<region>[a-z0-9-]+):(?<account>[0-9]{12}):alias/[a-zA-Z0-9:/_-]+$")]
    public static partial Regex AliasArn();

    [GeneratedRegex(@"^[0-9]{12}$")]
    public static partial Regex AccountId();

    public static bool RegionBelongsTo(string region, string partition)
    {
        foreach (var (name, regions) in Partitions)
        {
            if (regions.IsMatch(region))
            {
                return name == partition;
            }
        }

        return false;
    }
}
