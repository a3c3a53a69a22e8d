using System;
using System.Linq;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

/// <summary>
/// RotateKeyOnDemand, automatic rotation and ListKeyRotations against the key-state table's RotateKeyOnDemand row, the
/// recorded refusals (kms-key-lifecycle.md, RotateKeyOnDemand row) and the API reference
/// (https://docs.aws.amazon.com/kms/latest/APIReference/API_RotateKeyOnDemand.html, API_ListKeyRotations.html).
/// </summary>
public class KeyTransitionsMaterialRotationTests
{
    private const string Single = LifecycleKeys.SingleRegionArn;
    private const string Primary = LifecycleKeys.PrimaryArn;
    private const string Replica = LifecycleKeys.ReplicaArn;
    private static readonly DateTimeOffset s_now = LifecycleKeys.Now;

    private static KeyMaterialId Material(byte fill) => KeyMaterialId.FromBytes(Enumerable.Repeat(fill, KeyMaterialId.ByteLength).ToArray());

    private static string RotateOnDemand(KmsKey key) => LifecycleKeys.Outcome(KeyTransitions.RotateKeyOnDemand(key, Material(1), s_now).Value);

    private static KmsKey Rotated(KmsKey key, int times, DateTimeOffset? at = null)
    {
        for (var i = 0; i < times; i++)
        {
            key = KeyTransitions.RotateKeyOnDemand(key, Material((byte)(i + 1)), at ?? s_now).AsT0;
        }

        return key;
    }

    private static KmsKey RotatingEvery(KmsKey key, int days) => KeyTransitions.EnableKeyRotation(key, days, s_now).AsT0;

    [Theory]
    [InlineData(KeyState.Creating, "KMSInvalidStateException: " + Replica + " is creating.")]
    [InlineData(KeyState.Enabled, "ok: Enabled")]
    [InlineData(KeyState.Disabled, "DisabledException: " + Single + " is disabled.")]
    [InlineData(KeyState.PendingDeletion, "KMSInvalidStateException: " + Single + " is pending deletion.")]
    [InlineData(KeyState.PendingImport, "KMSInvalidStateException: " + Single + " is pending import.")]
    [InlineData(KeyState.PendingReplicaDeletion, "KMSInvalidStateException: " + Primary + " is pending replica deletion.")]
    [InlineData(KeyState.Unavailable, "UnsupportedOperationException: " + Single + " origin is AWS_CLOUDHSM which is not valid for this operation.")]
    [InlineData(KeyState.Updating, "KMSInvalidStateException: " + Replica + " is updating.")]
    public void RotateKeyOnDemand_InEachState_FollowsTheKeyStateTable(KeyState state, string expected) =>
        RotateOnDemand(LifecycleKeys.InState(state)).ShouldBe(expected);

    [Fact]
    public void RotateKeyOnDemand_KeysThatCannotRotate_AreRefusedWithTheServicesErrors()
    {
        // Recorded: an asymmetric key, an empty message; a key with imported material and none pending rotation.
        RotateOnDemand(LifecycleKeys.Hmac()).ShouldBe("UnsupportedOperationException: ");
        RotateOnDemand(LifecycleKeys.Create(new KeyCreationRequest { KeySpec = KeySpec.Rsa2048, KeyUsage = KeyUsage.SignVerify }))
            .ShouldBe("UnsupportedOperationException: ");
        RotateOnDemand(LifecycleKeys.ExternalWithMaterial())
            .ShouldBe("KMSInvalidStateException: No available key material pending rotation for the key: " + Single + ".");

        // "You cannot perform on-demand rotation of ... KMS keys in a custom key store", in the words of footnote 7.
        RotateOnDemand(LifecycleKeys.CloudHsm())
            .ShouldBe("UnsupportedOperationException: " + Single + " origin is AWS_CLOUDHSM which is not valid for this operation.");
        RotateOnDemand(LifecycleKeys.ExternalKeyStore())
            .ShouldBe("UnsupportedOperationException: " + Single + " origin is EXTERNAL_KEY_STORE which is not valid for this operation.");

        // "invoke the on-demand rotation on the primary key"; the text is the one recorded for ReplicateKey on a replica.
        RotateOnDemand(LifecycleKeys.PrimaryWithReplica().Replica)
            .ShouldBe("UnsupportedOperationException: " + Replica + " is not a multi-region primary key.");
        RotateOnDemand(LifecycleKeys.PrimaryWithReplica().Primary).ShouldBe("ok: Enabled");
    }

