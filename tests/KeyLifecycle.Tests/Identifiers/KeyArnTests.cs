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

public class KeyArnTests
{
    private const string ExampleArn = "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    [Fact]
    public void Parse_Example_ExposesItsParts()
    {
        var arn = KeyArn.Parse(ExampleArn);

        arn.ToString().ShouldBe(ExampleArn);
        arn.Partition.ShouldBe(AwsPartition.Aws);
        arn.Region.ShouldBe(AwsRegion.UsWest2);
        arn.AccountId.ToString().ShouldBe("111122223333");
        arn.KeyId.ToString().ShouldBe("1234abcd-12ab-34cd-56ef-1234567890ab");
    }

    [Fact]
    public void Parse_MultiRegionKey_ExposesMrkKeyId()
    {
        var arn = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab");

        arn.KeyId.IsMultiRegion.ShouldBeTrue();
        arn.KeyId.ToString().ShouldBe("mrk-1234abcd12ab34cd56ef1234567890ab");
    }

    [Theory]
    [InlineData("arn:aws-cn:kms:cn-north-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "aws-cn", "cn-north-1")]
    [InlineData("arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "aws-us-gov", "us-gov-west-1")]
    [InlineData("arn:aws-iso-b:kms:us-isob-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "aws-iso-b", "us-isob-east-1")]
    [InlineData("arn:aws-eusc:kms:eusc-de-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "aws-eusc", "eusc-de-east-1")]
    public void Parse_OtherPartition_ExposesPartitionAndRegion(string text, string partition, string region)
    {
        var arn = KeyArn.Parse(text);

        arn.Partition.Name.ShouldBe(partition);
        arn.Region.ToString().ShouldBe(region);
    }

    [Fact]
    public void Parse_UpperCaseKeyId_IsCanonicalisedToLowerCase()
    {
        var arn = KeyArn.Parse("arn:aws:kms:us-west-2:111122223333:key/1234ABCD-12AB-34CD-56EF-1234567890AB");

        arn.ToString().ShouldBe(ExampleArn);
        arn.ShouldBe(KeyArn.Parse(ExampleArn));
    }

    [Fact]
    public void Parse_CanonicalString_ReusesTheInput()
    {
        var text = ExampleArn;

        KeyArn.Parse(text).ToString().ShouldBeSameAs(text);
    }

    [Fact]
    public void TryParse_CanonicalStringOrInvalidText_AllocatesNothing()
    {
        var canonical = ExampleArn;
        var invalid = "arn:aws:kms:us-east-1:111122223333:key/alias/aws/sqs";

        KeyIdTests.AllocatedBytes(() => KeyArn.TryParse(canonical, out _)).ShouldBe(0);
        KeyIdTests.AllocatedBytes(() => !KeyArn.TryParse(invalid, out _)).ShouldBe(0);
    }

    [Fact]
    public void Parts_ReadAfterParsing_AllocateNothing()
    {
        var arn = KeyArn.Parse(ExampleArn);

        KeyIdTests.AllocatedBytes(() => arn.Region.ToString() == "us-west-2").ShouldBe(0);
        KeyIdTests.AllocatedBytes(() => arn.AccountId.ToString() == "111122223333").ShouldBe(0);
        KeyIdTests.AllocatedBytes(() => arn.KeyId == KeyId.Parse("1234abcd-12ab-34cd-56ef-1234567890ab")).ShouldBe(0);
        KeyIdTests.AllocatedBytes(() => arn.Partition == AwsPartition.Aws).ShouldBe(0);
    }

    [Fact]
    public void KmsIdentifierParse_InvalidText_AllocatesOnlyTheRefusal()
    {
        const string Invalid = "fake-key-id";
        var oneRefusal = KeyIdTests.AllocatedBytes(() => new InvalidIdentifier(default, IdentifierKind.KeyId, Invalid) is not null);

        KeyIdTests.AllocatedBytes(() => KmsIdentifier.Parse(Invalid).IsT4).ShouldBe(oneRefusal);
        KmsIdentifier.Parse(Invalid).AsT4.Description.ShouldContain("'fake-key-id' is not a valid KMS key ID");
    }

    [Fact]
    public void TryParse_SpanOrUpperCase_AllocatesOnlyTheCanonicalString()
    {
        var oneArnString = KeyIdTests.AllocatedBytes(() => new string('a', ExampleArn.Length).Length > 0);
        var upperCase = "arn:aws:kms:us-west-2:111122223333:key/1234ABCD-12AB-34CD-56EF-1234567890AB";

        KeyIdTests.AllocatedBytes(() => KeyArn.TryParse(ExampleArn.AsSpan(), out _)).ShouldBe(oneArnString);
        KeyIdTests.AllocatedBytes(() => KeyArn.TryParse(upperCase, out _)).ShouldBe(oneArnString);
    }

    [Theory]
    [InlineData("arn:aws:kms:us-east-1:111122223333:key", "its resource is 'key'")]
    [InlineData("arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias", "its resource is 'alias/ExampleAlias'")]
    [InlineData("arn:aws:s3:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "its service is 's3', not 'kms'")]
    [InlineData("arn:aws-foo:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "its partition 'aws-foo' is not an AWS partition")]
    [InlineData("arn:aws:kms:us-east-1:111122223333:key/alias/aws/sqs", "its key ID 'alias/aws/sqs' is not a valid key ID")]
    [InlineData("arn:aws:kms:us-east-1:111122223333:key/", "its key ID '' is not a valid key ID")]
    [InlineData("arn:aws:kms:us-east-1:111122223333:key/fake-key-id", "its key ID 'fake-key-id' is not a valid key ID")]
    [InlineData("arn:aws:kms:us-east-1:11112222333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "its account ID '11112222333' is not valid")]
    [InlineData("arn:aws:kms:US-EAST-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "its Region 'US-EAST-1' is not a valid Region code")]
    [InlineData("arn:aws-cn:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "its Region 'us-east-1' does not belong to its partition 'aws-cn'")]
    [InlineData("arn:aws:kms:us-east-1:key/1234abcd-12ab-34cd-56ef-1234567890ab", "a key ARN has the form")]
    [InlineData("1234abcd-12ab-34cd-56ef-1234567890ab", "a key ARN has the form")]
    [InlineData("ARN:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "a key ARN has the form")]
    public void Parse_InvalidArn_ThrowsFormatExceptionNamingTheBrokenRule(string text, string rule)
    {
        var exception = Should.Throw<FormatException>(() => KeyArn.Parse(text));

        exception.Message.ShouldStartWith($"'{text}' is not a valid KMS key ARN: ");
        exception.Message.ShouldContain(rule);
        KeyArn.TryParse(text, out var result).ShouldBeFalse();
        result.ShouldBe(default);
    }

    [Fact]
    public void Parse_MrkTypoFromCliExample_IsRejected()
    {
        KeyArn.TryParse("arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef12345678990ab", out _).ShouldBeFalse();
    }

    [Fact]
    public void Create_Parts_BuildsCanonicalArn()
    {
        var arn = KeyArn.Create(
            AwsPartition.Aws,
            AwsRegion.UsWest2,
            AwsAccountId.Parse("111122223333"),
            KeyId.Parse("1234ABCD-12AB-34CD-56EF-1234567890AB"));

        arn.ToString().ShouldBe(ExampleArn);
        arn.ShouldBe(KeyArn.Parse(ExampleArn));
    }

    [Fact]
    public void Create_RegionOutsidePartition_ThrowsArgumentException()
    {
        var exception = Should.Throw<ArgumentException>(() => KeyArn.Create(
            AwsPartition.AwsCn,
            AwsRegion.UsEast1,
            AwsAccountId.Parse("111122223333"),
            KeyId.Parse("1234abcd-12ab-34cd-56ef-1234567890ab")));

        exception.ParamName.ShouldBe("region");
        exception.Message.ShouldContain("'us-east-1' does not belong to the partition 'aws-cn'");
    }

    [Fact]
    public void Create_DefaultPart_ThrowsArgumentException()
    {
        var account = AwsAccountId.Parse("111122223333");
        var keyId = KeyId.Parse("1234abcd-12ab-34cd-56ef-1234567890ab");

        Should.Throw<ArgumentException>(() => KeyArn.Create(default, AwsRegion.UsEast1, account, keyId)).ParamName.ShouldBe("partition");
        Should.Throw<ArgumentException>(() => KeyArn.Create(AwsPartition.Aws, default, account, keyId)).ParamName.ShouldBe("region");
        Should.Throw<ArgumentException>(() => KeyArn.Create(AwsPartition.Aws, AwsRegion.UsEast1, default, keyId)).ParamName.ShouldBe("accountId");
        Should.Throw<ArgumentException>(() => KeyArn.Create(AwsPartition.Aws, AwsRegion.UsEast1, account, default)).ParamName.ShouldBe("keyId");
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Should.Throw<ArgumentNullException>(() => KeyArn.Parse(null!));
        KeyArn.TryParse((string?)null, out _).ShouldBeFalse();
    }

    [Fact]
    public void Default_IsTotalAndEmpty()
    {
        var arn = default(KeyArn);

        arn.ToString().ShouldBe(string.Empty);
        arn.Partition.ShouldBe(default);
        arn.Region.ShouldBe(default);
        arn.AccountId.ShouldBe(default);
        arn.KeyId.ShouldBe(default);
    }

    [Property]
    public Property Parse_OfToString_RoundTrips() =>
        Prop.ForAll(IdentifierGen.KeyArnText.ToArbitrary(), text =>
        {
            var arn = KeyArn.Parse(text);
            return KeyArn.Parse(arn.ToString()) == arn && arn.ToString() == text;
        });

    [Property]
    public Property Create_OfParts_EqualsParseOfText() =>
        Prop.ForAll(IdentifierGen.KeyArnText.ToArbitrary(), text =>
        {
            var arn = KeyArn.Parse(text);
            return KeyArn.Create(arn.Partition, arn.Region, arn.AccountId, arn.KeyId) == arn;
        });

    [Property]
    public Property Parts_AreTheTextsItWasBuiltFrom() =>
        Prop.ForAll(
            (from location in IdentifierGen.PartitionAndRegion
             from account in IdentifierGen.AccountText
             from keyId in IdentifierGen.KeyIdText
             select (location.Partition, location.Region, account, keyId)).ToArbitrary(),
            parts =>
            {
                var arn = KeyArn.Parse($"arn:{parts.Partition}:kms:{parts.Region}:{parts.account}:key/{parts.keyId}");
                return arn.Partition.Name == parts.Partition
                    && arn.Region.ToString() == parts.Region
                    && arn.AccountId.ToString() == parts.account
                    && arn.KeyId.ToString() == parts.keyId;
            });

    [Property]
    public Property Parse_UpperCasedKeyId_IsTheLowerCaseArn() =>
        Prop.ForAll(
            IdentifierGen.KeyArnText.SelectMany(text =>
            {
                var keyStart = text.IndexOf(":key/", StringComparison.Ordinal) + ":key/mrk-".Length;
                return IdentifierGen.RandomlyUpperCased(text[keyStart..]).Select(rest => (Canonical: text, Given: text[..keyStart] + rest));
            }).ToArbitrary(),
            x => KeyArn.Parse(x.Given).ToString() == x.Canonical);

    [Property]
    public Property ParseAndTryParse_Agree() =>
        Prop.ForAll(
            Gen.OneOf(IdentifierGen.Hostile, IdentifierGen.Mutated(IdentifierGen.KeyArnText)).ToArbitrary(),
            text =>
            {
                var parsed = KeyArn.TryParse(text, out var result);
                var spanParsed = KeyArn.TryParse(text.AsSpan(), out var spanResult);
                var exception = Record.Exception(() => KeyArn.Parse(text));
                return parsed == spanParsed
                    && result == spanResult
                    && (parsed ? exception is null && KeyArn.Parse(text) == result : exception is FormatException);
            });

    // An oracle written from the documented formats
    // (https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id and the partitions' Region patterns):
    // arn:<partition>:kms:<region of that partition>:<12 ASCII digits>:key/<UUID or mrk- and 32 hex digits>, the Region
    // at most 64 characters. [0-9] rather than \d, which also matches other scripts' digits; \z rather than $, which
    // also matches before a final newline.
    private static readonly Regex KeyArnModel = new(
        @"\Aarn:(?:"
        + string.Join("|", IdentifierGen.RegionPrefixes.Select(entry =>
            $"{Regex.Escape(entry.Partition)}:kms:(?=[a-z0-9-]{{1,64}}:)(?:{string.Join("|", entry.Prefixes.Select(Regex.Escape))})-[a-z]+-[0-9]+"))
        + @"):[0-9]{12}:key/(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|mrk-[0-9a-fA-F]{32})\z",
        RegexOptions.CultureInvariant);

    [Property(MaxTest = 2000)]
    public Property TryParse_AcceptsExactlyTheDocumentedFormat() =>
        Prop.ForAll(
            Gen.OneOf(
                IdentifierGen.Hostile,
                IdentifierGen.Mutated(IdentifierGen.KeyArnText),
                IdentifierGen.KeyArnText.SelectMany(IdentifierGen.RandomlyUpperCased),
                IdentifierGen.KeyArnText).ToArbitrary(),
            text => KeyArn.TryParse(text, out _) == KeyArnModel.IsMatch(text));

    [Property(MaxTest = 2000)]
    public Property FastPath_AgreesWithTheFullParser() =>
        Prop.ForAll(
            Gen.OneOf(IdentifierGen.Hostile, IdentifierGen.Mutated(IdentifierGen.KeyArnText), IdentifierGen.KeyArnText).ToArbitrary(),
            text =>
            {
                var fast = KeyArn.TryRead(text, text, out var fastResult);
                var full = !KeyArn.ParseCore(text, text, out var fullResult).IsFailure;
                return fast == full
                    && fastResult == fullResult
                    && (!fast || (fastResult.Region == fullResult.Region && fastResult.AccountId == fullResult.AccountId && fastResult.KeyId == fullResult.KeyId));
            });

    [Fact]
    public void TryParse_RegionOverSixtyFourCharacters_IsRefused()
    {
        var region = "us-" + new string('a', 60) + "-1";
        region.Length.ShouldBe(65);

        KeyArn.TryParse($"arn:aws:kms:{region}:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", out _).ShouldBeFalse();
        KeyArn.TryParse($"arn:aws:kms:us-{new string('a', 59)}-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData(":111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")]    // the tail alone: no head before it
    [InlineData("a:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")]   // one character of head
    [InlineData("arn:aws:kms::111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")] // an empty Region
    [InlineData("arn::kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")] // an empty partition
    public void TryParse_TailWithoutAWholeHead_IsRefusedWithItsReason(string text)
    {
        KeyArn.TryParse(text, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => KeyArn.Parse(text)).Message.ShouldContain("is not a valid KMS key ARN");
    }
}
