using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Identifiers;

public class KeyIdTests
{
    [Fact]
    public void Parse_SingleRegionExample_RoundTrips()
    {
        var keyId = KeyId.Parse("1234abcd-12ab-34cd-56ef-1234567890ab");

        keyId.ToString().ShouldBe("1234abcd-12ab-34cd-56ef-1234567890ab");
        keyId.IsMultiRegion.ShouldBeFalse();
    }

    [Fact]
    public void Parse_MultiRegionExample_RoundTrips()
    {
        var keyId = KeyId.Parse("mrk-1234abcd12ab34cd56ef1234567890ab");

        keyId.ToString().ShouldBe("mrk-1234abcd12ab34cd56ef1234567890ab");
        keyId.IsMultiRegion.ShouldBeTrue();
    }

    [Theory]
    [InlineData("fake-key-id")]
    [InlineData("key_id")]
    [InlineData("mrk-fake-key-id")]
    [InlineData("134f2428cec14b25a1ae9048164dba47")]
    [InlineData("mrk-1234abcd12ab34cd56ef12345678990ab")]
    [InlineData("mrk-1234abcd12ab34cd56ef1234567890a")]
    [InlineData("MRK-1234abcd12ab34cd56ef1234567890ab")]
    [InlineData("mrk-1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("{1234abcd-12ab-34cd-56ef-1234567890ab}")]
    [InlineData("1234abcd-12ab-34cd-56ef-1234567890ag")]
    [InlineData("1234abcd-12ab-34cd-56ef-1234567890a")]
    [InlineData("1234abcd-12ab-34cd-56ef-1234567890abc")]
    [InlineData("1234abcd12ab-34cd-56ef-1234567890ab-")]
    [InlineData("+234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("0x34abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("1234abcd-0X2b-34cd-56ef-1234567890ab")]
    [InlineData("1234abcd-12ab-+0x4-56ef-1234567890ab")]
    [InlineData("1234abcd-12ab-34cd-56ef-+234567890ab")]
    [InlineData("1234ABCD-12AB-34CD-+6EF-1234567890AB")]
    [InlineData("mrk-+234abcd12ab34cd56ef1234567890ab")]
    [InlineData("mrk-0x34abcd12ab34cd56ef1234567890ab")]
    [InlineData(" 1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("1234abcd-12ab-34cd-56ef-1234567890a\u0661")]
    [InlineData("1234abcd-12ab-34cd-56ef-1234567890a\uFF41")]
    [InlineData("alias/ExampleAlias")]
    [InlineData("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    public void Parse_NotAKeyId_ThrowsFormatExceptionNamingInput(string text)
    {
        var exception = Should.Throw<FormatException>(() => KeyId.Parse(text));

        exception.Message.ShouldContain("is not a valid KMS key ID");
        exception.Message.ShouldContain("8-4-4-4-12");
        KeyId.TryParse(text, out var result).ShouldBeFalse();
        result.ShouldBe(default);
    }

    [Fact]
    public void Parse_FakeKeyId_MessageQuotesInputAndRule()
    {
        var exception = Should.Throw<FormatException>(() => KeyId.Parse("fake-key-id"));

        exception.Message.ShouldBe(
            "'fake-key-id' is not a valid KMS key ID: a key ID is a UUID of 8-4-4-4-12 hexadecimal digits "
            + "(such as 1234abcd-12ab-34cd-56ef-1234567890ab) or 'mrk-' followed by 32 hexadecimal digits "
            + "(such as mrk-1234abcd12ab34cd56ef1234567890ab).");
    }

    [Theory]
    [InlineData("1234ABCD-12AB-34CD-56EF-1234567890AB", "1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("1234abcd-12AB-34cd-56Ef-1234567890aB", "1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("mrk-1234ABCD12AB34CD56EF1234567890AB", "mrk-1234abcd12ab34cd56ef1234567890ab")]
    public void Parse_UpperCaseHex_IsCanonicalisedToLowerCase(string text, string canonical)
    {
        var keyId = KeyId.Parse(text);

        keyId.ToString().ShouldBe(canonical);
        keyId.ShouldBe(KeyId.Parse(canonical));
        KeyId.Parse(text.AsSpan()).ToString().ShouldBe(canonical);
    }

    [Fact]
    public void Parse_CanonicalString_ReusesTheInput()
    {
        var text = "1234abcd-12ab-34cd-56ef-1234567890ab";

        KeyId.Parse(text).ToString().ShouldBeSameAs(text);
    }

    [Fact]
    public void TryParse_CanonicalStringOrInvalidText_AllocatesNothing()
    {
        var canonical = "mrk-1234abcd12ab34cd56ef1234567890ab";
        var invalid = "mrk-1234abcd12ab34cd56ef12345678990ab";

        AllocatedBytes(() => KeyId.TryParse(canonical, out _)).ShouldBe(0);
        AllocatedBytes(() => !KeyId.TryParse(invalid, out _)).ShouldBe(0);
    }

    [Fact]
    public void TryParse_SpanOrUpperCase_AllocatesNothing()
    {
        // The key ID is held as its UUID; its text is made only when read.
        AllocatedBytes(() => KeyId.TryParse("1234abcd-12ab-34cd-56ef-1234567890ab".AsSpan(), out _)).ShouldBe(0);
        AllocatedBytes(() => KeyId.TryParse("1234ABCD-12AB-34CD-56EF-1234567890AB", out _)).ShouldBe(0);
        AllocatedBytes(() => KeyId.TryParse("mrk-1234ABCD12AB34CD56EF1234567890AB", out _)).ShouldBe(0);
    }

    [Fact]
    public void NewSingleRegion_Guid_IsLowerCaseHyphenatedForm()
    {
        var keyId = KeyId.NewSingleRegion(new Guid("1234ABCD-12AB-34CD-56EF-1234567890AB"));

        keyId.ToString().ShouldBe("1234abcd-12ab-34cd-56ef-1234567890ab");
        keyId.IsMultiRegion.ShouldBeFalse();
    }

    [Fact]
    public void NewMultiRegion_Guid_IsMrkAndThirtyTwoHexDigits()
    {
        var keyId = KeyId.NewMultiRegion(new Guid("1234abcd-12ab-34cd-56ef-1234567890ab"));

        keyId.ToString().ShouldBe("mrk-1234abcd12ab34cd56ef1234567890ab");
        keyId.IsMultiRegion.ShouldBeTrue();
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Should.Throw<ArgumentNullException>(() => KeyId.Parse(null!));
        KeyId.TryParse((string?)null, out _).ShouldBeFalse();
    }

    [Fact]
    public void Parse_Empty_ThrowsFormatException()
    {
        Should.Throw<FormatException>(() => KeyId.Parse(string.Empty)).Message.ShouldBe("An empty string is not a valid KMS key ID.");
    }

    [Fact]
    public void Parse_TenMegabytes_FailsWithoutEchoingTheInput()
    {
        var text = new string('a', 10 * 1024 * 1024);

        var exception = Should.Throw<FormatException>(() => KeyId.Parse(text));

        exception.Message.ShouldBe(
            "The KMS key ID is 10485760 characters long; identifiers longer than 2048 characters are rejected.");
        KeyId.TryParse(text, out _).ShouldBeFalse();
    }

    [Fact]
    public void Default_IsTotalAndEmpty()
    {
        var keyId = default(KeyId);

        keyId.ToString().ShouldBe(string.Empty);
        keyId.IsMultiRegion.ShouldBeFalse();
        keyId.ShouldNotBe(KeyId.Parse("1234abcd-12ab-34cd-56ef-1234567890ab"));
    }

    [Fact]
    public void Interfaces_ParseAndFormatLikeTheStaticMembers()
    {
        ParseGeneric<KeyId>("mrk-1234abcd12ab34cd56ef1234567890ab").ToString().ShouldBe("mrk-1234abcd12ab34cd56ef1234567890ab");
        $"{KeyId.Parse("1234abcd-12ab-34cd-56ef-1234567890ab"),40}".ShouldBe("    1234abcd-12ab-34cd-56ef-1234567890ab");
    }

    [Property]
    public Property Parse_OfToString_RoundTrips() =>
        Prop.ForAll(IdentifierGen.KeyIdText.ToArbitrary(), text =>
        {
            var keyId = KeyId.Parse(text);
            return KeyId.Parse(keyId.ToString()) == keyId && keyId.ToString() == text;
        });

    [Property]
    public Property NewSingleRegion_AnyGuid_ParsesBackToItself() =>
        Prop.ForAll(IdentifierGen.Uuid.ToArbitrary(), uuid =>
            KeyId.Parse(KeyId.NewSingleRegion(uuid).ToString()) == KeyId.NewSingleRegion(uuid)
            && Guid.ParseExact(KeyId.NewSingleRegion(uuid).ToString(), "D") == uuid);

    [Property]
    public Property NewMultiRegion_AnyGuid_ParsesBackToItself() =>
        Prop.ForAll(IdentifierGen.Uuid.ToArbitrary(), uuid =>
        {
            var keyId = KeyId.NewMultiRegion(uuid);
            return KeyId.Parse(keyId.ToString()) == keyId && keyId.IsMultiRegion && Guid.ParseExact(keyId.ToString()[4..], "N") == uuid;
        });

    [Property]
    public Property Parse_UpperCasedKeyId_IsTheLowerCaseKeyId() =>
        Prop.ForAll(
            IdentifierGen.KeyIdText.SelectMany(text => IdentifierGen.RandomlyUpperCased(text[4..]).Select(rest => (text, text[..4] + rest))).ToArbitrary(),
            x => KeyId.Parse(x.Item2) == KeyId.Parse(x.text) && KeyId.Parse(x.Item2).ToString() == x.text);

    // Guid's "D" parser also takes '+' and "0x" inside groups; restricting to hex digits and hyphens removes that.
    [Property]
    public Property TryParse_AgreesWithGuidOracle() =>
        Prop.ForAll(
            Gen.OneOf(IdentifierGen.Hostile, IdentifierGen.Mutated(IdentifierGen.KeyIdText)).ToArbitrary(),
            text => KeyId.TryParse(text, out _) == IsKeyIdByOracle(text));

    [Property]
    public Property ParseAndTryParse_Agree() =>
        Prop.ForAll(
            Gen.OneOf(IdentifierGen.Hostile, IdentifierGen.Mutated(IdentifierGen.KeyIdText)).ToArbitrary(),
            text =>
            {
                var parsed = KeyId.TryParse(text, out var result);
                var spanParsed = KeyId.TryParse(text.AsSpan(), out var spanResult);
                var exception = Record.Exception(() => KeyId.Parse(text));
                return parsed == spanParsed
                    && result == spanResult
                    && (parsed ? exception is null && KeyId.Parse(text) == result : exception is FormatException);
            });

    private static bool IsKeyIdByOracle(string text)
    {
        if (text.StartsWith("mrk-", StringComparison.Ordinal))
        {
            var hex = text[4..];
            return hex.Length == 32 && hex.All(Uri.IsHexDigit) && Guid.TryParseExact(hex, "N", out _);
        }

        return text.Length == 36 && text.All(c => c == '-' || Uri.IsHexDigit(c)) && Guid.TryParseExact(text, "D", out _);
    }

    // Runs the action once to warm it up, then measures what a second run allocates on this thread.
    internal static long AllocatedBytes(Func<bool> action)
    {
        action().ShouldBeTrue();
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static T ParseGeneric<T>(string text)
        where T : ISpanParsable<T> => T.Parse(text.AsSpan(), null);
}
