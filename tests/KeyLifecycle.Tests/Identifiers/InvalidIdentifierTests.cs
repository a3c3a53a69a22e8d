using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Identifiers;

public class InvalidIdentifierTests
{
    [Fact]
    public void ToString_IsTheDescription()
    {
        var invalid = Invalid("fake-key-id");

        invalid.ToString().ShouldBe(invalid.Description);
    }

    [Fact]
    public void Description_ControlAndNonAsciiCharacters_AreEscaped()
    {
        Invalid("a\0b\u0661\uD800").Description.ShouldStartWith(@"'a\u0000b\u0661\uD800' is not a valid KMS key ID: ");
    }

    [Fact]
    public void Description_Backslash_IsEscaped()
    {
        Invalid(@"a\u0000").Description.ShouldStartWith(@"'a\\u0000' is not a valid KMS key ID: ");
    }

    [Fact]
    public void Description_ArnWithWrongService_NamesTheField()
    {
        Invalid("arn:aws:s3:::my-bucket").Description.ShouldBe(
            "'arn:aws:s3:::my-bucket' is not a valid KMS key ARN or alias ARN: its service is 's3', not 'kms'.");
    }

    [Fact]
    public void Description_RegionOutsidePartition_NamesBoth()
    {
        Invalid("arn:aws-cn:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab").Description.ShouldEndWith(
            "its Region 'us-east-1' does not belong to its partition 'aws-cn'.");
    }

    [Fact]
    public void Description_TooLong_GivesTheLengthNotTheInput()
    {
        Invalid(new string('k', 3000)).Description.ShouldBe(
            "The KMS key identifier (key ID, key ARN, alias name or alias ARN) is 3000 characters long; "
            + "identifiers longer than 2048 characters are rejected.");
    }

    [Fact]
    public void Description_PrintableAsciiBounds_AreKeptAndTheirNeighboursEscaped()
    {
        Invalid(" ~\u001f\u007f").Description.ShouldStartWith(@"' ~\u001F\u007F' is not a valid KMS key ID: ");
    }

    [Fact]
    public void Description_AnArnWithTooFewFields_GivesTheShapeOfAnArn()
    {
        Invalid("arn:aws:kms:us-east-1").Description.ShouldBe(
            "'arn:aws:kms:us-east-1' is not a valid KMS key ARN or alias ARN: "
            + "an ARN has the form arn:<partition>:<service>:<region>:<account-id>:<resource>.");
    }

    [Fact]
    public void Description_AKeyArnNamingAnotherResource_GivesTheResourceOfAKeyArn()
    {
        Should.Throw<System.FormatException>(() => KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:alias/Example")).Message.ShouldBe(
            "'arn:aws:kms:us-east-1:111122223333:alias/Example' is not a valid KMS key ARN: its resource is 'alias/Example'; "
            + "a key ARN's resource is key/<key-id>.");
    }

    [Fact]
    public void Description_AnEmptyOrMissingIdentifier_SaysSo()
    {
        Should.Throw<System.FormatException>(() => KeyId.Parse(string.Empty)).Message.ShouldBe("An empty string is not a valid KMS key ID.");
        Should.Throw<System.FormatException>(() => AwsRegion.Parse(string.Empty)).Message.ShouldBe("An empty string is not a valid AWS Region code.");
        Should.Throw<System.FormatException>(() => AwsAccountId.Parse("12")).Message.ShouldBe(
            "'12' is not a valid AWS account ID: an AWS account ID is exactly 12 ASCII digits (such as 111122223333).");
    }

    [Fact]
    public void Equality_SameInput_IsEqual()
    {
        Invalid("key_id").ShouldBe(Invalid("key_id"));
        Invalid("key_id").ShouldNotBe(Invalid("fake-key-id"));
    }

    private static InvalidIdentifier Invalid(string text)
    {
        KmsIdentifier.Parse(text).TryPickT4(out var invalid, out _).ShouldBeTrue();
        return invalid;
    }
}