    [Fact]
    public void RotateKeyOnDemand_RecordsTheRotation_AndChangesNothingElse()
    {
        var key = RotatingEvery(LifecycleKeys.SingleRegion(), 90);
        var later = s_now.AddDays(3);

        var rotated = KeyTransitions.RotateKeyOnDemand(key, Material(7), later).AsT0;

        rotated.Rotations.ShouldBe([new KeyRotation(Material(7), later, RotationType.OnDemand)]);
        (rotated with { Rotations = key.Rotations }).ShouldBe(key);   // "On-demand rotations do not change existing automatic rotation schedules"
        rotated.NextRotationDate.ShouldBe(s_now.AddDays(90));

        var again = KeyTransitions.RotateKeyOnDemand(rotated, Material(8), later.AddDays(1)).AsT0;
        again.Rotations.Select(rotation => rotation.KeyMaterialId).ShouldBe([Material(7), Material(8)]);
    }

    [Fact]
    public void RotateKeyOnDemand_After25OnDemandRotations_IsLimitExceeded_WhateverTheAutomaticOnes()
    {
        var at25 = Rotated(LifecycleKeys.SingleRegion(), KeyTransitions.MaxOnDemandRotations);
        at25.Rotations.Count.ShouldBe(25);
        RotateOnDemand(at25).ShouldBe(
            "LimitExceededException: The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: " + Single);

        // Automatic rotations do not count towards the limit.
        var key = RotatingEvery(LifecycleKeys.SingleRegion(), 90);
        for (var i = 0; i < 3; i++)
        {
            key = KeyTransitions.RotateAutomatically(key, Material((byte)(100 + i)), key.NextRotationDate!.Value);
        }

        RotateOnDemand(Rotated(key, 24)).ShouldBe("ok: Enabled");
        RotateOnDemand(Rotated(key, 25)).ShouldStartWith("LimitExceededException: ");
    }

    [Fact]
    public void RotateKeyOnDemand_TheDefaultMaterialId_IsAProgrammingError() =>
        Should.Throw<ArgumentException>(() => KeyTransitions.RotateKeyOnDemand(LifecycleKeys.SingleRegion(), default, s_now)).ParamName.ShouldBe("newMaterialId");

    [Fact]
    public void IsRotationDue_OnlyWhenRotationIsOnTheDateHasComeAndTheKeyIsAnEnabledNonReplica()
    {
        var rotating = RotatingEvery(LifecycleKeys.SingleRegion(), 90);
        var due = s_now.AddDays(90);

        KeyTransitions.IsRotationDue(LifecycleKeys.SingleRegion(), due.AddYears(10)).ShouldBeFalse();
        KeyTransitions.IsRotationDue(rotating, due.AddTicks(-1)).ShouldBeFalse();
        KeyTransitions.IsRotationDue(rotating, due).ShouldBeTrue();
        KeyTransitions.IsRotationDue(rotating, due.AddDays(1)).ShouldBeTrue();
        KeyTransitions.IsRotationDue(LifecycleKeys.Disabled(rotating), due).ShouldBeFalse();
        KeyTransitions.IsRotationDue(LifecycleKeys.Scheduled(rotating), due).ShouldBeFalse();

        var replication = LifecycleKeys.Replicate(RotatingEvery(LifecycleKeys.Primary(), 90), LifecycleKeys.UsEast1);
        KeyTransitions.IsRotationDue(replication.Primary, due).ShouldBeTrue();
        KeyTransitions.IsRotationDue(KeyTransitions.CompleteReplication(replication.Replica), due).ShouldBeFalse();
    }

