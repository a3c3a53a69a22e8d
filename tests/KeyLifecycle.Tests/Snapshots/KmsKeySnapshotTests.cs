using System;
using System.Collections.Generic;
using FsCheck.Xunit;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Snapshots;

/// <summary>
/// <see cref="KmsKey.ToSnapshot"/> and <see cref="KmsKey.FromSnapshot"/>: every key the transitions reach comes back equal
/// (record equality over every member, the oracle being the key itself), and a snapshot whose facts no key has is
/// refused with a reason that names them.
/// </summary>
public class KmsKeySnapshotTests
{
    private static readonly KeyMaterialId[] s_materials =
    [
        LifecycleKeys.MaterialId,
        LifecycleKeys.OtherMaterialId,
        KeyMaterialId.Parse("c3" + new string('0', 62)),
        KeyMaterialId.Parse("d4" + new string('0', 62)),
    ];

    [Property(MaxTest = 500)]
    public bool EveryKeyOfAWalk_ComesBackEqual(int start, int[] steps)
    {
        foreach (var key in Walk(start, steps))
        {
            var restored = KmsKey.FromSnapshot(key.ToSnapshot());
            if (!restored.IsT0 || !restored.AsT0.Equals(key) || restored.AsT0.ToString() != key.ToString())
            {
                throw new InvalidOperationException($"{key}\nbecame\n{(restored.IsT0 ? restored.AsT0 : restored.AsT1)}");
            }
        }

        return true;
    }

