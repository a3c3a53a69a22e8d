using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyLifecycle.Identifiers;
using OneOf;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Identifiers;

public class KmsIdentifierTests
{
    [Fact]
    public void Parse_KeyId_IsKeyId()
    {
        KmsIdentifier.Parse("1234abcd-12ab-34cd-56ef-1234567890ab").TryPickT0(out var keyId, out _).ShouldBeTrue();

        keyId.ToString().ShouldBe("1234abcd-12ab-34cd-56ef-1234567890ab");
    }

    [Fact]
    public void Parse_MultiRegionKeyId_IsKeyId()
    {
        KmsIdentifier.Parse("mrk-1234abcd12ab34cd56ef1234567890ab").TryPickT0(out var keyId, out _).ShouldBeTrue();

        keyId.IsMultiRegion.ShouldBeTrue();
    }

    [Fact]
    public void Parse_KeyArn_IsKeyArn()
    {
        KmsIdentifier.Parse("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")
            .TryPickT1(out var arn, out _).ShouldBeTrue();

        arn.KeyId.ToString().ShouldBe("1234abcd-12ab-34cd-56ef-1234567890ab");
    }

    [Fact]
    public void Parse_AliasName_IsAliasName()
    {
        KmsIdentifier.Parse("alias/ExampleAlias").TryPickT2(out var alias, out _).ShouldBeTrue();

        alias.ToString().ShouldBe("alias/ExampleAlias");
    }

    [Fact]
    public void Parse_AliasArn_IsAliasArn()
    {
        KmsIdentifier.Parse("arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias").TryPickT3(out var arn, out _).ShouldBeTrue();

        arn.AliasName.ToString().ShouldBe("alias/ExampleAlias");
    }

    [Fact]
    public void Parse_UpperCaseKeyId_IsTheCanonicalKeyId()
    {
        KmsIdentifier.Parse("1234ABCD-12AB-34CD-56EF-1234567890AB").TryPickT0(out var keyId, out _).ShouldBeTrue();

        keyId.ToString().ShouldBe("1234abcd-12ab-34cd-56ef-1234567890ab");
    }

