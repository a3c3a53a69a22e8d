using System;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

/// <summary>ScheduleKeyDeletion, CancelKeyDeletion, IsDeletionDue and ReplicaRemoved against sections 2.1, 2.3, 3.4 and 3.5 of the specification.</summary>
public class KeyTransitionsDeletionTests
{
    private const string Single = LifecycleKeys.SingleRegionArn;
    private const string Primary = LifecycleKeys.PrimaryArn;
    private const string Replica = LifecycleKeys.ReplicaArn;
    private static readonly DateTimeOffset s_now = LifecycleKeys.Now;

    [Theory]
    [InlineData(KeyState.Creating, "ok: PendingDeletion")]
    [InlineData(KeyState.Enabled, "ok: PendingDeletion")]
    [InlineData(KeyState.Disabled, "ok: PendingDeletion")]
    [InlineData(KeyState.PendingDeletion, "KMSInvalidStateException: " + Single + " is pending deletion.")]
    [InlineData(KeyState.PendingImport, "ok: PendingDeletion")]
    [InlineData(KeyState.PendingReplicaDeletion, "KMSInvalidStateException: " + Primary + " is pending replica deletion.")]
    [InlineData(KeyState.Unavailable, "ok: PendingDeletion")]
    [InlineData(KeyState.Updating, "KMSInvalidStateException: " + Replica + " is updating.")]
    public void ScheduleKeyDeletion_InEachState_FollowsTheKeyStateTable(KeyState state, string expected) =>
        LifecycleKeys.Outcome(KeyTransitions.ScheduleKeyDeletion(LifecycleKeys.InState(state), null, s_now).Value).ShouldBe(expected);

