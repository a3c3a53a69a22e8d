using System;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

/// <summary>ImportKeyMaterial, DeleteImportedKeyMaterial and ExpireKeyMaterial against sections 2.1 and 3.8 of the specification.</summary>
public class KeyTransitionsImportedMaterialTests
{
    private const string Single = LifecycleKeys.SingleRegionArn;
    private const string Primary = LifecycleKeys.PrimaryArn;
    private const string Replica = LifecycleKeys.ReplicaArn;
    private const string NotAwsKms = "UnsupportedOperationException: " + Single + " origin is AWS_KMS which is not valid for this operation.";
    private static readonly DateTimeOffset s_now = LifecycleKeys.Now;

    private static string Import(KmsKey key) =>
        LifecycleKeys.Outcome(KeyTransitions.ImportKeyMaterial(key, LifecycleKeys.Import(ExpirationModel.KeyMaterialDoesNotExpire, null), s_now).Value);

    // Footnote 9: keys that cannot have imported material (origin AWS_KMS, or in a custom key store) are refused in every
    // state in which the operation could otherwise run.
    [Theory]
    [InlineData(KeyState.Creating, "KMSInvalidStateException: " + Replica + " is creating.")]
    [InlineData(KeyState.Enabled, NotAwsKms)]
    [InlineData(KeyState.Disabled, NotAwsKms)]
    [InlineData(KeyState.PendingDeletion, NotAwsKms)]
    [InlineData(KeyState.PendingReplicaDeletion, "UnsupportedOperationException: " + Primary + " origin is AWS_KMS which is not valid for this operation.")]
    [InlineData(KeyState.Unavailable, "UnsupportedOperationException: " + Single + " origin is AWS_CLOUDHSM which is not valid for this operation.")]
    [InlineData(KeyState.Updating, "UnsupportedOperationException: " + Replica + " origin is AWS_KMS which is not valid for this operation.")]
    public void ImportKeyMaterial_KeyThatCannotHaveImportedMaterialInEachState_FollowsTheKeyStateTable(KeyState state, string expected) =>
        Import(LifecycleKeys.InState(state)).ShouldBe(expected);

    // Found by the cell tests and the model check: the table's Updating cell says plain OK, and ImportKeyMaterial let an
    // AWS_KMS multi-Region key that was Updating "import" material (HasKeyMaterial, ExpirationModel set on an AWS_KMS key).
    [Fact]
    public void ImportKeyMaterial_AwsKmsKeyUpdating_IsUnsupportedForItsOrigin()
    {
        var updating = LifecycleKeys.Updating();

        var error = KeyTransitions.ImportKeyMaterial(updating.OldPrimary, LifecycleKeys.Import(ExpirationModel.KeyMaterialDoesNotExpire, null), s_now).AsT3;

        error.ErrorCode.ShouldBe("UnsupportedOperationException");
        error.Message.ShouldBe("arn:aws:kms:us-west-2:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab origin is AWS_KMS which is not valid for this operation.");
        KeyStateRules.Check(KmsOperation.ImportKeyMaterial, updating.NewPrimary).IsT3.ShouldBeTrue();
    }

    [Theory]
    [InlineData(KeyState.Creating, "KMSInvalidStateException: " + Replica + " is creating.")]
    [InlineData(KeyState.Enabled, "ok: Enabled")]
    [InlineData(KeyState.Disabled, "ok: Disabled")]
    [InlineData(KeyState.PendingDeletion, "KMSInvalidStateException: " + Single + " is pending deletion.")]
    [InlineData(KeyState.PendingImport, "ok: Enabled")]
    [InlineData(KeyState.PendingReplicaDeletion, "KMSInvalidStateException: " + Primary + " is pending replica deletion.")]
    [InlineData(KeyState.Updating, "ok: Updating")]
    public void ImportKeyMaterial_ExternalKeyInEachState_FollowsTheKeyStateTable(KeyState state, string expected) =>
        Import(LifecycleKeys.ExternalInState(state)).ShouldBe(expected);

    [Fact]
    public void ImportKeyMaterial_PendingImportWithExpiry_IsEnabledUntilValidTo()
    {
        var validTo = s_now.AddDays(10);

        var key = KeyTransitions.ImportKeyMaterial(LifecycleKeys.External(), LifecycleKeys.Import(ExpirationModel.KeyMaterialExpires, validTo), s_now).AsT0;

        key.State.ShouldBe(KeyState.Enabled);
        key.Enabled.ShouldBeTrue();
        key.HasKeyMaterial.ShouldBeTrue();
        key.ExpirationModel.ShouldBe(ExpirationModel.KeyMaterialExpires);
        key.ValidTo.ShouldBe(validTo);
    }

