using System;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

/// <summary>CreateAlias, UpdateAlias (footnote 10), DeleteAlias and the AliasName member against sections 2.1, 4.1 and 5 of the specification.</summary>
public class AliasTransitionsTests
{
    private const string Single = LifecycleKeys.SingleRegionArn;
    private const string Primary = LifecycleKeys.PrimaryArn;
    private const string PrefixMessage =
        "ValidationException: Alias must start with the prefix \"alias/\". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html";
    private static readonly DateTimeOffset s_now = LifecycleKeys.Now;
    private static readonly AliasName s_name = AliasName.Parse("alias/ExampleAlias");

    // Another customer managed key in the same account and Region as the given one.
    private static KmsKey OtherKeyBeside(KmsKey key, KeyCreationRequest? request = null) =>
        KmsKey.Create(request ?? new KeyCreationRequest(), new Guid("0987dcba-09fe-87dc-65ba-ab0987654321"),
            KmsCaller.Create(key.Region, key.AccountId), s_now).AsT0;

    private static KmsAlias AliasOn(KmsKey key) => AliasTransitions.CreateAlias(s_name, key, s_now).AsT0;

    [Theory]
    [InlineData(KeyState.Creating, "ok: alias/ExampleAlias -> mrk-1234abcd12ab34cd56ef1234567890ab")]
    [InlineData(KeyState.Enabled, "ok: alias/ExampleAlias -> 1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData(KeyState.Disabled, "ok: alias/ExampleAlias -> 1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData(KeyState.PendingDeletion, "KMSInvalidStateException: " + Single + " is pending deletion.")]
    [InlineData(KeyState.PendingImport, "ok: alias/ExampleAlias -> 1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData(KeyState.PendingReplicaDeletion, "KMSInvalidStateException: " + Primary + " is pending replica deletion.")]
    [InlineData(KeyState.Unavailable, "ok: alias/ExampleAlias -> 1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData(KeyState.Updating, "ok: alias/ExampleAlias -> mrk-1234abcd12ab34cd56ef1234567890ab")]
    public void CreateAlias_InEachState_FollowsTheKeyStateTable(KeyState state, string expected) =>
        LifecycleKeys.Outcome(AliasTransitions.CreateAlias(s_name, LifecycleKeys.InState(state), s_now).Value).ShouldBe(expected);

    [Fact]
    public void CreateAlias_Enabled_LivesInTheKeysAccountAndRegion()
    {
        var alias = AliasOn(LifecycleKeys.InState(KeyState.Creating));

        alias.Arn.ToString().ShouldBe("arn:aws:kms:us-east-1:111122223333:alias/ExampleAlias");
        alias.TargetKeyArn.ToString().ShouldBe(LifecycleKeys.ReplicaArn);
        alias.CreationDate.ShouldBe(s_now);
        alias.LastUpdatedDate.ShouldBe(s_now);
    }

    [Theory]
    [InlineData("alias/aws/s3")]
    [InlineData("alias/aws/")]
    public void CreateAlias_ReservedName_IsNotAuthorized(string name) =>
        LifecycleKeys.Outcome(AliasTransitions.CreateAlias(AliasName.Parse(name), LifecycleKeys.SingleRegion(), s_now).Value)
            .ShouldBe("NotAuthorizedException: ");

    [Fact]
    public void CreateAlias_ReservedNameForAKeyPendingDeletion_ChecksTheNameFirst() =>
        AliasTransitions.CreateAlias(AliasName.Parse("alias/aws/s3"), LifecycleKeys.InState(KeyState.PendingDeletion), s_now).IsT1.ShouldBeTrue();

    // Footnote 10: the new target must not be pending deletion; the current target may be.
    [Theory]
    [InlineData(KeyState.Creating, "ok: alias/ExampleAlias -> mrk-1234abcd12ab34cd56ef1234567890ab")]
    [InlineData(KeyState.Enabled, "ok: alias/ExampleAlias -> 1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData(KeyState.Disabled, "ok: alias/ExampleAlias -> 1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData(KeyState.PendingDeletion, "KMSInvalidStateException: " + Single + " is pending deletion.")]
    [InlineData(KeyState.PendingImport, "ok: alias/ExampleAlias -> 1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData(KeyState.PendingReplicaDeletion, "KMSInvalidStateException: " + Primary + " is pending replica deletion.")]
    [InlineData(KeyState.Unavailable, "ok: alias/ExampleAlias -> 1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData(KeyState.Updating, "ok: alias/ExampleAlias -> mrk-1234abcd12ab34cd56ef1234567890ab")]
    public void UpdateAlias_NewTargetInEachState_FollowsTheKeyStateTable(KeyState state, string expected)
    {
        var newTarget = LifecycleKeys.InState(state);
        var current = OtherKeyBeside(newTarget);

        LifecycleKeys.Outcome(AliasTransitions.UpdateAlias(AliasOn(current), current, newTarget, s_now.AddDays(1)).Value).ShouldBe(expected);
    }

    [Fact]
    public void UpdateAlias_CurrentTargetPendingDeletion_Succeeds()
    {
        var newTarget = LifecycleKeys.SingleRegion();
        var current = OtherKeyBeside(newTarget);
        var alias = AliasOn(current);

        var updated = AliasTransitions.UpdateAlias(alias, LifecycleKeys.Scheduled(current), newTarget, s_now.AddDays(1)).AsT0;

        updated.TargetKeyArn.ToString().ShouldBe(Single);
        updated.CreationDate.ShouldBe(s_now);
        updated.LastUpdatedDate.ShouldBe(s_now.AddDays(1));
    }

    [Fact]
    public void UpdateAlias_DifferentKeyType_IsValidationException()
    {
        var newTarget = LifecycleKeys.Hmac();
        var current = OtherKeyBeside(newTarget);

        LifecycleKeys.Outcome(AliasTransitions.UpdateAlias(AliasOn(current), current, newTarget, s_now).Value).ShouldBe(
            "ValidationException: " + Single + " must have the same key type and key usage as "
            + "arn:aws:kms:us-west-2:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321, the key alias alias/ExampleAlias is associated with");
    }

    [Fact]
    public void UpdateAlias_SameSpecDifferentUsage_IsValidationException()
    {
        var newTarget = LifecycleKeys.Create(new KeyCreationRequest { KeySpec = KeySpec.Rsa2048, KeyUsage = KeyUsage.SignVerify });
        var current = OtherKeyBeside(newTarget, new KeyCreationRequest { KeySpec = KeySpec.Rsa2048, KeyUsage = KeyUsage.EncryptDecrypt });

        AliasTransitions.UpdateAlias(AliasOn(current), current, newTarget, s_now).AsT2.ErrorCode.ShouldBe("ValidationException");
    }

    [Fact]
    public void UpdateAlias_SymmetricToAsymmetricEncryptionKey_IsValidationException()
    {
        var newTarget = LifecycleKeys.Create(new KeyCreationRequest { KeySpec = KeySpec.Rsa2048, KeyUsage = KeyUsage.EncryptDecrypt });
        var current = OtherKeyBeside(newTarget);

        AliasTransitions.UpdateAlias(AliasOn(current), current, newTarget, s_now).AsT2.ErrorCode.ShouldBe("ValidationException");
    }

    [Fact]
    public void UpdateAlias_AsymmetricKeysOfTheSameUsage_Succeeds()
    {
        var newTarget = LifecycleKeys.Create(new KeyCreationRequest { KeySpec = KeySpec.Rsa4096, KeyUsage = KeyUsage.EncryptDecrypt });
        var current = OtherKeyBeside(newTarget, new KeyCreationRequest { KeySpec = KeySpec.Rsa2048, KeyUsage = KeyUsage.EncryptDecrypt });

        AliasTransitions.UpdateAlias(AliasOn(current), current, newTarget, s_now).AsT0.TargetKeyId.ShouldBe(newTarget.KeyId);
    }

    [Theory]
    [InlineData("alias/my:alias", "ValidationException: alias/my:alias contains invalid characters for an alias")]
    [InlineData("alias/a:", "ValidationException: alias/a: contains invalid characters for an alias")]
    public void ParseAliasName_ColonAfterThePrefix_IsRefused(string text, string expected) =>
        LifecycleKeys.Outcome(AliasTransitions.ParseAliasName(text).Value).ShouldBe(expected);

    [Fact]
    public void ParseAliasName_ColonFreeName_IsTheAliasName() =>
        AliasTransitions.ParseAliasName("alias/my-alias_1/x").AsT0.ToString().ShouldBe("alias/my-alias_1/x");

    // Only a host makes an alias in alias/aws/ (for an AWS managed key); the library's internal constructor stands in for it.
    private static KmsAlias AwsAlias(KmsKey key) =>
        new(AliasArn.Parse("arn:aws:kms:us-west-2:111122223333:alias/aws/s3"), key.KeyId, s_now);

    [Fact]
    public void UpdateAlias_ReservedAlias_IsNotAuthorized()
    {
        var key = LifecycleKeys.SingleRegion();
        var other = OtherKeyBeside(key);

        LifecycleKeys.Outcome(AliasTransitions.UpdateAlias(AwsAlias(key), key, other, s_now).Value).ShouldBe("NotAuthorizedException: ");
    }

    [Fact]
    public void DeleteAlias_ReservedAlias_IsNotAuthorized() =>
        LifecycleKeys.Outcome(AliasTransitions.DeleteAlias(AwsAlias(LifecycleKeys.SingleRegion()))!).ShouldBe("NotAuthorizedException: ");

    [Fact]
    public void DeleteAlias_CustomerAlias_IsAllowedInEveryState()
    {
        foreach (var state in Enum.GetValues<KeyState>())
        {
            var key = LifecycleKeys.InState(state);
            var alias = AliasOn(OtherKeyBeside(key));

            AliasTransitions.DeleteAlias(alias).ShouldBeNull();
        }
    }

    [Fact]
    public void ParseAliasName_ValidName_IsTheName() =>
        AliasTransitions.ParseAliasName("alias/ExampleAlias").AsT0.ToString().ShouldBe("alias/ExampleAlias");

    [Theory]
    [InlineData("ExampleAlias")]
    [InlineData("Alias/ExampleAlias")]
    [InlineData("alias")]
    [InlineData("alias/")]
    public void ParseAliasName_WithoutThePrefix_IsTheRecordedValidationException(string text) =>
        LifecycleKeys.Outcome(AliasTransitions.ParseAliasName(text).Value).ShouldBe(PrefixMessage);

    [Fact]
    public void ParseAliasName_Missing_IsTheModelsNullViolation() =>
        LifecycleKeys.Outcome(AliasTransitions.ParseAliasName(null).Value).ShouldBe(
            "ValidationException: 1 validation error detected: Value null at 'aliasName' failed to satisfy constraint: Member must not be null");

    [Fact]
    public void ParseAliasName_Empty_IsTheModelsLengthViolation() =>
        LifecycleKeys.Outcome(AliasTransitions.ParseAliasName(string.Empty).Value).ShouldBe(
            "ValidationException: 1 validation error detected: Value '' at 'aliasName' failed to satisfy constraint: Member must have length greater than or equal to 1");

    [Fact]
    public void ParseAliasName_Of256Characters_IsAcceptedAnd257IsNot()
    {
        AliasTransitions.ParseAliasName("alias/" + new string('a', 250)).IsT0.ShouldBeTrue();
        var text = "alias/" + new string('a', 251);

        LifecycleKeys.Outcome(AliasTransitions.ParseAliasName(text).Value).ShouldBe(
            "ValidationException: 1 validation error detected: Value '" + text
            + "' at 'aliasName' failed to satisfy constraint: Member must have length less than or equal to 256");
    }

    [Theory]
    [InlineData("alias/Example Alias")]
    [InlineData("alias/Example.Alias")]
    [InlineData("alias/\u0661")]
    [InlineData("ExampleAlias!")]
    public void ParseAliasName_OutsideThePattern_IsTheModelsPatternViolation(string text) =>
        LifecycleKeys.Outcome(AliasTransitions.ParseAliasName(text).Value).ShouldBe(
            "ValidationException: 1 validation error detected: Value '" + text
            + "' at 'aliasName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$");

    [Fact]
    public void AliasTransitions_NullArguments_Throw()
    {
        var key = LifecycleKeys.SingleRegion();
        var alias = AliasOn(key);
        Should.Throw<ArgumentNullException>(() => AliasTransitions.CreateAlias(s_name, null!, s_now));
        Should.Throw<ArgumentNullException>(() => AliasTransitions.UpdateAlias(null!, key, key, s_now));
        Should.Throw<ArgumentNullException>(() => AliasTransitions.UpdateAlias(alias, null!, key, s_now));
        Should.Throw<ArgumentNullException>(() => AliasTransitions.UpdateAlias(alias, key, null!, s_now));
        Should.Throw<ArgumentNullException>(() => AliasTransitions.DeleteAlias(null!));
    }
}