    [Fact]
    public void RotateAutomatically_DatesTheRotationWhenItFellDue_AndSchedulesTheNextOnePeriodLater()
    {
        var key = RotatingEvery(LifecycleKeys.SingleRegion(), 100);
        var due = s_now.AddDays(100);

        var rotated = KeyTransitions.RotateAutomatically(key, Material(3), due.AddDays(5));

        rotated.Rotations.ShouldBe([new KeyRotation(Material(3), due, RotationType.Automatic)]);
        rotated.NextRotationDate.ShouldBe(due.AddDays(100));
        (rotated with { Rotations = key.Rotations, NextRotationDate = key.NextRotationDate }).ShouldBe(key);
    }

    [Fact]
    public void RotateAutomatically_WhenNotDue_OrWithTheDefaultMaterialId_IsAProgrammingError()
    {
        var key = RotatingEvery(LifecycleKeys.SingleRegion(), 90);

        Should.Throw<InvalidOperationException>(() => KeyTransitions.RotateAutomatically(key, Material(1), s_now.AddDays(89)));
        Should.Throw<InvalidOperationException>(() => KeyTransitions.RotateAutomatically(LifecycleKeys.SingleRegion(), Material(1), s_now.AddYears(5)));
        Should.Throw<ArgumentException>(() => KeyTransitions.RotateAutomatically(key, default, s_now.AddDays(90))).ParamName.ShouldBe("newMaterialId");
    }

    [Fact]
    public void PrimaryRotated_RecordsTheRotationOnTheReplica_AndFollowsThePrimarysScheduleWhileRotationIsOn()
    {
        var rotation = new KeyRotation(Material(9), s_now.AddDays(90), RotationType.Automatic);
        var rotatingReplica = KeyTransitions.CompleteReplication(
            LifecycleKeys.Replicate(RotatingEvery(LifecycleKeys.Primary(), 90), LifecycleKeys.UsEast1).Replica);
        var plainReplica = LifecycleKeys.PrimaryWithReplica().Replica;

        var updated = KeyTransitions.PrimaryRotated(rotatingReplica, rotation, s_now.AddDays(180));
        updated.Rotations.ShouldBe([rotation]);
        updated.NextRotationDate.ShouldBe(s_now.AddDays(180));
        KeyTransitions.PrimaryRotated(rotatingReplica, rotation, null).NextRotationDate.ShouldBe(rotatingReplica.NextRotationDate);

        var plain = KeyTransitions.PrimaryRotated(plainReplica, rotation, s_now.AddDays(180));
        plain.Rotations.ShouldBe([rotation]);
        plain.NextRotationDate.ShouldBeNull();
    }

    [Fact]
    public void Replicate_CopiesThePrimarysRotations_WhoseMaterialTheReplicaShares()
    {
        var primary = Rotated(LifecycleKeys.Primary(), 2);

        LifecycleKeys.Replicate(primary, LifecycleKeys.UsEast1).Replica.Rotations.ShouldBe(primary.Rotations);
    }

