using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Identifiers;

public class AwsAccountIdTests
{
    [Theory]
    [InlineData("111122223333")]
    [InlineData("000000000000")]
    [InlineData("012345678901")]
    [InlineData("999999999999")]
    public void Parse_TwelveAsciiDigits_KeepsTheTextExactly(string text)
    {
        var account = AwsAccountId.Parse(text);

        account.ToString().ShouldBe(text);
        AwsAccountId.Parse(text.AsSpan()).ShouldBe(account);
    }

    [Fact]
    public void Parse_LeadingZeros_AreSignificant()
    {
        AwsAccountId.Parse("012345678901").ShouldNotBe(AwsAccountId.Parse("123456789010"));
    }

    [Theory]
    [InlineData("11112222333")]
    [InlineData("1111222233334")]
    [InlineData("1111-2222-3333")]
    [InlineData("11112222333a")]
    [InlineData(" 111122223333")]
    [InlineData("+11112222333")]
    [InlineData("\u0661\u0661\u0661\u0661\u0662\u0662\u0662\u0662\u0663\u0663\u0663\u0663")]
    [InlineData("\uFF11\uFF11\uFF11\uFF11\uFF12\uFF12\uFF12\uFF12\uFF13\uFF13\uFF13\uFF13")]
    [InlineData("11112222333\u0663")]
    public void Parse_NotTwelveAsciiDigits_ThrowsFormatException(string text)
    {
        var exception = Should.Throw<FormatException>(() => AwsAccountId.Parse(text));

        exception.Message.ShouldContain("is not a valid AWS account ID");
        exception.Message.ShouldContain("exactly 12 ASCII digits");
        AwsAccountId.TryParse(text, out var result).ShouldBeFalse();
        result.ShouldBe(default);
    }

    [Fact]
    public void Parse_ArabicIndicDigits_MessageShowsThemEscaped()
    {
        var exception = Should.Throw<FormatException>(() => AwsAccountId.Parse("11112222333\u0663"));

        exception.Message.ShouldStartWith(@"'11112222333\u0663' is not a valid AWS account ID");
    }

    [Fact]
    public void Parse_String_ReusesTheInput()
    {
        var text = "444455556666";

        AwsAccountId.Parse(text).ToString().ShouldBeSameAs(text);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Should.Throw<ArgumentNullException>(() => AwsAccountId.Parse(null!));
        AwsAccountId.TryParse((string?)null, out _).ShouldBeFalse();
    }

    [Fact]
    public void Default_IsTotalAndEmpty()
    {
        default(AwsAccountId).ToString().ShouldBe(string.Empty);
        default(AwsAccountId).GetHashCode().ShouldBe(default(AwsAccountId).GetHashCode());
    }

    [Property]
    public Property Parse_OfToString_RoundTrips() =>
        Prop.ForAll(IdentifierGen.AccountText.ToArbitrary(), text =>
        {
            var account = AwsAccountId.Parse(text);
            return AwsAccountId.Parse(account.ToString()) == account && account.ToString() == text;
        });

    // The number parser accepts only ASCII digits with NumberStyles.None, so it is an independent oracle, except that
    // .NET number parsing ignores trailing NUL characters ("62961817233\0" parses), which the oracle must rule out itself.
    [Property]
    public Property TryParse_AgreesWithNumberParser() =>
        Prop.ForAll(
            Gen.OneOf(IdentifierGen.Hostile, IdentifierGen.Mutated(IdentifierGen.AccountText)).ToArbitrary(),
            text => AwsAccountId.TryParse(text, out _)
                == (text.Length == 12 && !text.Contains('\0', StringComparison.Ordinal)
                    && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _)));

    [Fact]
    public void TryParse_ElevenDigitsAndATrailingNul_IsFalse() =>
        AwsAccountId.TryParse("62961817233\0", out _).ShouldBeFalse();

    [Property]
    public Property ParseAndTryParse_Agree() =>
        Prop.ForAll(
            Gen.OneOf(IdentifierGen.Hostile, IdentifierGen.Mutated(IdentifierGen.AccountText)).ToArbitrary(),
            text =>
            {
                var parsed = AwsAccountId.TryParse(text, out var result);
                var exception = Record.Exception(() => AwsAccountId.Parse(text.AsSpan()));
                return parsed ? exception is null && AwsAccountId.Parse(text) == result : exception is FormatException;
            });
}
