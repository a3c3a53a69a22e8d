using System;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

/// <summary>EnableKeyRotation, DisableKeyRotation and GetKeyRotationStatus against section 2.1 (footnotes 1, 3, 6, 7, 14) and 3.4 of the specification.</summary>
public class KeyTransitionsRotationTests
{
    private const string Single = LifecycleKeys.SingleRegionArn;
    private const string Primary = LifecycleKeys.PrimaryArn;
    private const string Replica = LifecycleKeys.ReplicaArn;
    private const string External = "UnsupportedOperationException: " + Single + " origin is EXTERNAL which is not valid for this operation.";
    private const string CloudHsm = "UnsupportedOperationException: " + Single + " origin is AWS_CLOUDHSM which is not valid for this operation.";
    private static readonly DateTimeOffset s_now = LifecycleKeys.Now;

    private static string Enable(KmsKey key) => LifecycleKeys.Outcome(KeyTransitions.EnableKeyRotation(key, null, s_now).Value);

    private static string Disable(KmsKey key) => LifecycleKeys.Outcome(KeyTransitions.DisableKeyRotation(key).Value);

    private static string Status(KmsKey key) => LifecycleKeys.Outcome(KeyTransitions.GetKeyRotationStatus(key).Value);

    private static KmsKey Rotating(KmsKey key) => KeyTransitions.EnableKeyRotation(key, null, s_now).AsT0;

    private static KmsKey InStore(KeyState state, KeyOrigin origin)
    {
        var key = origin == KeyOrigin.AwsCloudHsm ? LifecycleKeys.CloudHsm() : LifecycleKeys.ExternalKeyStore();
        return state switch
        {
            KeyState.Enabled => key,
            KeyState.Disabled => LifecycleKeys.Disabled(key),
            KeyState.PendingDeletion => LifecycleKeys.Scheduled(key),
            _ => KeyTransitions.KeyStoreDisconnected(key),
        };
    }

