using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Identifiers;

public class AliasArnTests
{
    private const string ExampleArn = "arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias";

    [Fact]
    public void Parse_Example_ExposesItsParts()
    {
        var arn = AliasArn.Parse(ExampleArn);

        arn.ToString().ShouldBe(ExampleArn);
        arn.Partition.ShouldBe(AwsPartition.Aws);
        arn.Region.ShouldBe(AwsRegion.UsWest2);
        arn.AccountId.ToString().ShouldBe("111122223333");
        arn.AliasName.ToString().ShouldBe("alias/ExampleAlias");
    }

    [Fact]
    public void Parse_AliasWithColonsAndSlashes_KeepsThemInTheName()
    {
        var arn = AliasArn.Parse("arn:aws:kms:us-east-1:111122223333:alias/aws/s3:extra:parts");

        arn.AliasName.ToString().ShouldBe("alias/aws/s3:extra:parts");
        arn.AliasName.IsReserved.ShouldBeTrue();
    }

    [Fact]
    public void Parse_String_ReusesTheInput()
    {
        var text = ExampleArn;

        AliasArn.Parse(text).ToString().ShouldBeSameAs(text);
    }

    [Fact]
    public void Equality_IsCaseSensitiveInTheName()
    {
        AliasArn.Parse(ExampleArn).ShouldNotBe(AliasArn.Parse("arn:aws:kms:us-west-2:111122223333:alias/examplealias"));
    }

    [Theory]
    [InlineData("arn:aws:kms:us-west-2:111122223333:alias/", "its alias name 'alias/' is not valid")]
    [InlineData("arn:aws:kms:us-west-2:111122223333:alias/bad name", "its alias name 'alias/bad name' is not valid")]
    [InlineData("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "an alias ARN's resource is alias/<alias-name>")]
    [InlineData("arn:aws:kms:us-west-2:111122223333:ExampleAlias", "its resource is 'ExampleAlias'")]
    [InlineData("arn:aws:sns:us-west-2:111122223333:alias/ExampleAlias", "its service is 'sns', not 'kms'")]
    [InlineData("arn:aws-foo:kms:us-west-2:111122223333:alias/ExampleAlias", "its partition 'aws-foo' is not an AWS partition")]
    [InlineData("arn:aws:kms:us-west-2:alias/ExampleAlias", "an alias ARN has the form")]
    [InlineData("alias/ExampleAlias", "an alias ARN has the form")]
    public void Parse_InvalidArn_ThrowsFormatExceptionNamingTheBrokenRule(string text, string rule)
    {
        var exception = Should.Throw<FormatException>(() => AliasArn.Parse(text));

        exception.Message.ShouldStartWith($"'{text}' is not a valid KMS alias ARN: ");
        exception.Message.ShouldContain(rule);
        AliasArn.TryParse(text, out var result).ShouldBeFalse();
        result.ShouldBe(default);
    }

    [Fact]
    public void Parse_NameOverTwoHundredFiftySix_IsRejected()
    {
        var name = "alias/" + new string('x', 251);

        AliasArn.TryParse("arn:aws:kms:us-west-2:111122223333:" + name, out _).ShouldBeFalse();
    }

    [Fact]
    public void Create_Parts_BuildsArn()
    {
        var arn = AliasArn.Create(AwsPartition.Aws, AwsRegion.UsWest2, AwsAccountId.Parse("111122223333"), AliasName.Parse("alias/ExampleAlias"));

        arn.ToString().ShouldBe(ExampleArn);
    }

    [Fact]
    public void Create_RegionOutsidePartitionOrDefaultName_ThrowsArgumentException()
    {
        var account = AwsAccountId.Parse("111122223333");
        var alias = AliasName.Parse("alias/ExampleAlias");

        Should.Throw<ArgumentException>(() => AliasArn.Create(AwsPartition.AwsUsGov, AwsRegion.UsWest2, account, alias)).ParamName.ShouldBe("region");
        Should.Throw<ArgumentException>(() => AliasArn.Create(AwsPartition.Aws, AwsRegion.UsWest2, account, default)).ParamName.ShouldBe("aliasName");
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Should.Throw<ArgumentNullException>(() => AliasArn.Parse(null!));
        AliasArn.TryParse((string?)null, out _).ShouldBeFalse();
    }

    [Fact]
    public void Default_IsTotalAndEmpty()
    {
        var arn = default(AliasArn);

        arn.ToString().ShouldBe(string.Empty);
        arn.Partition.ShouldBe(default);
        arn.Region.ShouldBe(default);
        arn.AccountId.ShouldBe(default);
        arn.AliasName.ShouldBe(default);
    }

    [Property]
    public Property Parse_OfToString_RoundTrips() =>
        Prop.ForAll(IdentifierGen.AliasArnText.ToArbitrary(), text =>
        {
            var arn = AliasArn.Parse(text);
            return AliasArn.Parse(arn.ToString()) == arn && arn.ToString() == text;
        });

    [Property]
    public Property Create_OfParts_EqualsParseOfText() =>
        Prop.ForAll(IdentifierGen.AliasArnText.ToArbitrary(), text =>
        {
            var arn = AliasArn.Parse(text);
            return AliasArn.Create(arn.Partition, arn.Region, arn.AccountId, arn.AliasName) == arn;
        });

    [Property]
    public Property ParseAndTryParse_Agree() =>
        Prop.ForAll(
            Gen.OneOf(IdentifierGen.Hostile, IdentifierGen.Mutated(IdentifierGen.AliasArnText)).ToArbitrary(),
            text =>
            {
                var parsed = AliasArn.TryParse(text, out var result);
                var exception = Record.Exception(() => AliasArn.Parse(text.AsSpan()));
                return parsed ? exception is null && AliasArn.Parse(text) == result : exception is FormatException;
            });
}