    [Theory]
    [InlineData("fake-key-id")]
    [InlineData("key_id")]
    [InlineData("mrk-fake-key-id")]
    [InlineData("134f2428cec14b25a1ae9048164dba47")]
    [InlineData("mrk-1234abcd12ab34cd56ef12345678990ab")]
    [InlineData("Alias/ExampleAlias")]
    [InlineData("ARN:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("\0")]
    [InlineData("\uD800")]
    public void Parse_InvalidKeyIdSyntax_IsInvalidKeyId(string text)
    {
        var invalid = ExpectInvalid(text);

        invalid.Reason.ShouldBe(IdentifierError.InvalidKeyId);
        invalid.Input.ShouldBe(text);
        invalid.ArnPartition.ShouldBeNull();
        invalid.ArnRegion.ShouldBeNull();
    }

    [Theory]
    [InlineData("alias/")]
    [InlineData("alias/bad name")]
    [InlineData("alias/caf\u00E9")]
    public void Parse_InvalidAliasName_IsInvalidAliasName(string text)
    {
        ExpectInvalid(text).Reason.ShouldBe(IdentifierError.InvalidAliasName);
    }

    [Theory]
    [InlineData("arn:aws:kms:us-east-1:111122223333")]
    [InlineData("arn:")]
    [InlineData("arn:aws:kms:us-east-1:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    public void Parse_TooFewArnFields_IsMalformedArn(string text)
    {
        var invalid = ExpectInvalid(text);

        invalid.Reason.ShouldBe(IdentifierError.MalformedArn);
        invalid.ArnPartition.ShouldBeNull();
    }

    [Fact]
    public void Parse_UnknownPartition_IsUnknownPartition()
    {
        var invalid = ExpectInvalid("arn:aws-foo:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");

        invalid.Reason.ShouldBe(IdentifierError.UnknownPartition);
        invalid.ArnPartition.ShouldBeNull();
        invalid.Description.ShouldContain("its partition 'aws-foo' is not an AWS partition");
    }

    [Fact]
    public void Parse_WrongService_IsNotKmsService()
    {
        var invalid = ExpectInvalid("arn:aws:s3:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");

        invalid.Reason.ShouldBe(IdentifierError.NotKmsService);
        invalid.ArnPartition.ShouldBeNull();
        invalid.ArnRegion.ShouldBeNull();
    }

    [Fact]
    public void Parse_MalformedRegion_IsInvalidRegionWithoutArnFields()
    {
        var invalid = ExpectInvalid("arn:aws:kms:useast1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");

        invalid.Reason.ShouldBe(IdentifierError.InvalidRegion);
        invalid.ArnRegion.ShouldBeNull();
    }

    [Fact]
    public void Parse_RegionOfAnotherPartition_IsRegionNotInPartitionWithArnFields()
    {
        var invalid = ExpectInvalid("arn:aws-us-gov:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");

        invalid.Reason.ShouldBe(IdentifierError.RegionNotInPartition);
        invalid.ArnPartition.ShouldBe("aws-us-gov");
        invalid.ArnRegion.ShouldBe("us-east-1");
    }

    [Fact]
    public void Parse_BadAccount_IsInvalidAccountIdWithArnFields()
    {
        var invalid = ExpectInvalid("arn:aws:kms:us-west-2:1111222233334:key/1234abcd-12ab-34cd-56ef-1234567890ab");

        invalid.Reason.ShouldBe(IdentifierError.InvalidAccountId);
        invalid.ArnPartition.ShouldBe("aws");
        invalid.ArnRegion.ShouldBe("us-west-2");
    }

    [Fact]
    public void Parse_ResourceWithoutKeyId_IsUnsupportedResourceTypeWithArnFields()
    {
        var invalid = ExpectInvalid("arn:aws:kms:us-east-1:111122223333:key");

        invalid.Reason.ShouldBe(IdentifierError.UnsupportedResourceType);
        invalid.ArnPartition.ShouldBe("aws");
        invalid.ArnRegion.ShouldBe("us-east-1");
        invalid.Description.ShouldBe(
            "'arn:aws:kms:us-east-1:111122223333:key' is not a valid KMS key ARN or alias ARN: its resource is 'key'; "
            + "a KMS ARN's resource is key/<key-id> or alias/<alias-name>.");
    }

    [Fact]
    public void Parse_AliasInsideKeyArn_IsInvalidKeyIdInArnWithArnFields()
    {
        var invalid = ExpectInvalid("arn:aws:kms:us-east-1:111122223333:key/alias/aws/sqs");

        invalid.Reason.ShouldBe(IdentifierError.InvalidKeyIdInArn);
        invalid.ArnPartition.ShouldBe("aws");
        invalid.ArnRegion.ShouldBe("us-east-1");
        invalid.Description.ShouldContain("its key ID 'alias/aws/sqs' is not a valid key ID");
    }

    [Fact]
    public void Parse_BadAliasInsideAliasArn_IsInvalidAliasNameInArnWithArnFields()
    {
        var invalid = ExpectInvalid("arn:aws-cn:kms:cn-north-1:111122223333:alias/bad name");

        invalid.Reason.ShouldBe(IdentifierError.InvalidAliasNameInArn);
        invalid.ArnPartition.ShouldBe("aws-cn");
        invalid.ArnRegion.ShouldBe("cn-north-1");
    }

    [Fact]
    public void Parse_Null_IsMissing()
    {
        var invalid = ExpectInvalid(null);

        invalid.Reason.ShouldBe(IdentifierError.Missing);
        invalid.Input.ShouldBe(string.Empty);
        invalid.Description.ShouldBe("The KMS key identifier (key ID, key ARN, alias name or alias ARN) is missing (null).");
    }

    [Fact]
    public void Parse_Empty_IsEmpty()
    {
        ExpectInvalid(string.Empty).Reason.ShouldBe(IdentifierError.Empty);
        KmsIdentifier.Parse(ReadOnlySpan<char>.Empty).TryPickT4(out var invalid, out _).ShouldBeTrue();
        invalid.Reason.ShouldBe(IdentifierError.Empty);
    }

    [Fact]
    public void Parse_2048Characters_IsCheckedForSyntax()
    {
        ExpectInvalid(new string('a', 2048)).Reason.ShouldBe(IdentifierError.InvalidKeyId);
    }

    [Fact]
    public void Parse_2049Characters_IsTooLongEvenWhenItLooksLikeAnArn()
    {
        var text = "arn:aws:kms:us-east-1:111122223333:alias/" + new string('x', 2049 - 41);
        text.Length.ShouldBe(2049);

        var invalid = ExpectInvalid(text);

        invalid.Reason.ShouldBe(IdentifierError.TooLong);
        invalid.Input.ShouldBeSameAs(text);
        invalid.ArnPartition.ShouldBeNull();
    }

    [Fact]
    public void Parse_TenMegabytes_IsTooLongAndKeepsTheInput()
    {
        var text = new string('\0', 10 * 1024 * 1024);

        var invalid = ExpectInvalid(text);

        invalid.Reason.ShouldBe(IdentifierError.TooLong);
        invalid.Input.ShouldBeSameAs(text);
        invalid.Description.Length.ShouldBeLessThan(200);
    }

    [Fact]
    public void Parse_Span_CopiesTheInputIntoTheFailure()
    {
        KmsIdentifier.Parse("fake-key-id".AsSpan()).TryPickT4(out var invalid, out _).ShouldBeTrue();

        invalid.Input.ShouldBe("fake-key-id");
        invalid.Reason.ShouldBe(IdentifierError.InvalidKeyId);
    }

    [Property(MaxTest = 300)]
    public Property Parse_AnyString_NeverThrowsAndYieldsAValueOrAFailureAboutTheInput() =>
        Prop.ForAll(IdentifierGen.HostileArb, text =>
        {
            OneOf<KeyId, KeyArn, AliasName, AliasArn, InvalidIdentifier> result = default;
            var exception = Record.Exception(() => result = KmsIdentifier.Parse(text));
            return exception is null
                && result.Match(
                    keyId => keyId != default,
                    keyArn => keyArn != default,
                    alias => alias != default,
                    aliasArn => aliasArn != default,
                    invalid => invalid.Input == text
                        && Enum.IsDefined(invalid.Reason)
                        && invalid.Description.Length > 0
                        && (invalid.ArnPartition is null) == (invalid.ArnRegion is null));
        });

    [Property]
    public Property Parse_AgreesWithTheTypedParsers() =>
        Prop.ForAll(IdentifierGen.HostileArb, text =>
        {
            var isKeyId = KeyId.TryParse(text, out var keyId);
            var isKeyArn = KeyArn.TryParse(text, out var keyArn);
            var isAlias = AliasName.TryParse(text, out var alias);
            var isAliasArn = AliasArn.TryParse(text, out var aliasArn);
            return KmsIdentifier.Parse(text).Match(
                k => isKeyId && k == keyId && !isKeyArn && !isAlias && !isAliasArn,
                k => isKeyArn && k == keyArn && !isKeyId && !isAlias && !isAliasArn,
                a => isAlias && a == alias && !isKeyId && !isKeyArn && !isAliasArn,
                a => isAliasArn && a == aliasArn && !isKeyId && !isKeyArn && !isAlias,
                _ => !isKeyId && !isKeyArn && !isAlias && !isAliasArn);
        });

    [Property]
    public Property Parse_ValidIdentifier_RoundTripsThroughToString() =>
        Prop.ForAll(IdentifierGen.ValidIdentifierText.ToArbitrary(), text =>
            KmsIdentifier.Parse(text).Match(
                k => k.ToString() == text,
                k => k.ToString() == text,
                a => a.ToString() == text,
                a => a.ToString() == text,
                _ => false));

    [Property]
    public Property Parse_StringAndSpan_Agree() =>
        Prop.ForAll(IdentifierGen.HostileArb, text =>
        {
            var fromString = KmsIdentifier.Parse(text);
            var fromSpan = KmsIdentifier.Parse(text.AsSpan());
            return fromString.Index == fromSpan.Index && fromString.Value.Equals(fromSpan.Value);
        });

    [Property]
    public Property Parse_FailureWithArnFields_NamesAValidPartitionAndItsRegion() =>
        Prop.ForAll(IdentifierGen.HostileArb, text =>
        {
            if (!KmsIdentifier.Parse(text).TryPickT4(out var invalid, out _) || invalid.ArnPartition is null)
            {
                return true;
            }

            return AwsPartition.TryParse(invalid.ArnPartition, out var partition)
                && AwsRegion.TryParse(invalid.ArnRegion, out var region)
                && text.StartsWith($"arn:{partition}:kms:{region}:", StringComparison.Ordinal)
                && (invalid.Reason == IdentifierError.RegionNotInPartition) != partition.Contains(region);
        });

    private static InvalidIdentifier ExpectInvalid(string? text)
    {
        KmsIdentifier.Parse(text).TryPickT4(out var invalid, out var value).ShouldBeTrue($"parsed as {value}");
        return invalid;
    }
}