    // A key with rotation turned on, then put in the state. Rotation is copied to replicas, and kept through UpdatePrimaryRegion.
    private static KmsKey RotatingInState(KeyState state) => state switch
    {
        KeyState.Creating => LifecycleKeys.Replicate(Rotating(LifecycleKeys.Primary()), LifecycleKeys.UsEast1).Replica,
        KeyState.Enabled => Rotating(LifecycleKeys.SingleRegion()),
        KeyState.Disabled => LifecycleKeys.Disabled(Rotating(LifecycleKeys.SingleRegion())),
        KeyState.PendingDeletion => LifecycleKeys.Scheduled(Rotating(LifecycleKeys.SingleRegion())),
        KeyState.PendingReplicaDeletion => LifecycleKeys.Scheduled(
            LifecycleKeys.Replicate(Rotating(LifecycleKeys.Primary()), LifecycleKeys.UsEast1).Primary),
        KeyState.Updating => LifecycleKeys.Replicate(Rotating(LifecycleKeys.Primary()), LifecycleKeys.UsEast1) is var r
            ? KeyTransitions.UpdatePrimaryRegion(r.Primary, KeyTransitions.CompleteReplication(r.Replica), LifecycleKeys.Now).AsT0.NewPrimary
            : null!,
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    [Theory]
    [InlineData(KeyState.Creating, "KMSInvalidStateException: " + Replica + " is creating.")]
    [InlineData(KeyState.Enabled, "ok: Enabled")]
    [InlineData(KeyState.Disabled, "DisabledException: " + Single + " is disabled.")]
    [InlineData(KeyState.PendingDeletion, "KMSInvalidStateException: " + Single + " is pending deletion.")]
    [InlineData(KeyState.PendingImport, External)]
    [InlineData(KeyState.PendingReplicaDeletion, "KMSInvalidStateException: " + Primary + " is pending replica deletion.")]
    [InlineData(KeyState.Unavailable, CloudHsm)]
    [InlineData(KeyState.Updating, "ok: Updating")]
    public void EnableKeyRotation_InEachState_FollowsTheKeyStateTable(KeyState state, string expected) =>
        Enable(LifecycleKeys.InState(state)).ShouldBe(expected);

    [Theory]
    [InlineData(KeyState.Creating, "KMSInvalidStateException: " + Replica + " is creating.")]
    [InlineData(KeyState.Enabled, "ok: Enabled")]
    [InlineData(KeyState.Disabled, "DisabledException: " + Single + " is disabled.")]
    [InlineData(KeyState.PendingDeletion, "KMSInvalidStateException: " + Single + " is pending deletion.")]
    [InlineData(KeyState.PendingImport, External)]
    [InlineData(KeyState.PendingReplicaDeletion, "KMSInvalidStateException: " + Primary + " is pending replica deletion.")]
    [InlineData(KeyState.Unavailable, CloudHsm)]
    [InlineData(KeyState.Updating, "ok: Updating")]
    public void DisableKeyRotation_InEachState_FollowsTheKeyStateTable(KeyState state, string expected) =>
        Disable(LifecycleKeys.InState(state)).ShouldBe(expected);

    // Footnote 7: keys with imported material or in a custom key store are refused whatever the state, except where the
    // state's own refusal (Creating, footnote 14) comes first.
    [Theory]
    [InlineData(KeyState.Creating, "KMSInvalidStateException: " + Replica + " is creating.")]
    [InlineData(KeyState.Enabled, External)]
    [InlineData(KeyState.Disabled, External)]
    [InlineData(KeyState.PendingDeletion, External)]
    [InlineData(KeyState.PendingImport, External)]
    [InlineData(KeyState.PendingReplicaDeletion, "UnsupportedOperationException: " + Primary + " origin is EXTERNAL which is not valid for this operation.")]
    [InlineData(KeyState.Updating, "UnsupportedOperationException: " + Replica + " origin is EXTERNAL which is not valid for this operation.")]
    public void EnableAndDisableKeyRotation_ExternalKeyInEachState_AreRefused(KeyState state, string expected)
    {
        Enable(LifecycleKeys.ExternalInState(state)).ShouldBe(expected);
        Disable(LifecycleKeys.ExternalInState(state)).ShouldBe(expected);
    }

    [Theory]
    [InlineData(KeyState.Enabled, KeyOrigin.AwsCloudHsm, CloudHsm)]
    [InlineData(KeyState.Disabled, KeyOrigin.AwsCloudHsm, CloudHsm)]
    [InlineData(KeyState.PendingDeletion, KeyOrigin.AwsCloudHsm, CloudHsm)]
    [InlineData(KeyState.Unavailable, KeyOrigin.AwsCloudHsm, CloudHsm)]
    [InlineData(KeyState.Enabled, KeyOrigin.ExternalKeyStore, "UnsupportedOperationException: " + Single + " origin is EXTERNAL_KEY_STORE which is not valid for this operation.")]
    [InlineData(KeyState.Unavailable, KeyOrigin.ExternalKeyStore, "UnsupportedOperationException: " + Single + " origin is EXTERNAL_KEY_STORE which is not valid for this operation.")]
    public void RotationOperations_KeyInACustomKeyStore_AreRefused(KeyState state, KeyOrigin origin, string expected)
    {
        var key = InStore(state, origin);

        Enable(key).ShouldBe(expected);
        Disable(key).ShouldBe(expected);
        Status(key).ShouldBe(expected);
    }

    [Fact]
    public void EnableKeyRotation_NoPeriod_RotatesYearly()
    {
        var key = KeyTransitions.EnableKeyRotation(LifecycleKeys.SingleRegion(), null, s_now).AsT0;

        key.KeyRotationEnabled.ShouldBeTrue();
        key.RotationPeriodInDays.ShouldBe(365);
        key.NextRotationDate.ShouldBe(new DateTimeOffset(2027, 1, 2, 0, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(90)]
    [InlineData(91)]
    [InlineData(2559)]
    [InlineData(2560)]
    public void EnableKeyRotation_PeriodInRange_IsKept(int period)
    {
        var key = KeyTransitions.EnableKeyRotation(LifecycleKeys.SingleRegion(), period, s_now).AsT0;

        key.RotationPeriodInDays.ShouldBe(period);
        key.NextRotationDate.ShouldBe(s_now.AddDays(period));
    }

    [Theory]
    [InlineData(89, "ValidationException: 1 validation error detected: Value '89' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value greater than or equal to 90")]
    [InlineData(0, "ValidationException: 1 validation error detected: Value '0' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value greater than or equal to 90")]
    [InlineData(-1, "ValidationException: 1 validation error detected: Value '-1' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value greater than or equal to 90")]
    [InlineData(2561, "ValidationException: 1 validation error detected: Value '2561' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value less than or equal to 2560")]
    [InlineData(int.MaxValue, "ValidationException: 1 validation error detected: Value '2147483647' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value less than or equal to 2560")]
    public void EnableKeyRotation_PeriodOutOfRange_IsTheModelsValidationException(int period, string expected) =>
        LifecycleKeys.Outcome(KeyTransitions.EnableKeyRotation(LifecycleKeys.SingleRegion(), period, s_now).Value).ShouldBe(expected);

    [Fact]
    public void EnableKeyRotation_PeriodOutOfRangeOnAKeyPendingDeletion_ValidatesBeforeTheState() =>
        LifecycleKeys.Outcome(KeyTransitions.EnableKeyRotation(LifecycleKeys.InState(KeyState.PendingDeletion), 10, s_now).Value)
            .ShouldStartWith("ValidationException: 1 validation error detected: Value '10' at 'rotationPeriodInDays'");

    [Fact]
    public void EnableKeyRotation_AgainWithAnotherPeriod_ReplacesThePeriod()
    {
        var key = KeyTransitions.EnableKeyRotation(Rotating(LifecycleKeys.SingleRegion()), 120, s_now.AddDays(1)).AsT0;

        key.RotationPeriodInDays.ShouldBe(120);
        key.NextRotationDate.ShouldBe(s_now.AddDays(121));
    }

    [Theory]
    [InlineData(KeyState.Enabled)]
    [InlineData(KeyState.Disabled)]
    public void RotationOperations_HmacKey_AreRefusedWithNoMessage(KeyState state)
    {
        var key = state == KeyState.Enabled ? LifecycleKeys.Hmac() : LifecycleKeys.Disabled(LifecycleKeys.Hmac());
        const string Expected = "UnsupportedOperationException: ";

        Enable(key).ShouldBe(Expected);
        Disable(key).ShouldBe(Expected);
        Status(key).ShouldBe("ok: rotation off");
    }

    [Fact]
    public void DisableKeyRotation_RotatingKey_TurnsRotationOff()
    {
        var key = KeyTransitions.DisableKeyRotation(Rotating(LifecycleKeys.SingleRegion())).AsT0;

        key.KeyRotationEnabled.ShouldBeFalse();
        key.RotationPeriodInDays.ShouldBeNull();
        key.NextRotationDate.ShouldBeNull();
    }

    [Fact]
    public void DisableKeyRotation_RotationAlreadyOff_ReturnsTheSameInstance()
    {
        var key = LifecycleKeys.SingleRegion();

        KeyTransitions.DisableKeyRotation(key).AsT0.ShouldBeSameAs(key);
    }

    [Theory]
    [InlineData(KeyState.Creating, "ok: rotation off")]
    [InlineData(KeyState.Enabled, "ok: rotation off")]
    [InlineData(KeyState.Disabled, "ok: rotation off")]
    [InlineData(KeyState.PendingDeletion, "ok: rotation off")]
    [InlineData(KeyState.PendingImport, External)]
    [InlineData(KeyState.PendingReplicaDeletion, "ok: rotation off")]
    [InlineData(KeyState.Unavailable, CloudHsm)]
    [InlineData(KeyState.Updating, "ok: rotation off")]
    public void GetKeyRotationStatus_InEachState_FollowsTheKeyStateTable(KeyState state, string expected) =>
        Status(LifecycleKeys.InState(state)).ShouldBe(expected);

    [Theory]
    [InlineData(KeyState.Creating, "ok: rotation on, every 365 days")]
    [InlineData(KeyState.Enabled, "ok: rotation on, every 365 days")]
    [InlineData(KeyState.Disabled, "ok: rotation on, every 365 days")]
    [InlineData(KeyState.PendingDeletion, "ok: rotation off")]
    [InlineData(KeyState.PendingReplicaDeletion, "ok: rotation off")]
    [InlineData(KeyState.Updating, "ok: rotation on, every 365 days")]
    public void GetKeyRotationStatus_RotatingKeyInEachState_IsOffOnlyWhilePendingDeletion(KeyState state, string expected) =>
        Status(RotatingInState(state)).ShouldBe(expected);

    [Theory]
    [InlineData(KeyState.Enabled)]
    [InlineData(KeyState.Disabled)]
    [InlineData(KeyState.PendingDeletion)]
    [InlineData(KeyState.Updating)]
    public void GetKeyRotationStatus_ExternalKey_IsRefusedForItsOrigin(KeyState state) =>
        Status(LifecycleKeys.ExternalInState(state)).ShouldBe(
            state == KeyState.Updating
                ? "UnsupportedOperationException: " + Replica + " origin is EXTERNAL which is not valid for this operation."
                : External);

    [Fact]
    public void GetKeyRotationStatus_RotatingKeyPendingDeletion_KeepsTheSetting()
    {
        var key = RotatingInState(KeyState.PendingDeletion);

        key.KeyRotationEnabled.ShouldBeTrue();
        key.RotationPeriodInDays.ShouldBe(365);
    }

    [Fact]
    public void GetKeyRotationStatus_Rotating_ReportsThePeriodAndTheNextDate() =>
        KeyTransitions.GetKeyRotationStatus(Rotating(LifecycleKeys.SingleRegion())).AsT0
            .ShouldBe(new KeyRotationStatus(true, 365, new DateTimeOffset(2027, 1, 2, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void RotationTransitions_NullKey_Throw()
    {
        Should.Throw<ArgumentNullException>(() => KeyTransitions.EnableKeyRotation(null!, null, s_now));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.DisableKeyRotation(null!));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.GetKeyRotationStatus(null!));
    }
}