    [Fact]
    public void ListKeyRotations_ListsTheRotationsOldestFirst_ForKeysThatCanRotate()
    {
        var key = Rotated(LifecycleKeys.SingleRegion(), 3);

        KeyTransitions.ListKeyRotations(key).AsT0.Select(rotation => rotation.KeyMaterialId).ShouldBe([Material(1), Material(2), Material(3)]);
        KeyTransitions.ListKeyRotations(LifecycleKeys.SingleRegion()).AsT0.ShouldBeEmpty();
        KeyTransitions.ListKeyRotations(LifecycleKeys.ExternalWithMaterial()).AsT0.ShouldBeEmpty();
        KeyTransitions.ListKeyRotations(LifecycleKeys.InState(KeyState.PendingDeletion)).IsT0.ShouldBeTrue();

        LifecycleKeys.Outcome(KeyTransitions.ListKeyRotations(LifecycleKeys.Hmac()).Value).ShouldBe("UnsupportedOperationException: ");
        LifecycleKeys.Outcome(KeyTransitions.ListKeyRotations(LifecycleKeys.CloudHsm()).Value)
            .ShouldBe("UnsupportedOperationException: " + Single + " origin is AWS_CLOUDHSM which is not valid for this operation.");
        LifecycleKeys.Outcome(KeyTransitions.ListKeyRotations(LifecycleKeys.ExternalKeyStore()).Value)
            .ShouldBe("UnsupportedOperationException: " + Single + " origin is EXTERNAL_KEY_STORE which is not valid for this operation.");
    }

    [Fact]
    public void RotationType_WireNames_AreTheModelsEnumValues()
    {
        // botocore kms/2014-11-01/service-2.json, shape RotationType: ["AUTOMATIC", "ON_DEMAND"].
        RotationType.Automatic.ToWireName().ShouldBe("AUTOMATIC");
        RotationType.OnDemand.ToWireName().ShouldBe("ON_DEMAND");
    }

    [Fact]
    public void KeyRotationHistory_HasValueEquality_AndShowsItsRotations()
    {
        var first = Rotated(LifecycleKeys.SingleRegion(), 2);
        var second = Rotated(LifecycleKeys.SingleRegion(), 2);

        first.Rotations.ShouldNotBeSameAs(second.Rotations);
        first.Rotations.ShouldBe(second.Rotations);
        first.Rotations.Equals((object)second.Rotations).ShouldBeTrue();
        first.Rotations.GetHashCode().ShouldBe(second.Rotations.GetHashCode());
        first.ShouldBe(second);
        first.Rotations.ShouldNotBe(Rotated(LifecycleKeys.SingleRegion(), 3).Rotations);
        first.Rotations.Equals(null).ShouldBeFalse();
        KeyRotationHistory.Empty.ShouldBe(Rotated(LifecycleKeys.SingleRegion(), 0).Rotations);
        KeyRotationHistory.Empty.GetHashCode().ShouldNotBe(first.Rotations.GetHashCode());

        var one = string.Concat(Enumerable.Repeat("01", 32));
        var two = string.Concat(Enumerable.Repeat("02", 32));
        first.Rotations.ToString().ShouldBe($"[OnDemand 2026-01-02T00:00:00Z {one}, OnDemand 2026-01-02T00:00:00Z {two}]");
        KeyRotationHistory.Empty.ToString().ShouldBe("[]");
        first.ToString().ShouldContain("Rotations = [OnDemand 2026-01-02T00:00:00Z 0101");
    }

    [Fact]
    public void KeyRotationHistory_CountsAndIndexesItsRotations()
    {
        var key = RotatingEvery(LifecycleKeys.SingleRegion(), 90);
        key = KeyTransitions.RotateAutomatically(key, Material(5), s_now.AddDays(90));
        key = Rotated(key, 2, s_now.AddDays(91));

        key.Rotations.Count.ShouldBe(3);
        key.Rotations.CountOf(RotationType.Automatic).ShouldBe(1);
        key.Rotations.CountOf(RotationType.OnDemand).ShouldBe(2);
        key.Rotations[0].KeyMaterialId.ShouldBe(Material(5));
        key.Rotations.Latest.ShouldBe(new KeyRotation(Material(2), s_now.AddDays(91), RotationType.OnDemand));
        KeyRotationHistory.Empty.Latest.ShouldBeNull();
        ((System.Collections.IEnumerable)key.Rotations).Cast<KeyRotation>().Count().ShouldBe(3);
    }
}
