using System.Collections.Generic;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Errors;

/// <summary>Every error's wire code and message (the HTTP status is the protocol layer's: see its StatusCodeTests), as literal AWS text from the specification (sections 4.3, 5 and 8).</summary>
public class ErrorMessageTests
{
    private static readonly KeyArn s_arn = KeyArn.Parse("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");

    [Fact]
    public void KeyNotFound_IsNotFoundWithTheQuotedArn()
    {
        var error = NotFound.Key(s_arn);

        error.ErrorCode.ShouldBe("NotFoundException");
        error.Message.ShouldBe("Key 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' does not exist");
    }

    [Theory]
    [InlineData("fake-key-id", "Invalid keyId 'fake-key-id'")]
    [InlineData("mrk-fake-key-id", "Invalid keyId 'mrk-fake-key-id'")]
    [InlineData("134f2428cec14b25a1ae9048164dba47", "Invalid keyId '134f2428cec14b25a1ae9048164dba47'")]
    [InlineData("alias/my-alias", "Invalid keyId 'alias/my-alias'")]
    public void InvalidKeyId_IsNotFoundWithTheQuotedInput(string input, string message)
    {
        var error = NotFound.InvalidKeyId(input);

        error.ErrorCode.ShouldBe("NotFoundException");
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void ForeignArn_IsNotFoundNamingTheRegion()
    {
        var error = NotFound.ForeignArn("us-west-2");

        error.ErrorCode.ShouldBe("NotFoundException");
        error.Message.ShouldBe("Invalid arn us-west-2");
    }

    [Fact]
    public void MalformedArn_IsInvalidArnWithTheInput()
    {
        var error = new MalformedArn("arn:aws:kms:us-east-1:111122223333:key");

        error.ErrorCode.ShouldBe("InvalidArnException");
        error.Message.ShouldBe("Invalid arn arn:aws:kms:us-east-1:111122223333:key");
    }

    [Fact]
    public void AliasNotFound_NamesTheAliasArn()
    {
        var error = NotFound.Alias(AliasArn.Parse("arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias"));

        error.ErrorCode.ShouldBe("NotFoundException");
        error.Message.ShouldBe("Alias arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias is not found.");
    }

    [Fact]
    public void KeyDisabled_IsDisabledException()
    {
        var error = new KeyDisabled(s_arn, KmsOperation.Encrypt);

        error.ErrorCode.ShouldBe("DisabledException");
        error.Message.ShouldBe("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab is disabled.");
    }

    [Theory]
    [InlineData(InvalidStateReason.PendingDeletion, "is pending deletion.")]
    [InlineData(InvalidStateReason.PendingReplicaDeletion, "is pending replica deletion.")]
    [InlineData(InvalidStateReason.NotPendingDeletion, "is not pending deletion.")]
    [InlineData(InvalidStateReason.PendingImport, "is pending import.")]
    [InlineData(InvalidStateReason.Unavailable, "is unavailable.")]
    [InlineData(InvalidStateReason.Creating, "is creating.")]
    [InlineData(InvalidStateReason.Updating, "is updating.")]
    public void InvalidKeyState_EveryReason_HasItsWording(InvalidStateReason reason, string suffix)
    {
        var error = new InvalidKeyState(s_arn, KeyState.Enabled, KmsOperation.CancelKeyDeletion, reason);

        error.ErrorCode.ShouldBe("KMSInvalidStateException");
        error.Message.ShouldBe("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab " + suffix);
    }

    [Theory]
    [InlineData(KeyOrigin.AwsKms, "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab origin is AWS_KMS which is not valid for this operation.")]
    [InlineData(KeyOrigin.External, "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab origin is EXTERNAL which is not valid for this operation.")]
    public void UnsupportedOperation_Origin_NamesTheOrigin(KeyOrigin origin, string message)
    {
        var error = new UnsupportedOperation(s_arn, origin, KeySpec.SymmetricDefault, KmsOperation.GetParametersForImport, UnsupportedReason.Origin);

        error.ErrorCode.ShouldBe("UnsupportedOperationException");
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void UnsupportedOperation_NotMultiRegionPrimary_HasTheRecordedText()
    {
        var replica = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab");

        var error = new UnsupportedOperation(replica, KeyOrigin.AwsKms, KeySpec.SymmetricDefault, KmsOperation.ReplicateKey, UnsupportedReason.NotMultiRegionPrimary);

        error.Message.ShouldBe("arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab is not a multi-region primary key.");
    }

    [Fact]
    public void UnsupportedOperation_Unspecified_HasAnEmptyMessage() =>
        new UnsupportedOperation(s_arn, KeyOrigin.AwsKms, KeySpec.Rsa2048, KmsOperation.RotateKeyOnDemand, UnsupportedReason.Unspecified).Message.ShouldBe(string.Empty);

    [Fact]
    public void ValidationFailed_MissingMember_HasTheServiceGrammar() =>
        ValidationFailed.MemberNull("keyId").Message
            .ShouldBe("1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null");

    [Fact]
    public void ValidationFailed_EmptyKeyId_HasTheServiceGrammar() =>
        ValidationFailed.LengthBelow("keyId", "", 1).Message
            .ShouldBe("1 validation error detected: Value '' at 'keyId' failed to satisfy constraint: Member must have length greater than or equal to 1");

    [Fact]
    public void ValidationFailed_LongKeyId_EchoesTheValue()
    {
        var value = new string('a', 2049);

        ValidationFailed.LengthAbove("keyId", value, 2048).Message
            .ShouldBe($"1 validation error detected: Value '{value}' at 'keyId' failed to satisfy constraint: Member must have length less than or equal to 2048");
    }

    [Fact]
    public void ValidationFailed_EnumValue_ListsTheModelValues() =>
        ValidationFailed.ForViolations([ConstraintViolation.NotInEnum("keyUsage", "RANDOM", ["ENCRYPT_DECRYPT", "SIGN_VERIFY", "GENERATE_VERIFY_MAC"])]).Message
            .ShouldBe("1 validation error detected: Value 'RANDOM' at 'keyUsage' failed to satisfy constraint: Member must satisfy enum value set: [ENCRYPT_DECRYPT, SIGN_VERIFY, GENERATE_VERIFY_MAC]");

    [Fact]
    public void ValidationFailed_NumberBelowMinimum_HasTheRecordedText() =>
        ValidationFailed.ForViolations([ConstraintViolation.ValueBelow("numberOfBytes", 0, 1)]).Message
            .ShouldBe("1 validation error detected: Value '0' at 'numberOfBytes' failed to satisfy constraint: Member must have value greater than or equal to 1");

    [Fact]
    public void ValidationFailed_SensitiveMember_DoesNotEchoTheValue() =>
        ValidationFailed.ForViolations([ConstraintViolation.LengthAbove("plaintext", new string('x', 4097), 4096, sensitive: true)]).Message
            .ShouldBe("1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096");

    [Fact]
    public void ValidationFailed_TwoViolations_CountsAndJoinsThem() =>
        ValidationFailed.ForViolations([ConstraintViolation.Null("keyId"), ConstraintViolation.ValueAbove("numberOfBytes", 1025, 1024)]).Message
            .ShouldBe("2 validation errors detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null; Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024");

    [Fact]
    public void ValidationFailed_NoViolations_Throws() =>
        Should.Throw<System.ArgumentException>(() => ValidationFailed.ForViolations(new List<ConstraintViolation>()));

    [Fact]
    public void ValidationFailed_PendingWindow_HasTheObservedText() =>
        ValidationFailed.PendingWindowOutOfRange.Message.ShouldBe("PendingWindowInDays must be between 7 and 30");
}
