using System;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

/// <summary>ReplicateKey, UpdatePrimaryRegion and their completions against sections 1, 2.1, 3.6 and 3.8 of the specification.</summary>
public class KeyTransitionsMultiRegionTests
{
    private const string Single = LifecycleKeys.SingleRegionArn;
    private const string Primary = LifecycleKeys.PrimaryArn;
    private const string Replica = LifecycleKeys.ReplicaArn;
    private static readonly DateTimeOffset s_now = LifecycleKeys.Now;

    // A multi-Region primary key in each state the public API can put one in. No primary is ever Creating (only new
    // replicas are) and multi-Region keys cannot be in a custom key store, so those two cells use the keys that are.
    private static KmsKey PrimaryInState(KeyState state) => state switch
    {
        KeyState.Creating => LifecycleKeys.InState(KeyState.Creating),
        KeyState.Enabled => LifecycleKeys.Primary(),
        KeyState.Disabled => LifecycleKeys.Disabled(LifecycleKeys.Primary()),
        KeyState.PendingDeletion => LifecycleKeys.Scheduled(LifecycleKeys.Primary()),
        KeyState.PendingImport => LifecycleKeys.Primary(KeyOrigin.External),
        KeyState.PendingReplicaDeletion => LifecycleKeys.InState(KeyState.PendingReplicaDeletion),
        KeyState.Unavailable => LifecycleKeys.InState(KeyState.Unavailable),
        KeyState.Updating => LifecycleKeys.InState(KeyState.Updating),
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    [Theory]
    [InlineData(KeyState.Creating, "UnsupportedOperationException: " + Replica + " is not a multi-region primary key.")]
    [InlineData(KeyState.Enabled, "ok: primary Enabled, replica Creating")]
    [InlineData(KeyState.Disabled, "DisabledException: " + Primary + " is disabled.")]
    [InlineData(KeyState.PendingDeletion, "KMSInvalidStateException: " + Primary + " is pending deletion.")]
    [InlineData(KeyState.PendingImport, "KMSInvalidStateException: " + Primary + " is pending import.")]
    [InlineData(KeyState.PendingReplicaDeletion, "KMSInvalidStateException: " + Primary + " is pending replica deletion.")]
    [InlineData(KeyState.Unavailable, "UnsupportedOperationException: " + Single + " is not a multi-region primary key.")]
    [InlineData(KeyState.Updating, "KMSInvalidStateException: " + Replica + " is updating.")]
    public void ReplicateKey_InEachState_FollowsTheKeyStateTable(KeyState state, string expected) =>
        LifecycleKeys.Outcome(KeyTransitions.ReplicateKey(PrimaryInState(state), LifecycleKeys.EuWest1, null, null, s_now).Value).ShouldBe(expected);

    [Fact]
    public void ReplicateKey_OnAReplica_IsTheRecordedUnsupportedOperation()
    {
        var (_, replica) = LifecycleKeys.PrimaryWithReplica();

        var error = KeyTransitions.ReplicateKey(replica, LifecycleKeys.EuWest1, null, null, s_now).AsT5;

        error.ErrorCode.ShouldBe("UnsupportedOperationException");
        error.Message.ShouldBe("arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab is not a multi-region primary key.");
    }

    [Fact]
    public void ReplicateKey_SingleRegionKey_IsNotAMultiRegionPrimary() =>
        LifecycleKeys.Outcome(KeyTransitions.ReplicateKey(LifecycleKeys.SingleRegion(), LifecycleKeys.EuWest1, null, null, s_now).Value)
            .ShouldBe("UnsupportedOperationException: " + Single + " is not a multi-region primary key.");

    [Fact]
    public void ReplicateKey_EnabledPrimary_MakesACreatingReplicaThatSharesTheKey()
    {
        var rotating = KeyTransitions.EnableKeyRotation(LifecycleKeys.Primary(), 100, s_now).AsT0;
        var tags = KeyTransitions.TagResource(LifecycleKeys.SingleRegion(), [new KeyTag("Team", "Blue")]).AsT0.Tags;

        var replication = KeyTransitions.ReplicateKey(rotating, LifecycleKeys.UsEast1, "replica", tags, s_now.AddDays(1)).AsT0;

        var replica = replication.Replica;
        replica.Arn.ToString().ShouldBe(Replica);
        replica.KeyId.ToString().ShouldBe("mrk-1234abcd12ab34cd56ef1234567890ab");
        replica.State.ShouldBe(KeyState.Creating);
        replica.Enabled.ShouldBeFalse();
        replica.CreationDate.ShouldBe(s_now.AddDays(1));
        replica.Description.ShouldBe("replica");
        replica.Tags.ShouldBe(tags);
        replica.KeySpec.ShouldBe(KeySpec.SymmetricDefault);
        replica.KeyUsage.ShouldBe(KeyUsage.EncryptDecrypt);
        replica.Origin.ShouldBe(KeyOrigin.AwsKms);
        replica.KeyRotationEnabled.ShouldBeTrue();
        replica.RotationPeriodInDays.ShouldBe(100);
        replica.MultiRegionConfiguration!.KeyType.ShouldBe(MultiRegionKeyType.Replica);
        replica.MultiRegionConfiguration.PrimaryKey.ToString().ShouldBe(Primary);
        replica.MultiRegionConfiguration.ReplicaKeys.ShouldBe([KeyArn.Parse(Replica)]);
        replication.Primary.State.ShouldBe(KeyState.Enabled);
        replication.Primary.MultiRegionConfiguration!.ReplicaKeys.ShouldBe([KeyArn.Parse(Replica)]);
    }

    [Fact]
    public void ReplicateKey_NoDescriptionOrTags_GivesTheReplicaNone()
    {
        var primary = KeyTransitions.UpdateKeyDescription(LifecycleKeys.Primary(), "primary").AsT0;

        var replica = LifecycleKeys.Replicate(primary, LifecycleKeys.UsEast1).Replica;

        replica.Description.ShouldBe(string.Empty);
        replica.Tags.ShouldBeEmpty();
    }

    [Fact]
    public void ReplicateKey_ToThePrimaryRegion_IsValidationException() =>
        LifecycleKeys.Outcome(KeyTransitions.ReplicateKey(LifecycleKeys.Primary(), AwsRegion.Parse("us-west-2"), null, null, s_now).Value)
            .ShouldBe("ValidationException: The replica region us-west-2 cannot be the same as the primary key's region");

    [Fact]
    public void ReplicateKey_ToAnotherPartition_IsValidationException() =>
        LifecycleKeys.Outcome(KeyTransitions.ReplicateKey(LifecycleKeys.Primary(), AwsRegion.Parse("cn-north-1"), null, null, s_now).Value)
            .ShouldBe("ValidationException: The replica region cn-north-1 is not in the primary key's partition");

    [Fact]
    public void ReplicateKey_RegionWithAReplica_IsAlreadyExists() =>
        LifecycleKeys.Outcome(KeyTransitions.ReplicateKey(LifecycleKeys.PrimaryWithReplica().Primary, LifecycleKeys.UsEast1, null, null, s_now).Value)
            .ShouldBe("AlreadyExistsException: A replica of " + Primary + " already exists in us-east-1.");

    [Fact]
    public void CompleteReplication_AwsKmsReplica_IsEnabled() =>
        KeyTransitions.CompleteReplication(LifecycleKeys.InState(KeyState.Creating)).State.ShouldBe(KeyState.Enabled);

    [Fact]
    public void CompleteReplication_ExternalReplica_IsPendingImportUntilItsOwnMaterialIsImported()
    {
        var replica = KeyTransitions.CompleteReplication(LifecycleKeys.ExternalInState(KeyState.Creating));

        replica.State.ShouldBe(KeyState.PendingImport);
        replica.HasKeyMaterial.ShouldBeFalse();
    }

    [Theory]
    [InlineData(KeyState.Enabled)]
    [InlineData(KeyState.PendingDeletion)]
    [InlineData(KeyState.Updating)]
    public void CompleteReplication_NotCreating_ReturnsTheSameInstance(KeyState state)
    {
        var key = LifecycleKeys.InState(state);

        KeyTransitions.CompleteReplication(key).ShouldBeSameAs(key);
    }

    [Fact]
    public void ScheduleKeyDeletion_ReplicaStillCreating_IsPendingDeletionAndStaysSoWhenCreationCompletes()
    {
        var scheduled = LifecycleKeys.Scheduled(LifecycleKeys.InState(KeyState.Creating));

        KeyTransitions.CompleteReplication(scheduled).State.ShouldBe(KeyState.PendingDeletion);
    }

    [Fact]
    public void ReplicaAdded_OtherReplica_ListsTheNewReplica()
    {
        var (primary, replica) = LifecycleKeys.PrimaryWithReplica();
        var second = LifecycleKeys.Replicate(primary, LifecycleKeys.EuWest1).Replica;

        var updated = KeyTransitions.ReplicaAdded(replica, second.Arn);

        updated.MultiRegionConfiguration!.ReplicaKeys.ShouldBe([KeyArn.Parse(Replica), KeyArn.Parse(LifecycleKeys.SecondReplicaArn)]);
    }

    [Fact]
    public void ReplicaAdded_AlreadyListedOrSingleRegion_ReturnsTheSameInstance()
    {
        var (_, replica) = LifecycleKeys.PrimaryWithReplica();
        var single = LifecycleKeys.SingleRegion();

        KeyTransitions.ReplicaAdded(replica, replica.Arn).ShouldBeSameAs(replica);
        KeyTransitions.ReplicaAdded(single, KeyArn.Parse(Replica)).ShouldBeSameAs(single);
    }

    [Fact]
    public void EnableKeyAndDisableKey_OnAReplica_LeaveThePrimaryAlone()
    {
        var (primary, replica) = LifecycleKeys.PrimaryWithReplica();

        var disabled = LifecycleKeys.Disabled(replica);

        disabled.State.ShouldBe(KeyState.Disabled);
        KeyTransitions.ReplicateKey(primary, LifecycleKeys.EuWest1, null, null, s_now).IsT0.ShouldBeTrue();
        KeyTransitions.UpdatePrimaryRegion(primary, disabled, s_now).AsT3.Message.ShouldBe(Replica + " is disabled.");
    }

    // The primary's column. Cells no public path reaches (a primary that is Creating, Unavailable, or pending deletion
    // while it still lists a replica) are placed there with the library's internal 'with', as TestKeys does.
    [Theory]
    [InlineData(KeyState.Creating, "KMSInvalidStateException: " + Primary + " is creating.")]
    [InlineData(KeyState.Enabled, "ok: old primary Updating, new primary Updating")]
    [InlineData(KeyState.Disabled, "DisabledException: " + Primary + " is disabled.")]
    [InlineData(KeyState.PendingDeletion, "KMSInvalidStateException: " + Primary + " is pending deletion.")]
    [InlineData(KeyState.PendingImport, "KMSInvalidStateException: " + Primary + " is pending import.")]
    [InlineData(KeyState.PendingReplicaDeletion, "KMSInvalidStateException: " + Primary + " is pending replica deletion.")]
    [InlineData(KeyState.Unavailable, "KMSInvalidStateException: " + Primary + " is unavailable.")]
    public void UpdatePrimaryRegion_PrimaryInEachState_FollowsTheKeyStateTable(KeyState state, string expected)
    {
        var (primary, replica) = state == KeyState.PendingImport ? LifecycleKeys.ExternalPrimaryWithReplica() : LifecycleKeys.PrimaryWithReplica();
        primary = state switch
        {
            KeyState.Enabled => primary,
            KeyState.Disabled => LifecycleKeys.Disabled(primary),
            KeyState.PendingImport => KeyTransitions.DeleteImportedKeyMaterial(primary).AsT0,
            KeyState.PendingReplicaDeletion => LifecycleKeys.Scheduled(primary),
            KeyState.PendingDeletion => primary with { State = state, DeletionDate = s_now.AddDays(30), PendingDeletionWindowInDays = 30 },
            _ => primary with { State = state },
        };

        LifecycleKeys.Outcome(KeyTransitions.UpdatePrimaryRegion(primary, replica, s_now).Value).ShouldBe(expected);
    }

    [Fact]
    public void UpdatePrimaryRegion_BothKeysUpdating_IsAllowedAndSwapsBack()
    {
        var update = LifecycleKeys.Updating();

        var again = KeyTransitions.UpdatePrimaryRegion(update.NewPrimary, update.OldPrimary, s_now).AsT0;

        again.OldPrimary.Arn.ToString().ShouldBe(Replica);
        again.NewPrimary.Arn.ToString().ShouldBe(Primary);
        again.NewPrimary.MultiRegionConfiguration!.KeyType.ShouldBe(MultiRegionKeyType.Primary);
    }

    [Theory]
    [InlineData(KeyState.Creating, "KMSInvalidStateException: " + Replica + " is creating.")]
    [InlineData(KeyState.Enabled, "ok: old primary Updating, new primary Updating")]
    [InlineData(KeyState.Disabled, "DisabledException: " + Replica + " is disabled.")]
    [InlineData(KeyState.PendingDeletion, "KMSInvalidStateException: " + Replica + " is pending deletion.")]
    [InlineData(KeyState.PendingImport, "KMSInvalidStateException: " + Replica + " is pending import.")]
    public void UpdatePrimaryRegion_ReplicaInEachState_FollowsTheKeyStateTable(KeyState state, string expected)
    {
        var (primary, replica) = state switch
        {
            KeyState.Creating => LifecycleKeys.Replicate(LifecycleKeys.Primary(), LifecycleKeys.UsEast1) is var r ? (r.Primary, r.Replica) : default,
            KeyState.PendingImport => LifecycleKeys.Replicate(LifecycleKeys.Imported(LifecycleKeys.Primary(KeyOrigin.External)), LifecycleKeys.UsEast1) is var r
                ? (r.Primary, KeyTransitions.CompleteReplication(r.Replica)) : default,
            _ => LifecycleKeys.PrimaryWithReplica(),
        };
        replica = state switch
        {
            KeyState.Disabled => LifecycleKeys.Disabled(replica),
            KeyState.PendingDeletion => LifecycleKeys.Scheduled(replica),
            _ => replica,
        };
        replica.State.ShouldBe(state);

        LifecycleKeys.Outcome(KeyTransitions.UpdatePrimaryRegion(primary, replica, s_now).Value).ShouldBe(expected);
    }

    [Fact]
    public void UpdatePrimaryRegion_EnabledKeys_ExchangesTheRoles()
    {
        var update = LifecycleKeys.Updating();

        update.OldPrimary.State.ShouldBe(KeyState.Updating);
        update.OldPrimary.Enabled.ShouldBeFalse();
        update.OldPrimary.Arn.ToString().ShouldBe(Primary);
        update.OldPrimary.MultiRegionConfiguration!.KeyType.ShouldBe(MultiRegionKeyType.Replica);
        update.OldPrimary.MultiRegionConfiguration.PrimaryKey.ToString().ShouldBe(Replica);
        update.OldPrimary.MultiRegionConfiguration.ReplicaKeys.ShouldBe([KeyArn.Parse(Primary)]);
        update.NewPrimary.State.ShouldBe(KeyState.Updating);
        update.NewPrimary.Arn.ToString().ShouldBe(Replica);
        update.NewPrimary.MultiRegionConfiguration!.KeyType.ShouldBe(MultiRegionKeyType.Primary);
        update.NewPrimary.MultiRegionConfiguration.PrimaryKey.ToString().ShouldBe(Replica);
        update.NewPrimary.MultiRegionConfiguration.ReplicaKeys.ShouldBe([KeyArn.Parse(Primary)]);
    }

    [Fact]
    public void UpdatePrimaryRegion_OnAReplica_IsNotAMultiRegionPrimary()
    {
        var (primary, replica) = LifecycleKeys.PrimaryWithReplica();

        LifecycleKeys.Outcome(KeyTransitions.UpdatePrimaryRegion(replica, primary, s_now).Value)
            .ShouldBe("UnsupportedOperationException: " + Replica + " is not a multi-region primary key.");
    }

    [Fact]
    public void UpdatePrimaryRegion_KeyThatIsNotAListedReplica_IsNotFoundInItsRegion()
    {
        var (primary, _) = LifecycleKeys.PrimaryWithReplica();

        LifecycleKeys.Outcome(KeyTransitions.UpdatePrimaryRegion(primary, primary, s_now).Value)
            .ShouldBe("NotFoundException: Key '" + Primary + "' does not exist");
    }

    [Fact]
    public void CompletePrimaryRegionUpdate_BothKeys_AreEnabled()
    {
        var update = LifecycleKeys.Updating();

        KeyTransitions.CompletePrimaryRegionUpdate(update.OldPrimary).State.ShouldBe(KeyState.Enabled);
        KeyTransitions.CompletePrimaryRegionUpdate(update.NewPrimary).State.ShouldBe(KeyState.Enabled);
    }

    // The update's start is the key's, so a store that keeps the key keeps the timer: NextChangeDue names it, and the
    // key leaving Updating forgets it. A second update of an updating key starts again.
    [Fact]
    public void UpdatePrimaryRegion_RecordsWhenItBegan_UntilTheUpdateCompletes()
    {
        var replication = LifecycleKeys.PrimaryWithReplica();
        var update = KeyTransitions.UpdatePrimaryRegion(replication.Primary, replication.Replica, s_now.AddHours(5)).AsT0;

        update.NewPrimary.UpdateStartedAt.ShouldBe(s_now.AddHours(5));
        update.OldPrimary.UpdateStartedAt.ShouldBe(s_now.AddHours(5));
        KeyTransitions.NextChangeDue(update.NewPrimary).ShouldBe(s_now.AddHours(5));
        replication.Primary.UpdateStartedAt.ShouldBeNull();

        var again = KeyTransitions.UpdatePrimaryRegion(update.NewPrimary, update.OldPrimary, s_now.AddHours(6)).AsT0;
        again.NewPrimary.UpdateStartedAt.ShouldBe(s_now.AddHours(6));

        var completed = KeyTransitions.CompletePrimaryRegionUpdate(update.NewPrimary);
        completed.State.ShouldBe(KeyState.Enabled);
        completed.UpdateStartedAt.ShouldBeNull();
        KeyTransitions.NextChangeDue(completed).ShouldBeNull();
    }

    // Found by the model check: the material of an EXTERNAL key expired while it was Updating, and completing the update
    // made it Enabled with no key material.
    [Fact]
    public void CompletePrimaryRegionUpdate_ImportedMaterialExpiredWhileUpdating_IsPendingImport()
    {
        var primary = LifecycleKeys.Imported(LifecycleKeys.Primary(KeyOrigin.External));
        var replication = LifecycleKeys.Replicate(primary, LifecycleKeys.UsEast1);
        var replica = KeyTransitions.ImportKeyMaterial(
            KeyTransitions.CompleteReplication(replication.Replica), LifecycleKeys.Import(ExpirationModel.KeyMaterialExpires, s_now.AddDays(38)), s_now).AsT0;
        var update = KeyTransitions.UpdatePrimaryRegion(replication.Primary, replica, s_now).AsT0;

        var expired = KeyTransitions.ExpireKeyMaterial(update.NewPrimary, s_now.AddDays(39));
        expired.State.ShouldBe(KeyState.Updating);
        var completed = KeyTransitions.CompletePrimaryRegionUpdate(expired);

        completed.State.ShouldBe(KeyState.PendingImport);
        completed.Enabled.ShouldBeFalse();
        completed.HasKeyMaterial.ShouldBeFalse();
        KeyTransitions.CompletePrimaryRegionUpdate(update.OldPrimary).State.ShouldBe(KeyState.Enabled);
    }

    [Theory]
    [InlineData(KeyState.Creating)]
    [InlineData(KeyState.Enabled)]
    [InlineData(KeyState.PendingReplicaDeletion)]
    public void CompletePrimaryRegionUpdate_NotUpdating_ReturnsTheSameInstance(KeyState state)
    {
        var key = LifecycleKeys.InState(state);

        KeyTransitions.CompletePrimaryRegionUpdate(key).ShouldBeSameAs(key);
    }

    [Fact]
    public void PrimaryRegionChanged_ThirdKeyOfTheSet_FollowsTheNewPrimary()
    {
        var (primary, _) = LifecycleKeys.PrimaryWithReplica();
        var replication = LifecycleKeys.Replicate(primary, LifecycleKeys.EuWest1);

        var third = KeyTransitions.PrimaryRegionChanged(replication.Replica, KeyArn.Parse(Primary), KeyArn.Parse(Replica));

        third.MultiRegionConfiguration!.KeyType.ShouldBe(MultiRegionKeyType.Replica);
        third.MultiRegionConfiguration.PrimaryKey.ToString().ShouldBe(Replica);
        third.MultiRegionConfiguration.ReplicaKeys.ShouldBe([KeyArn.Parse(LifecycleKeys.SecondReplicaArn), KeyArn.Parse(Primary)]);
    }

    [Fact]
    public void MultiRegionTransitions_NullKey_Throw()
    {
        var key = LifecycleKeys.Primary();
        Should.Throw<ArgumentNullException>(() => KeyTransitions.ReplicateKey(null!, LifecycleKeys.UsEast1, null, null, s_now));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.UpdatePrimaryRegion(null!, key, s_now));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.UpdatePrimaryRegion(key, null!, s_now));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.CompleteReplication(null!));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.CompletePrimaryRegionUpdate(null!));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.ReplicaAdded(null!, key.Arn));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.PrimaryRegionChanged(null!, key.Arn, key.Arn));
    }
}
