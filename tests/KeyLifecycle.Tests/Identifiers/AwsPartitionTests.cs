using System;
using System.Linq;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Identifiers;

public class AwsPartitionTests
{
    // Every Region listed in botocore's partitions.json, with its partition (reference section 4.2).
    public static TheoryData<string, string> ListedRegions => new()
    {
        { "af-south-1", "aws" }, { "ap-east-1", "aws" }, { "ap-east-2", "aws" },
        { "ap-northeast-1", "aws" }, { "ap-northeast-2", "aws" }, { "ap-northeast-3", "aws" },
        { "ap-south-1", "aws" }, { "ap-south-2", "aws" },
        { "ap-southeast-1", "aws" }, { "ap-southeast-2", "aws" }, { "ap-southeast-3", "aws" }, { "ap-southeast-4", "aws" },
        { "ap-southeast-5", "aws" }, { "ap-southeast-6", "aws" }, { "ap-southeast-7", "aws" },
        { "ca-central-1", "aws" }, { "ca-west-1", "aws" },
        { "eu-central-1", "aws" }, { "eu-central-2", "aws" }, { "eu-north-1", "aws" },
        { "eu-south-1", "aws" }, { "eu-south-2", "aws" },
        { "eu-west-1", "aws" }, { "eu-west-2", "aws" }, { "eu-west-3", "aws" },
        { "il-central-1", "aws" }, { "me-central-1", "aws" }, { "me-south-1", "aws" }, { "mx-central-1", "aws" },
        { "sa-east-1", "aws" }, { "us-east-1", "aws" }, { "us-east-2", "aws" }, { "us-west-1", "aws" }, { "us-west-2", "aws" },
        { "cn-north-1", "aws-cn" }, { "cn-northwest-1", "aws-cn" },
        { "us-gov-east-1", "aws-us-gov" }, { "us-gov-west-1", "aws-us-gov" },
        { "us-iso-east-1", "aws-iso" }, { "us-iso-west-1", "aws-iso" },
        { "us-isob-east-1", "aws-iso-b" }, { "us-isob-west-1", "aws-iso-b" },
        { "eu-isoe-west-1", "aws-iso-e" },
        { "us-isof-east-1", "aws-iso-f" }, { "us-isof-south-1", "aws-iso-f" },
        { "eusc-de-east-1", "aws-eusc" },
    };

    [Theory]
    [MemberData(nameof(ListedRegions))]
    public void Contains_ListedRegion_OnlyItsOwnPartition(string region, string partition)
    {
        var parsed = AwsRegion.Parse(region);

        AwsPartition.All.Where(p => p.Contains(parsed)).Select(p => p.Name).ShouldBe([partition]);
    }

    [Theory]
    [MemberData(nameof(ListedRegions))]
    public void TryGetForRegion_ListedRegion_FindsItsPartition(string region, string partition)
    {
        AwsPartition.TryGetForRegion(AwsRegion.Parse(region), out var found).ShouldBeTrue();

        found.Name.ShouldBe(partition);
    }

    [Theory]
    [InlineData("aws", "amazonaws.com")]
    [InlineData("aws-cn", "amazonaws.com.cn")]
    [InlineData("aws-us-gov", "amazonaws.com")]
    [InlineData("aws-iso", "c2s.ic.gov")]
    [InlineData("aws-iso-b", "sc2s.sgov.gov")]
    [InlineData("aws-iso-e", "cloud.adc-e.uk")]
    [InlineData("aws-iso-f", "csp.hci.ic.gov")]
    [InlineData("aws-eusc", "amazonaws.eu")]
    public void Parse_KnownName_HasDnsSuffixAndRoundTrips(string name, string dnsSuffix)
    {
        var partition = AwsPartition.Parse(name);

        partition.DnsSuffix.ShouldBe(dnsSuffix);
        partition.Name.ShouldBe(name);
        partition.ToString().ShouldBe(name);
    }

    [Fact]
    public void WellKnownInstances_AreTheEightPartitionsInOrder()
    {
        AwsPartition.All.ShouldBe(
        [
            AwsPartition.Aws, AwsPartition.AwsCn, AwsPartition.AwsUsGov, AwsPartition.AwsIso,
            AwsPartition.AwsIsoB, AwsPartition.AwsIsoE, AwsPartition.AwsIsoF, AwsPartition.AwsEusc,
        ]);
        AwsPartition.All.Select(p => p.Name).ShouldBe(
            ["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"]);
    }

    [Fact]
    public void All_IsNotAWritableArray()
    {
        AwsPartition.All.ShouldNotBeAssignableTo<AwsPartition[]>();
    }