    public static TheoryData<string, string> Broken() => new()
    {
        { "no ARN", "Arn is missing." },
        { "undefined state", "An enumeration member has a value that is not defined." },
        { "signing usage on a symmetric key", "KeyUsage SIGN_VERIFY does not go with KeySpec SYMMETRIC_DEFAULT." },
        { "pending deletion without a date", "State is PendingDeletion but DeletionDate or PendingDeletionWindowInDays is missing." },
        { "enabled with a deletion date", "State is Enabled but DeletionDate or PendingDeletionWindowInDays is set." },
        { "replica deletion with a date", "State is PendingReplicaDeletion, which has PendingDeletionWindowInDays and no DeletionDate." },
        { "a window of 31 days", "PendingDeletionWindowInDays is 31, not 7 to 30." },
        { "a single-Region key with a role", "A multi-Region key ID (mrk-) needs MultiRegionKeyType and PrimaryKey, and a single-Region key has neither nor ReplicaKeys." },
        { "a replica naming itself primary", "A multi-Region key is the primary key exactly when PrimaryKey is its own ARN." },
        { "a replica of another key", "PrimaryKey and ReplicaKeys must name keys with the key's ID, account and partition." },
        { "a period with rotation off", "KeyRotationEnabled is false but RotationPeriodInDays or NextRotationDate is set." },
        { "a period of 89 days", "RotationPeriodInDays is 89, not 90 to 2560." },
        { "imported material on an AWS_KMS key", "Origin is AWS_KMS, which has no ImportedMaterials, ExpirationModel or ValidTo." },
        { "an EXTERNAL key claiming material", "HasKeyMaterial, ExpirationModel and ValidTo are not those of ImportedMaterials." },
        { "a material twice", "ImportedMaterials has a null entry or a KeyMaterialId twice." },
        { "a custom key store for AWS_KMS", "CustomKeyStoreId is set exactly for the origins AWS_CLOUDHSM and EXTERNAL_KEY_STORE." },
        { "a state for later while enabled", "StateWhenAvailable is set but State is not Unavailable." },
        { "an update without its start", "UpdateStartedAt is set exactly when State is Updating." },
        { "an update start while enabled", "UpdateStartedAt is set exactly when State is Updating." },
        { "a tag key twice", "Tags has a null key or value, or a tag key twice." },
        { "a null rotation", "Rotations has a null entry or an undefined RotationType." },
        { "a null description", "Description, ReplicaKeys, Rotations, ImportedMaterials and Tags must not be null." },
        { "an undefined key spec", "An enumeration member has a value that is not defined." },
        { "an undefined origin", "An enumeration member has a value that is not defined." },
        { "an undefined key manager", "An enumeration member has a value that is not defined." },
        { "enabled with a window alone", "State is Enabled but DeletionDate or PendingDeletionWindowInDays is set." },
        { "a window of 6 days", "PendingDeletionWindowInDays is 6, not 7 to 30." },
        { "a period of 2561 days", "RotationPeriodInDays is 2561, not 90 to 2560." },
        { "a single-Region key with replicas", "A multi-Region key ID (mrk-) needs MultiRegionKeyType and PrimaryKey, and a single-Region key has neither nor ReplicaKeys." },
        { "a replica whose primary is another key", "PrimaryKey and ReplicaKeys must name keys with the key's ID, account and partition." },
        { "a null tag value", "Tags has a null key or value, or a tag key twice." },

        // Several problems: the checks run in one order, deletion, multi-Region, rotation, material, the rest.
        { "deletion and multi-Region problems", "PendingDeletionWindowInDays is 31, not 7 to 30." },
        { "multi-Region and rotation problems", "A multi-Region key is the primary key exactly when PrimaryKey is its own ARN." },
        { "rotation and material problems", "KeyRotationEnabled is false but RotationPeriodInDays or NextRotationDate is set." },
        { "material and custom key store problems", "Origin is AWS_KMS, which has no ImportedMaterials, ExpirationModel or ValidTo." },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void ASnapshotNoKeyHas_IsRefused(string breakage, string reason)
    {
        var single = LifecycleKeys.SingleRegion().ToSnapshot();
        var external = LifecycleKeys.ExternalWithMaterial().ToSnapshot();
        var replica = LifecycleKeys.PrimaryWithReplica().Replica.ToSnapshot();
        var snapshot = breakage switch
        {
            "no ARN" => single with { Arn = default },
            "undefined state" => single with { State = (KeyState)99 },
            "signing usage on a symmetric key" => single with { KeyUsage = KeyUsage.SignVerify },
            "pending deletion without a date" => single with { State = KeyState.PendingDeletion, PendingDeletionWindowInDays = 7 },
            "enabled with a deletion date" => single with { DeletionDate = LifecycleKeys.Now, PendingDeletionWindowInDays = 7 },
            "replica deletion with a date" => single with { State = KeyState.PendingReplicaDeletion, DeletionDate = LifecycleKeys.Now, PendingDeletionWindowInDays = 7 },
            "a window of 31 days" => single with { State = KeyState.PendingDeletion, DeletionDate = LifecycleKeys.Now, PendingDeletionWindowInDays = 31 },
            "a single-Region key with a role" => single with { MultiRegionKeyType = MultiRegionKeyType.Primary, PrimaryKey = single.Arn },
            "a replica naming itself primary" => replica with { PrimaryKey = replica.Arn },
            "a replica of another key" => replica with { ReplicaKeys = [single.Arn] },
            "a period with rotation off" => single with { RotationPeriodInDays = 365 },
            "a period of 89 days" => single with { KeyRotationEnabled = true, RotationPeriodInDays = 89, NextRotationDate = LifecycleKeys.Now },
            "imported material on an AWS_KMS key" => single with { ImportedMaterials = external.ImportedMaterials },
            "an EXTERNAL key claiming material" => LifecycleKeys.External().ToSnapshot() with { HasKeyMaterial = true },
            "a material twice" => external with { ImportedMaterials = [external.ImportedMaterials[0], external.ImportedMaterials[0]] },
            "a custom key store for AWS_KMS" => single with { CustomKeyStoreId = LifecycleKeys.StoreId },
            "a state for later while enabled" => single with { StateWhenAvailable = KeyState.Disabled },
            "an update without its start" => LifecycleKeys.Updating().NewPrimary.ToSnapshot() with { UpdateStartedAt = null },
            "an update start while enabled" => single with { UpdateStartedAt = LifecycleKeys.Now },
            "a tag key twice" => single with { Tags = [new KeyTag("a", "1"), new KeyTag("a", "2")] },
            "a null rotation" => single with { Rotations = [null!] },
            "a null description" => single with { Description = null! },
            "an undefined key spec" => single with { KeySpec = (KeySpec)99 },
            "an undefined origin" => single with { Origin = (KeyOrigin)99 },
            "an undefined key manager" => single with { KeyManager = (KeyManager)99 },
            "enabled with a window alone" => single with { PendingDeletionWindowInDays = 7 },
            "a window of 6 days" => single with { State = KeyState.PendingDeletion, DeletionDate = LifecycleKeys.Now, PendingDeletionWindowInDays = 6 },
            "a period of 2561 days" => single with { KeyRotationEnabled = true, RotationPeriodInDays = 2561, NextRotationDate = LifecycleKeys.Now },
            "a single-Region key with replicas" => single with { ReplicaKeys = [single.Arn] },
            "a replica whose primary is another key" => replica with { PrimaryKey = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/mrk-0f1e2d3c4b5a69788796a5b4c3d2e1f0") },
            "a null tag value" => single with { Tags = [new KeyTag("a", null!)] },
            "deletion and multi-Region problems" => single with
            {
                State = KeyState.PendingDeletion, DeletionDate = LifecycleKeys.Now, PendingDeletionWindowInDays = 31,
                MultiRegionKeyType = MultiRegionKeyType.Primary, PrimaryKey = single.Arn,
            },
            "multi-Region and rotation problems" => replica with { PrimaryKey = replica.Arn, RotationPeriodInDays = 365 },
            "rotation and material problems" => single with { RotationPeriodInDays = 365, ImportedMaterials = external.ImportedMaterials },
            "material and custom key store problems" => single with { ImportedMaterials = external.ImportedMaterials, CustomKeyStoreId = LifecycleKeys.StoreId },
            _ => throw new ArgumentOutOfRangeException(nameof(breakage)),
        };

        KmsKey.FromSnapshot(snapshot).AsT1.Reason.ShouldBe(reason);
    }

    [Theory]
    [InlineData(7, 90)]
    [InlineData(30, 2560)]
    public void TheBoundsOfTheWindowAndThePeriod_AreAccepted(int window, int period)
    {
        // ScheduleKeyDeletion takes 7 to 30 days, EnableKeyRotation 90 to 2560 (API_ScheduleKeyDeletion, API_EnableKeyRotation).
        var single = LifecycleKeys.SingleRegion().ToSnapshot();

        KmsKey.FromSnapshot(single with { State = KeyState.PendingDeletion, DeletionDate = LifecycleKeys.Now, PendingDeletionWindowInDays = window })
            .AsT0.PendingDeletionWindowInDays.ShouldBe(window);
        KmsKey.FromSnapshot(single with { KeyRotationEnabled = true, RotationPeriodInDays = period, NextRotationDate = LifecycleKeys.Now })
            .AsT0.RotationPeriodInDays.ShouldBe(period);
    }

    [Fact]
    public void ATaglessSnapshot_ComesBackWithTheSharedEmptyTags_AndNoSnapshotIsAnArgumentNullException()
    {
        KmsKey.FromSnapshot(LifecycleKeys.SingleRegion().ToSnapshot()).AsT0.Tags.ShouldBeSameAs(KeyTagCollection.Empty);
        Should.Throw<ArgumentNullException>(() => KmsKey.FromSnapshot(null!)).ParamName.ShouldBe("snapshot");
    }

    [Fact]
    public void AnAlias_ComesBackEqual_AndDatesOutOfOrderAreRefused()
    {
        var target = LifecycleKeys.SingleRegion();
        var alias = AliasTransitions.CreateAlias(AliasName.Parse("alias/orders"), target, LifecycleKeys.Now).AsT0;
        var later = AliasTransitions.UpdateAlias(alias, target, LifecycleKeys.Primary(), LifecycleKeys.Now.AddDays(3)).AsT0;

        KmsAlias.FromSnapshot(later.Arn, later.TargetKeyId, later.CreationDate, later.LastUpdatedDate).AsT0.ShouldBe(later);
        KmsAlias.FromSnapshot(later.Arn, later.TargetKeyId, later.LastUpdatedDate, later.CreationDate).AsT1.Reason
            .ShouldBe("LastUpdatedDate 2026-01-02T00:00:00.0000000+00:00 is before CreationDate 2026-01-05T00:00:00.0000000+00:00.");
        KmsAlias.FromSnapshot(default, later.TargetKeyId, later.CreationDate, later.LastUpdatedDate).IsT1.ShouldBeTrue();
    }

    // Every key of a random walk through the transitions that change what a key records: rotation settings and
    // rotations (on demand and automatic), imports with and without expiry, expiry, deletion of imported material, tags,
    // descriptions, disable/enable, scheduled and cancelled deletion, custom key store disconnects, each at a later time.
    private static IEnumerable<KmsKey> Walk(int start, int[] steps)
    {
        var key = ((start & int.MaxValue) % 9) switch
        {
            0 => LifecycleKeys.SingleRegion(),
            1 => LifecycleKeys.External(),
            2 => LifecycleKeys.PrimaryWithReplica().Primary,
            3 => LifecycleKeys.PrimaryWithReplica().Replica,
            4 => LifecycleKeys.Replicate(LifecycleKeys.Primary(), LifecycleKeys.UsEast1).Replica,
            5 => LifecycleKeys.Updating().NewPrimary,
            6 => LifecycleKeys.CloudHsm(),
            7 => LifecycleKeys.Hmac(),
            _ => LifecycleKeys.ExternalPrimaryWithReplica().Replica,
        };
        var now = LifecycleKeys.Now;
        yield return key;
        foreach (var raw in steps)
        {
            var step = raw & int.MaxValue;
            now = now.AddHours(step % 3000);
            var material = s_materials[(step / 16) % s_materials.Length];
            var next = (step % 16) switch
            {
                0 => KeyTransitions.EnableKeyRotation(key, 90 + (step % 400), now).ToOutcome(),
                1 => KeyTransitions.DisableKeyRotation(key).ToOutcome(),
                2 => KeyTransitions.ImportKeyMaterial(key, new KeyMaterialImport(material, ExpirationModel.KeyMaterialExpires, now.AddDays(1 + (step % 90))), now).ToOutcome(),
                3 => KeyTransitions.ImportKeyMaterial(key, new KeyMaterialImport(material, ExpirationModel.KeyMaterialDoesNotExpire, null) { Description = "v" + step }, now).ToOutcome(),
                4 => KeyTransitions.DisableKey(key).ToOutcome(),
                5 => KeyTransitions.EnableKey(key).ToOutcome(),
                6 => KeyTransitions.ScheduleKeyDeletion(key, 7 + (step % 24), now).ToOutcome(),
                7 => KeyTransitions.CancelKeyDeletion(key).ToOutcome(),
                8 => KeyTransitions.RotateKeyOnDemand(key, material, now).ToOutcome(),
                9 => KeyTransitions.TagResource(key, [new KeyTag("t" + (step % 3), "v" + step)]).ToOutcome(),
                10 => KeyTransitions.UntagResource(key, ["t" + (step % 3)]).ToOutcome(),
                11 => KeyTransitions.UpdateKeyDescription(key, "d" + step).ToOutcome(),
                12 => KeyTransitions.DeleteImportedKeyMaterial(key, step % 2 == 0 ? null : material).ToOutcome(),
                13 => Changed(KeyTransitions.ExpireKeyMaterial(key, now)),
                14 => Changed(KeyTransitions.IsRotationDue(key, now) ? KeyTransitions.RotateAutomatically(key, material, now) : key),
                _ => Changed(key.CustomKeyStoreId is null ? key
                    : key.State == KeyState.Unavailable ? KeyTransitions.KeyStoreConnected(key) : KeyTransitions.KeyStoreDisconnected(key)),
            };
            key = next.IsSuccess ? next.Value : key;
            yield return key;
        }
    }

    private static KmsOutcome<KmsKey> Changed(KmsKey key) => key;
}
