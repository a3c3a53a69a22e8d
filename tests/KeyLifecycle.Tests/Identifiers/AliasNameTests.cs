using System;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Identifiers;

public class AliasNameTests
{
    // AliasNameType from the KMS service model: length 1..256, ^[a-zA-Z0-9:/_-]+$, plus the alias/ prefix rule.
    private static readonly Regex AliasNameType = new(@"\Aalias/[a-zA-Z0-9:/_-]+\z", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("alias/ExampleAlias")]
    [InlineData("alias/aws/s3")]
    [InlineData("alias/a")]
    [InlineData("alias/my:alias/with_every-kind09")]
    [InlineData("alias//")]
    [InlineData("alias/aws/")]
    public void Parse_ValidName_RoundTrips(string text)
    {
        var alias = AliasName.Parse(text);

        alias.ToString().ShouldBe(text);
        AliasName.Parse(text.AsSpan()).ShouldBe(alias);
    }

    [Theory]
    [InlineData("alias/")]
    [InlineData("alias")]
    [InlineData("Alias/ExampleAlias")]
    [InlineData("ALIAS/ExampleAlias")]
    [InlineData("ExampleAlias")]
    [InlineData("alias/Example Alias")]
    [InlineData("alias/Example.Alias")]
    [InlineData("alias/Exampl\u00E9")]
    [InlineData("alias/tab\there")]
    [InlineData("alias/\u0661")]
    [InlineData(" alias/ExampleAlias")]
    public void Parse_InvalidName_ThrowsFormatException(string text)
    {
        var exception = Should.Throw<FormatException>(() => AliasName.Parse(text));

        exception.Message.ShouldContain("is not a valid KMS alias name");
        AliasName.TryParse(text, out var result).ShouldBeFalse();
        result.ShouldBe(default);
    }

    [Fact]
    public void Parse_TwoHundredFiftySixCharacters_IsAccepted()
    {
        var text = "alias/" + new string('x', 250);

        AliasName.Parse(text).ToString().ShouldBe(text);
    }

    [Fact]
    public void Parse_TwoHundredFiftySevenCharacters_IsRejected()
    {
        var text = "alias/" + new string('x', 251);

        Should.Throw<FormatException>(() => AliasName.Parse(text)).Message.ShouldContain("at most 256 characters");
    }

    [Theory]
    [InlineData("alias/aws/s3", true)]
    [InlineData("alias/aws/", true)]
    [InlineData("alias/aws", false)]
    [InlineData("alias/AWS/s3", false)]
    [InlineData("alias/awsome", false)]
    [InlineData("alias/ExampleAlias", false)]
    public void IsReserved_StartsWithAliasAws_IsTrue(string text, bool reserved)
    {
        AliasName.Parse(text).IsReserved.ShouldBe(reserved);
    }

    [Fact]
    public void Equality_IsCaseSensitive()
    {
        AliasName.Parse("alias/ExampleAlias").ShouldNotBe(AliasName.Parse("alias/examplealias"));
    }

    [Fact]
    public void Parse_String_ReusesTheInput()
    {
        var text = "alias/ExampleAlias";

        AliasName.Parse(text).ToString().ShouldBeSameAs(text);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Should.Throw<ArgumentNullException>(() => AliasName.Parse(null!));
        AliasName.TryParse((string?)null, out _).ShouldBeFalse();
    }

    [Fact]
    public void Default_IsTotalAndEmpty()
    {
        default(AliasName).ToString().ShouldBe(string.Empty);
        default(AliasName).IsReserved.ShouldBeFalse();
    }

    [Property]
    public Property Parse_OfToString_RoundTrips() =>
        Prop.ForAll(IdentifierGen.AliasNameText.ToArbitrary(), text =>
        {
            var alias = AliasName.Parse(text);
            return AliasName.Parse(alias.ToString()) == alias && alias.ToString() == text;
        });

    [Property]
    public Property TryParse_AgreesWithServiceModelPattern() =>
        Prop.ForAll(
            Gen.OneOf(IdentifierGen.Hostile, IdentifierGen.Mutated(IdentifierGen.AliasNameText)).ToArbitrary(),
            text => AliasName.TryParse(text, out _) == (text.Length <= 256 && AliasNameType.IsMatch(text)));

    [Property]
    public Property ParseAndTryParse_Agree() =>
        Prop.ForAll(
            Gen.OneOf(IdentifierGen.Hostile, IdentifierGen.Mutated(IdentifierGen.AliasNameText)).ToArbitrary(),
            text =>
            {
                var parsed = AliasName.TryParse(text, out var result);
                var exception = Record.Exception(() => AliasName.Parse(text.AsSpan()));
                return parsed ? exception is null && AliasName.Parse(text) == result : exception is FormatException;
            });
}