    [Theory]
    [InlineData("aws-foo")]
    [InlineData("AWS")]
    [InlineData("aws ")]
    [InlineData("aws-global")]
    [InlineData("aws-iso-x")]
    [InlineData("amazon")]
    public void Parse_UnknownName_ThrowsFormatExceptionNamingInput(string name)
    {
        var exception = Should.Throw<FormatException>(() => AwsPartition.Parse(name));

        exception.Message.ShouldContain($"'{name}' is not a valid AWS partition");
        AwsPartition.TryParse(name, out var result).ShouldBeFalse();
        result.ShouldBe(default);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Should.Throw<ArgumentNullException>(() => AwsPartition.Parse(null!));
        AwsPartition.TryParse((string?)null, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("us-gov-west-1", "aws")]
    [InlineData("us-iso-east-1", "aws")]
    [InlineData("eusc-de-east-1", "aws")]
    [InlineData("us-east-1", "aws-us-gov")]
    [InlineData("us-isob-east-1", "aws-iso")]
    [InlineData("eu-west-1", "aws-iso-e")]
    [InlineData("eusc-fr-east-1", "aws-eusc")]
    [InlineData("cn-north-east-1", "aws-cn")]
    public void Contains_RegionOfAnotherShape_IsFalse(string region, string partition)
    {
        AwsPartition.Parse(partition).Contains(AwsRegion.Parse(region)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("xx-east-1")]
    [InlineData("local-zone-1")]
    [InlineData("eusc-east-1")]
    public void TryGetForRegion_RegionOfNoPartition_IsFalse(string region)
    {
        AwsPartition.TryGetForRegion(AwsRegion.Parse(region), out var partition).ShouldBeFalse();

        partition.ShouldBe(default);
    }

    [Fact]
    public void Default_IsTotalAndEmpty()
    {
        var partition = default(AwsPartition);

        partition.ToString().ShouldBe(string.Empty);
        partition.Name.ShouldBe(string.Empty);
        partition.DnsSuffix.ShouldBe(string.Empty);
        partition.Contains(AwsRegion.UsEast1).ShouldBeFalse();
        AwsPartition.Aws.Contains(default).ShouldBeFalse();
        AwsPartition.TryGetForRegion(default, out _).ShouldBeFalse();
    }

    [Fact]
    public void SpanFormattable_WritesNameOrReportsShortBuffer()
    {
        var buffer = new char[10];

        Format(AwsPartition.AwsUsGov, buffer, out var written).ShouldBeTrue();
        new string(buffer, 0, written).ShouldBe("aws-us-gov");
        Format(AwsPartition.AwsUsGov, buffer.AsSpan(0, 9), out written).ShouldBeFalse();
        written.ShouldBe(0);
        $"{AwsPartition.AwsCn}".ShouldBe("aws-cn");
    }

    // Through the interface, as string interpolation and generic callers reach it.
    private static bool Format<T>(T value, Span<char> destination, out int written)
        where T : ISpanFormattable => value.TryFormat(destination, out written, default, null);

    [Property]
    public Property Contains_AgreesWithBotocoreRegex() =>
        Prop.ForAll(
            Gen.OneOf(IdentifierGen.PartitionAndRegion.Select(x => x.Region), IdentifierGen.AnyRegionText).ToArbitrary(),
            text =>
            {
                var region = AwsRegion.Parse(text);
                return AwsPartition.All.All(p => p.Contains(region) == BotocoreRegex(p.Name).IsMatch(text));
            });

    [Property]
    public Property TryGetForRegion_GeneratedRegion_FindsThePartitionItWasBuiltFor() =>
        Prop.ForAll(
            IdentifierGen.PartitionAndRegion.ToArbitrary(),
            x => AwsPartition.TryGetForRegion(AwsRegion.Parse(x.Region), out var partition) && partition.Name == x.Partition);

    [Property]
    public Property Parse_OfToString_RoundTrips() =>
        Prop.ForAll(
            Gen.Elements(AwsPartition.All.ToArray()).ToArbitrary(),
            partition => AwsPartition.Parse(partition.ToString()) == partition);

    [Property]
    public Property ParseAndTryParse_Agree() =>
        Prop.ForAll(IdentifierGen.HostileArb, text =>
        {
            var parsed = AwsPartition.TryParse(text, out var result);
            var exception = Record.Exception(() => AwsPartition.Parse(text));
            return parsed ? exception is null && AwsPartition.Parse(text) == result : exception is FormatException;
        });

    // The Region patterns exactly as botocore's partitions.json writes them (Python and .NET agree on these).
    private static Regex BotocoreRegex(string partition) => partition switch
    {
        "aws" => new Regex(@"^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$"),
        "aws-cn" => new Regex(@"^cn\-\w+\-\d+$"),
        "aws-us-gov" => new Regex(@"^us\-gov\-\w+\-\d+$"),
        "aws-iso" => new Regex(@"^us\-iso\-\w+\-\d+$"),
        "aws-iso-b" => new Regex(@"^us\-isob\-\w+\-\d+$"),
        "aws-iso-e" => new Regex(@"^eu\-isoe\-\w+\-\d+$"),
        "aws-iso-f" => new Regex(@"^us\-isof\-\w+\-\d+$"),
        "aws-eusc" => new Regex(@"^eusc\-(de)\-\w+\-\d+$"),
        _ => throw new ArgumentOutOfRangeException(nameof(partition), partition, "Not a partition."),
    };
}
