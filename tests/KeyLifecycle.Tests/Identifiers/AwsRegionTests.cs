using System;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Identifiers;

public class AwsRegionTests
{
    // Independent statement of the syntax: letter groups (two or more) and a digit group, ASCII only, at most 64.
    private static readonly Regex RegionSyntax = new(@"\A[a-z]+(-[a-z]+)+-[0-9]+\z", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("us-east-1")]
    [InlineData("us-west-2")]
    [InlineData("us-gov-west-1")]
    [InlineData("eusc-de-east-1")]
    [InlineData("us-isob-east-1")]
    [InlineData("ap-southeast-7")]
    [InlineData("xx-future-12")]
    public void Parse_WellFormedCode_RoundTrips(string text)
    {
        var region = AwsRegion.Parse(text);

        region.ToString().ShouldBe(text);
        AwsRegion.Parse(text.AsSpan()).ShouldBe(region);
    }

    [Theory]
    [InlineData("US-EAST-1")]
    [InlineData("us-east")]
    [InlineData("us-east-")]
    [InlineData("useast1")]
    [InlineData("local-1")]
    [InlineData("us-east-1a")]
    [InlineData("us--east-1")]
    [InlineData("-us-east-1")]
    [InlineData("us-east1-1")]
    [InlineData("us_east_1")]
    [InlineData(" us-east-1")]
    [InlineData("us-east-1\n")]
    [InlineData("us-east-\u0661")]
    [InlineData("us-\u0435ast-1")]
    public void Parse_MalformedCode_ThrowsFormatException(string text)
    {
        var exception = Should.Throw<FormatException>(() => AwsRegion.Parse(text));

        exception.Message.ShouldContain("is not a valid AWS Region code");
        AwsRegion.TryParse(text, out var result).ShouldBeFalse();
        result.ShouldBe(default);
    }

    [Fact]
    public void Parse_SixtyFourCharacters_IsAccepted()
    {
        var text = new string('a', 30) + "-" + new string('b', 31) + "-1";

        text.Length.ShouldBe(64);
        AwsRegion.Parse(text).ToString().ShouldBe(text);
    }

    [Fact]
    public void Parse_SixtyFiveCharacters_IsRejected()
    {
        var text = new string('a', 31) + "-" + new string('b', 31) + "-1";

        AwsRegion.TryParse(text, out _).ShouldBeFalse();
    }

    [Fact]
    public void Parse_String_ReusesTheInput()
    {
        var text = "eu-west-3";

        AwsRegion.Parse(text).ToString().ShouldBeSameAs(text);
    }

    [Theory]
    [InlineData("us-east-1", "aws")]
    [InlineData("cn-northwest-1", "aws-cn")]
    [InlineData("us-gov-east-1", "aws-us-gov")]
    [InlineData("eusc-de-east-1", "aws-eusc")]
    public void Partition_RegionOfAPartition_IsThatPartition(string region, string partition)
    {
        AwsRegion.Parse(region).Partition.ShouldBe(AwsPartition.Parse(partition));
    }

    [Fact]
    public void Partition_RegionOfNoPartition_IsNull()
    {
        AwsRegion.Parse("xx-east-1").Partition.ShouldBeNull();
    }

    [Fact]
    public void WellKnownInstances_AreTheirCodes()
    {
        AwsRegion.UsEast1.ToString().ShouldBe("us-east-1");
        AwsRegion.UsWest2.ToString().ShouldBe("us-west-2");
        AwsRegion.UsEast1.ShouldBe(AwsRegion.Parse("us-east-1"));
    }

    [Fact]
    public void Default_IsTotalAndEmpty()
    {
        var region = default(AwsRegion);

        region.ToString().ShouldBe(string.Empty);
        region.Partition.ShouldBeNull();
        region.ShouldNotBe(AwsRegion.UsEast1);
        ((IFormattable)region).ToString(null, null).ShouldBe(string.Empty);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Should.Throw<ArgumentNullException>(() => AwsRegion.Parse(null!));
    }

    [Property]
    public Property Parse_OfToString_RoundTrips() =>
        Prop.ForAll(IdentifierGen.AnyRegionText.ToArbitrary(), text =>
        {
            var region = AwsRegion.Parse(text);
            return AwsRegion.Parse(region.ToString()) == region && region.ToString() == text;
        });

    [Property]
    public Property TryParse_AgreesWithSyntaxRegex() =>
        Prop.ForAll(
            Gen.OneOf(IdentifierGen.Hostile, IdentifierGen.Mutated(IdentifierGen.AnyRegionText)).ToArbitrary(),
            text => AwsRegion.TryParse(text, out _) == (text.Length <= 64 && RegionSyntax.IsMatch(text)));

    [Property]
    public Property ParseAndTryParse_Agree() =>
        Prop.ForAll(
            Gen.OneOf(IdentifierGen.Hostile, IdentifierGen.Mutated(IdentifierGen.AnyRegionText)).ToArbitrary(),
            text =>
            {
                var parsed = AwsRegion.TryParse(text, out var result);
                var spanParsed = AwsRegion.TryParse(text.AsSpan(), out var spanResult);
                var exception = Record.Exception(() => AwsRegion.Parse(text));
                return parsed == spanParsed
                    && result == spanResult
                    && (parsed ? exception is null : exception is FormatException);
            });
}