    [Fact]
    public void ImportKeyMaterial_WithoutExpiry_HasNoValidTo()
    {
        var key = LifecycleKeys.ExternalWithMaterial();

        key.ExpirationModel.ShouldBe(ExpirationModel.KeyMaterialDoesNotExpire);
        key.ValidTo.ShouldBeNull();
    }

    [Fact]
    public void ImportKeyMaterial_AgainWithExpiry_ReplacesTheExpirationModel()
    {
        var key = KeyTransitions.ImportKeyMaterial(LifecycleKeys.ExternalWithMaterial(), LifecycleKeys.Import(ExpirationModel.KeyMaterialExpires, s_now.AddDays(1)), s_now).AsT0;

        key.ExpirationModel.ShouldBe(ExpirationModel.KeyMaterialExpires);
        key.ValidTo.ShouldBe(s_now.AddDays(1));
    }

    [Fact]
    public void ImportKeyMaterial_ExpiresWithoutValidTo_IsValidationException() =>
        LifecycleKeys.Outcome(KeyTransitions.ImportKeyMaterial(LifecycleKeys.External(), LifecycleKeys.Import(ExpirationModel.KeyMaterialExpires, null), s_now).Value)
            .ShouldBe("ValidationException: A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES");

    [Fact]
    public void ImportKeyMaterial_DoesNotExpireWithValidTo_IsValidationException() =>
        LifecycleKeys.Outcome(KeyTransitions.ImportKeyMaterial(LifecycleKeys.External(), LifecycleKeys.Import(ExpirationModel.KeyMaterialDoesNotExpire, s_now.AddDays(1)), s_now).Value)
            .ShouldBe("ValidationException: A validTo date must not be set if the ExpirationModel is KEY_MATERIAL_DOES_NOT_EXPIRE");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ImportKeyMaterial_ValidToNotInTheFuture_IsValidationException(int days) =>
        LifecycleKeys.Outcome(KeyTransitions.ImportKeyMaterial(LifecycleKeys.External(), LifecycleKeys.Import(ExpirationModel.KeyMaterialExpires, s_now.AddDays(days)), s_now).Value)
            .ShouldBe("ValidationException: The validTo date must be in the future");

    [Fact]
    public void ImportKeyMaterial_BadExpiryOnAnAwsKmsKey_ValidatesBeforeTheOrigin() =>
        LifecycleKeys.Outcome(KeyTransitions.ImportKeyMaterial(LifecycleKeys.SingleRegion(), LifecycleKeys.Import(ExpirationModel.KeyMaterialExpires, null), s_now).Value)
            .ShouldBe("ValidationException: A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES");

