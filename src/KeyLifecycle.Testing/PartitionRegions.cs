using System;
using System.Collections.Generic;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Testing;

/// <summary>The Regions each AWS partition lists, transcribed from botocore's partitions.json (the specification's section 4.2).</summary>
/// <remarks>
/// Generators draw Regions from these lists rather than from the partitions' patterns, so a generated ARN names a
/// Region that exists; every entry is parsed through <see cref="AwsRegion.Parse(string)"/> and checked against its
/// partition when the type is first used.
/// </remarks>
internal static class PartitionRegions
{
    private static readonly Dictionary<AwsPartition, AwsRegion[]> s_regions = Build();

    public static IReadOnlyList<AwsRegion> Of(AwsPartition partition) => s_regions[partition];

    /// <summary>Returns a Region of <paramref name="partition"/> other than <paramref name="region"/>: a listed one when the partition lists two or more, otherwise one made from the partition's pattern.</summary>
    public static AwsRegion Other(AwsPartition partition, AwsRegion region, int choice)
    {
        var listed = s_regions[partition];
        var others = Array.FindAll(listed, r => r != region);
        if (others.Length > 0)
        {
            return others[(int)((uint)choice % (uint)others.Length)];
        }

        // A partition with a single listed Region: a well-formed code of the same pattern with another direction.
        var code = region.ToString();
        var lastDash = code.LastIndexOf('-');
        var previousDash = code.LastIndexOf('-', lastDash - 1);
        var direction = code[(previousDash + 1)..lastDash] == "north" ? "south" : "north";
        return AwsRegion.Parse(string.Concat(code.AsSpan(0, previousDash + 1), direction, code.AsSpan(lastDash)));
    }

    private static Dictionary<AwsPartition, AwsRegion[]> Build()
    {
        var table = new Dictionary<AwsPartition, AwsRegion[]>
        {
            [AwsPartition.Aws] = Parse(
                "af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1",
                "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5",
                "ap-southeast-6", "ap-southeast-7", "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2", "eu-north-1",
                "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3", "il-central-1", "me-central-1", "me-south-1",
                "mx-central-1", "sa-east-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2"),
            [AwsPartition.AwsCn] = Parse("cn-north-1", "cn-northwest-1"),
            [AwsPartition.AwsUsGov] = Parse("us-gov-east-1", "us-gov-west-1"),
            [AwsPartition.AwsIso] = Parse("us-iso-east-1", "us-iso-west-1"),
            [AwsPartition.AwsIsoB] = Parse("us-isob-east-1", "us-isob-west-1"),
            [AwsPartition.AwsIsoE] = Parse("eu-isoe-west-1"),
            [AwsPartition.AwsIsoF] = Parse("us-isof-east-1", "us-isof-south-1"),
            [AwsPartition.AwsEusc] = Parse("eusc-de-east-1"),
        };

        foreach (var (partition, regions) in table)
        {
            foreach (var region in regions)
            {
                if (!partition.Contains(region))
                {
                    throw new InvalidOperationException($"The Region {region} is listed under {partition} but does not match its pattern.");
                }
            }
        }

        return table;
    }

    private static AwsRegion[] Parse(params string[] codes) => Array.ConvertAll(codes, AwsRegion.Parse);
}