    [Fact]
    public void ScheduleKeyDeletion_NoWindow_DeletesInThirtyDays()
    {
        var key = KeyTransitions.ScheduleKeyDeletion(LifecycleKeys.SingleRegion(), null, s_now).AsT0;

        key.State.ShouldBe(KeyState.PendingDeletion);
        key.Enabled.ShouldBeFalse();
        key.DeletionDate.ShouldBe(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));
        key.PendingDeletionWindowInDays.ShouldBe(30);
    }

    [Theory]
    [InlineData(7, "2026-01-09")]
    [InlineData(8, "2026-01-10")]
    [InlineData(29, "2026-01-31")]
    [InlineData(30, "2026-02-01")]
    public void ScheduleKeyDeletion_WindowInRange_DeletesThatManyDaysLater(int window, string date)
    {
        var key = KeyTransitions.ScheduleKeyDeletion(LifecycleKeys.SingleRegion(), window, s_now).AsT0;

        key.DeletionDate.ShouldBe(DateTimeOffset.Parse(date + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        key.PendingDeletionWindowInDays.ShouldBe(window);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(31)]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-7)]
    [InlineData(365)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void ScheduleKeyDeletion_WindowOutOfRange_IsTheObservedValidationException(int window)
    {
        var error = KeyTransitions.ScheduleKeyDeletion(LifecycleKeys.SingleRegion(), window, s_now).AsT1;

        error.ErrorCode.ShouldBe("ValidationException");
        error.Message.ShouldBe("PendingWindowInDays must be between 7 and 30");
    }

    [Fact]
    public void ScheduleKeyDeletion_WindowOutOfRangeOnAKeyPendingDeletion_ValidatesBeforeTheState() =>
        KeyTransitions.ScheduleKeyDeletion(LifecycleKeys.InState(KeyState.PendingDeletion), 31, s_now).AsT1.Message
            .ShouldBe("PendingWindowInDays must be between 7 and 30");

    [Fact]
    public void ScheduleKeyDeletion_AwsManagedKey_IsAccessDenied() =>
        LifecycleKeys.Outcome(KeyTransitions.ScheduleKeyDeletion(LifecycleKeys.AwsManaged(), null, s_now).Value).ShouldBe(
            "AccessDeniedException: User: arn:aws:iam::111122223333:root is not authorized to perform: kms:ScheduleKeyDeletion on resource: "
            + Single + " because no resource-based policy allows the kms:ScheduleKeyDeletion action");

    [Fact]
    public void ScheduleKeyDeletion_PrimaryWithReplicas_WaitsForTheReplicasWithoutADate()
    {
        var key = KeyTransitions.ScheduleKeyDeletion(LifecycleKeys.PrimaryWithReplica().Primary, 10, s_now).AsT0;

        key.State.ShouldBe(KeyState.PendingReplicaDeletion);
        key.Enabled.ShouldBeFalse();
        key.DeletionDate.ShouldBeNull();
        key.PendingDeletionWindowInDays.ShouldBe(10);
    }

    [Fact]
    public void ScheduleKeyDeletion_PrimaryWithoutReplicas_IsPendingDeletion() =>
        KeyTransitions.ScheduleKeyDeletion(LifecycleKeys.Primary(), null, s_now).AsT0.State.ShouldBe(KeyState.PendingDeletion);

    [Fact]
    public void ScheduleKeyDeletion_Replica_IsPendingDeletionWithADate()
    {
        var key = KeyTransitions.ScheduleKeyDeletion(LifecycleKeys.PrimaryWithReplica().Replica, 7, s_now).AsT0;

        key.State.ShouldBe(KeyState.PendingDeletion);
        key.DeletionDate.ShouldBe(s_now.AddDays(7));
    }

    [Fact]
    public void ScheduleKeyDeletion_Unavailable_IsPendingDeletionAndForgetsTheDeferredState()
    {
        var key = KeyTransitions.ScheduleKeyDeletion(LifecycleKeys.InState(KeyState.Unavailable), null, s_now).AsT0;

        key.State.ShouldBe(KeyState.PendingDeletion);
        key.StateWhenAvailable.ShouldBeNull();
    }

    [Fact]
    public void ReplicaRemoved_LastReplicaOfAPrimaryPendingReplicaDeletion_StartsTheWindowThen()
    {
        var (primary, _) = LifecycleKeys.PrimaryWithReplica();
        var waiting = KeyTransitions.ScheduleKeyDeletion(primary, 7, s_now).AsT0;
        var later = s_now.AddDays(12);

        var key = KeyTransitions.ReplicaRemoved(waiting, KeyArn.Parse(Replica), later);

        key.State.ShouldBe(KeyState.PendingDeletion);
        key.DeletionDate.ShouldBe(new DateTimeOffset(2026, 1, 21, 0, 0, 0, TimeSpan.Zero));
        key.MultiRegionConfiguration!.ReplicaKeys.ShouldBeEmpty();
    }

    [Fact]
    public void ReplicaRemoved_NotTheLastReplica_StaysPendingReplicaDeletion()
    {
        var (primary, _) = LifecycleKeys.PrimaryWithReplica();
        var two = LifecycleKeys.Replicate(primary, LifecycleKeys.EuWest1).Primary;
        var waiting = KeyTransitions.ScheduleKeyDeletion(two, null, s_now).AsT0;

        var key = KeyTransitions.ReplicaRemoved(waiting, KeyArn.Parse(Replica), s_now.AddDays(1));

        key.State.ShouldBe(KeyState.PendingReplicaDeletion);
        key.DeletionDate.ShouldBeNull();
        key.MultiRegionConfiguration!.ReplicaKeys.ShouldBe([KeyArn.Parse(LifecycleKeys.SecondReplicaArn)]);
    }

    [Fact]
    public void ReplicaRemoved_EnabledPrimary_OnlyForgetsTheReplica()
    {
        var (primary, _) = LifecycleKeys.PrimaryWithReplica();

        var key = KeyTransitions.ReplicaRemoved(primary, KeyArn.Parse(Replica), s_now);

        key.State.ShouldBe(KeyState.Enabled);
        key.MultiRegionConfiguration!.ReplicaKeys.ShouldBeEmpty();
    }

    [Fact]
    public void ReplicaRemoved_ReplicaNotListed_ReturnsTheSameInstance()
    {
        var primary = LifecycleKeys.Primary();

        KeyTransitions.ReplicaRemoved(primary, KeyArn.Parse(Replica), s_now).ShouldBeSameAs(primary);
    }

    [Theory]
    [InlineData(KeyState.Creating, "KMSInvalidStateException: " + Replica + " is not pending deletion.")]
    [InlineData(KeyState.Enabled, "KMSInvalidStateException: " + Single + " is not pending deletion.")]
    [InlineData(KeyState.Disabled, "KMSInvalidStateException: " + Single + " is not pending deletion.")]
    [InlineData(KeyState.PendingDeletion, "ok: Disabled")]
    [InlineData(KeyState.PendingImport, "KMSInvalidStateException: " + Single + " is not pending deletion.")]
    [InlineData(KeyState.PendingReplicaDeletion, "ok: Disabled")]
    [InlineData(KeyState.Unavailable, "KMSInvalidStateException: " + Single + " is not pending deletion.")]
    [InlineData(KeyState.Updating, "KMSInvalidStateException: " + Replica + " is not pending deletion.")]
    public void CancelKeyDeletion_InEachState_FollowsTheKeyStateTable(KeyState state, string expected) =>
        LifecycleKeys.Outcome(KeyTransitions.CancelKeyDeletion(LifecycleKeys.InState(state)).Value).ShouldBe(expected);

    [Fact]
    public void CancelKeyDeletion_PendingDeletion_IsDisabledWithNoDeletionDate()
    {
        var key = KeyTransitions.CancelKeyDeletion(LifecycleKeys.InState(KeyState.PendingDeletion)).AsT0;

        key.State.ShouldBe(KeyState.Disabled);
        key.Enabled.ShouldBeFalse();
        key.DeletionDate.ShouldBeNull();
        key.PendingDeletionWindowInDays.ShouldBeNull();
    }

    [Fact]
    public void CancelKeyDeletion_ExternalKeyWithoutMaterial_ReturnsToPendingImport() =>
        KeyTransitions.CancelKeyDeletion(LifecycleKeys.Scheduled(LifecycleKeys.External())).AsT0.State.ShouldBe(KeyState.PendingImport);

    [Fact]
    public void CancelKeyDeletion_ExternalKeyWithMaterial_IsDisabled() =>
        KeyTransitions.CancelKeyDeletion(LifecycleKeys.Scheduled(LifecycleKeys.ExternalWithMaterial())).AsT0.State.ShouldBe(KeyState.Disabled);

    [Fact]
    public void CancelKeyDeletion_PrimaryPendingReplicaDeletion_IsDisabledAndForgetsTheWindow()
    {
        var key = KeyTransitions.CancelKeyDeletion(LifecycleKeys.InState(KeyState.PendingReplicaDeletion)).AsT0;

        key.State.ShouldBe(KeyState.Disabled);
        key.PendingDeletionWindowInDays.ShouldBeNull();
        key.MultiRegionConfiguration!.ReplicaKeys.ShouldBe([KeyArn.Parse(Replica)]);
    }

    [Fact]
    public void CancelKeyDeletion_AfterRotationWasOn_RotationIsReportedAgain()
    {
        var rotating = KeyTransitions.EnableKeyRotation(LifecycleKeys.SingleRegion(), 180, s_now).AsT0;
        var scheduled = LifecycleKeys.Scheduled(rotating);

        KeyTransitions.GetKeyRotationStatus(scheduled).AsT0.ShouldBe(new KeyRotationStatus(false, null, null));
        var cancelled = KeyTransitions.CancelKeyDeletion(scheduled).AsT0;

        KeyTransitions.GetKeyRotationStatus(cancelled).AsT0.ShouldBe(new KeyRotationStatus(true, 180, s_now.AddDays(180)));
    }

    [Fact]
    public void CancelKeyDeletion_AwsManagedKey_IsAccessDenied() =>
        LifecycleKeys.Outcome(KeyTransitions.CancelKeyDeletion(LifecycleKeys.AwsManaged()).Value).ShouldBe(
            "AccessDeniedException: User: arn:aws:iam::111122223333:root is not authorized to perform: kms:CancelKeyDeletion on resource: "
            + Single + " because no resource-based policy allows the kms:CancelKeyDeletion action");

    [Fact]
    public void CancelKeyDeletion_KeyPendingDeletionInADisconnectedStore_StillWorks()
    {
        // Footnote 13: the key stays PendingDeletion when its store disconnects, so the deletion can still be cancelled.
        var scheduled = LifecycleKeys.Scheduled(LifecycleKeys.CloudHsm());
        var disconnected = KeyTransitions.KeyStoreDisconnected(scheduled);
        disconnected.State.ShouldBe(KeyState.PendingDeletion);

        KeyTransitions.CancelKeyDeletion(disconnected).AsT0.State.ShouldBe(KeyState.Disabled);
    }

    [Fact]
    public void IsDeletionDue_BeforeTheDate_IsFalse() =>
        KeyTransitions.IsDeletionDue(LifecycleKeys.InState(KeyState.PendingDeletion), s_now.AddDays(30).AddTicks(-1)).ShouldBeFalse();

    [Fact]
    public void IsDeletionDue_AtTheDate_IsTrue() =>
        KeyTransitions.IsDeletionDue(LifecycleKeys.InState(KeyState.PendingDeletion), s_now.AddDays(30)).ShouldBeTrue();

    [Fact]
    public void IsDeletionDue_AfterTheDate_IsTrue() =>
        KeyTransitions.IsDeletionDue(LifecycleKeys.InState(KeyState.PendingDeletion), s_now.AddYears(1)).ShouldBeTrue();

    [Theory]
    [InlineData(KeyState.Creating)]
    [InlineData(KeyState.Enabled)]
    [InlineData(KeyState.Disabled)]
    [InlineData(KeyState.PendingImport)]
    [InlineData(KeyState.PendingReplicaDeletion)]
    [InlineData(KeyState.Unavailable)]
    [InlineData(KeyState.Updating)]
    public void IsDeletionDue_NotPendingDeletion_IsNeverTrue(KeyState state) =>
        KeyTransitions.IsDeletionDue(LifecycleKeys.InState(state), DateTimeOffset.MaxValue).ShouldBeFalse();

    [Fact]
    public void DeletionTransitions_NullKey_Throw()
    {
        Should.Throw<ArgumentNullException>(() => KeyTransitions.ScheduleKeyDeletion(null!, null, s_now));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.CancelKeyDeletion(null!));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.IsDeletionDue(null!, s_now));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.ReplicaRemoved(null!, KeyArn.Parse(Replica), s_now));
    }
}