    [Fact]
    public void ImportKeyMaterial_UndefinedExpirationModel_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => KeyTransitions.ImportKeyMaterial(LifecycleKeys.External(), LifecycleKeys.Import((ExpirationModel)99, null), s_now));

    [Theory]
    [InlineData(KeyState.Creating, "KMSInvalidStateException: " + Replica + " is creating.")]
    [InlineData(KeyState.Enabled, NotAwsKms)]
    [InlineData(KeyState.Disabled, NotAwsKms)]
    [InlineData(KeyState.PendingDeletion, NotAwsKms)]
    [InlineData(KeyState.PendingReplicaDeletion, "UnsupportedOperationException: " + Primary + " origin is AWS_KMS which is not valid for this operation.")]
    [InlineData(KeyState.Unavailable, "UnsupportedOperationException: " + Single + " origin is AWS_CLOUDHSM which is not valid for this operation.")]
    [InlineData(KeyState.Updating, "KMSInvalidStateException: " + Replica + " is updating.")]
    public void DeleteImportedKeyMaterial_KeyThatCannotHaveImportedMaterialInEachState_FollowsTheKeyStateTable(KeyState state, string expected) =>
        LifecycleKeys.Outcome(KeyTransitions.DeleteImportedKeyMaterial(LifecycleKeys.InState(state)).Value).ShouldBe(expected);

    [Theory]
    [InlineData(KeyState.Creating, "KMSInvalidStateException: " + Replica + " is creating.")]
    [InlineData(KeyState.Enabled, "ok: PendingImport")]
    [InlineData(KeyState.Disabled, "ok: PendingImport")]
    [InlineData(KeyState.PendingDeletion, "ok: PendingDeletion")]
    [InlineData(KeyState.PendingImport, "ok: PendingImport")]
    [InlineData(KeyState.PendingReplicaDeletion, "ok: PendingReplicaDeletion")]
    [InlineData(KeyState.Updating, "KMSInvalidStateException: " + Replica + " is updating.")]
    public void DeleteImportedKeyMaterial_ExternalKeyInEachState_FollowsTheKeyStateTable(KeyState state, string expected) =>
        LifecycleKeys.Outcome(KeyTransitions.DeleteImportedKeyMaterial(LifecycleKeys.ExternalInState(state)).Value).ShouldBe(expected);

    [Fact]
    public void DeleteImportedKeyMaterial_Enabled_ForgetsTheMaterialAndItsExpiry()
    {
        var withExpiry = KeyTransitions.ImportKeyMaterial(LifecycleKeys.External(), LifecycleKeys.Import(ExpirationModel.KeyMaterialExpires, s_now.AddDays(3)), s_now).AsT0;

        var key = KeyTransitions.DeleteImportedKeyMaterial(withExpiry).AsT0;

        key.State.ShouldBe(KeyState.PendingImport);
        key.Enabled.ShouldBeFalse();
        key.HasKeyMaterial.ShouldBeFalse();
        key.ExpirationModel.ShouldBeNull();
        key.ValidTo.ShouldBeNull();
    }

    [Fact]
    public void DeleteImportedKeyMaterial_PendingImport_ReturnsTheSameInstance()
    {
        var key = LifecycleKeys.External();

        KeyTransitions.DeleteImportedKeyMaterial(key).AsT0.ShouldBeSameAs(key);
    }

    [Fact]
    public void DeleteImportedKeyMaterial_PendingDeletion_KeepsTheDeletionDateAndCancelsToPendingImport()
    {
        var scheduled = LifecycleKeys.ExternalInState(KeyState.PendingDeletion);

        var key = KeyTransitions.DeleteImportedKeyMaterial(scheduled).AsT0;

        key.State.ShouldBe(KeyState.PendingDeletion);
        key.DeletionDate.ShouldBe(scheduled.DeletionDate);
        key.HasKeyMaterial.ShouldBeFalse();
        KeyTransitions.CancelKeyDeletion(key).AsT0.State.ShouldBe(KeyState.PendingImport);
    }

    [Fact]
    public void ExpireKeyMaterial_AtValidTo_IsPendingImport()
    {
        var key = KeyTransitions.ImportKeyMaterial(LifecycleKeys.External(), LifecycleKeys.Import(ExpirationModel.KeyMaterialExpires, s_now.AddDays(3)), s_now).AsT0;

        var expired = KeyTransitions.ExpireKeyMaterial(key, s_now.AddDays(3));

        expired.State.ShouldBe(KeyState.PendingImport);
        expired.HasKeyMaterial.ShouldBeFalse();
        expired.ValidTo.ShouldBeNull();
    }

    [Fact]
    public void ExpireKeyMaterial_BeforeValidTo_ReturnsTheSameInstance()
    {
        var key = KeyTransitions.ImportKeyMaterial(LifecycleKeys.External(), LifecycleKeys.Import(ExpirationModel.KeyMaterialExpires, s_now.AddDays(3)), s_now).AsT0;

        KeyTransitions.ExpireKeyMaterial(key, s_now.AddDays(3).AddTicks(-1)).ShouldBeSameAs(key);
    }

    [Fact]
    public void ExpireKeyMaterial_Disabled_IsPendingImport()
    {
        var key = LifecycleKeys.Disabled(
            KeyTransitions.ImportKeyMaterial(LifecycleKeys.External(), LifecycleKeys.Import(ExpirationModel.KeyMaterialExpires, s_now.AddDays(3)), s_now).AsT0);

        KeyTransitions.ExpireKeyMaterial(key, s_now.AddDays(4)).State.ShouldBe(KeyState.PendingImport);
    }

    [Fact]
    public void ExpireKeyMaterial_PendingDeletion_StaysPendingDeletion()
    {
        var key = LifecycleKeys.Scheduled(
            KeyTransitions.ImportKeyMaterial(LifecycleKeys.External(), LifecycleKeys.Import(ExpirationModel.KeyMaterialExpires, s_now.AddDays(3)), s_now).AsT0);

        var expired = KeyTransitions.ExpireKeyMaterial(key, s_now.AddDays(4));

        expired.State.ShouldBe(KeyState.PendingDeletion);
        expired.HasKeyMaterial.ShouldBeFalse();
    }

    [Theory]
    [InlineData(KeyState.Enabled)]
    [InlineData(KeyState.PendingImport)]
    [InlineData(KeyState.Unavailable)]
    public void ExpireKeyMaterial_MaterialThatDoesNotExpire_ReturnsTheSameInstance(KeyState state)
    {
        var key = state == KeyState.Enabled ? LifecycleKeys.ExternalWithMaterial() : LifecycleKeys.InState(state);

        KeyTransitions.ExpireKeyMaterial(key, DateTimeOffset.MaxValue).ShouldBeSameAs(key);
    }

    [Fact]
    public void ImportedMaterialTransitions_NullKey_Throw()
    {
        Should.Throw<ArgumentNullException>(() => KeyTransitions.ImportKeyMaterial(null!, LifecycleKeys.Import(ExpirationModel.KeyMaterialDoesNotExpire, null), s_now));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.DeleteImportedKeyMaterial(null!));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.ExpireKeyMaterial(null!, s_now));
    }
}
