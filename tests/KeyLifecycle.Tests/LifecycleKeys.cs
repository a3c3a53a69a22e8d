using System;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Tests;

/// <summary>
/// Keys in every state, reached only through the public API (<see cref="KmsKey.Create(KeyCreationRequest, Guid, KmsCaller, DateTimeOffset)"/>
/// and the transitions), with the literal ARNs the service would show for them.
/// </summary>
internal static class LifecycleKeys
{
    /// <summary>The ARN of a single-Region key made by <see cref="Create"/> in us-west-2.</summary>
    public const string SingleRegionArn = "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    /// <summary>The ARN of the multi-Region primary key made by <see cref="Primary"/>.</summary>
    public const string PrimaryArn = "arn:aws:kms:us-west-2:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab";

    /// <summary>The ARN of the primary's replica in us-east-1.</summary>
    public const string ReplicaArn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab";

    /// <summary>The ARN of the primary's replica in eu-west-1.</summary>
    public const string SecondReplicaArn = "arn:aws:kms:eu-west-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab";

    public const string StoreId = "cks-1234567890abcdef0";

    public static readonly Guid Id = new("1234abcd-12ab-34cd-56ef-1234567890ab");

    public static readonly KmsCaller Caller = KmsCaller.Create(AwsRegion.Parse("us-west-2"), AwsAccountId.Parse("111122223333"));

    public static readonly DateTimeOffset Now = new(2026, 1, 2, 0, 0, 0, TimeSpan.Zero);

    public static readonly AwsRegion UsEast1 = AwsRegion.Parse("us-east-1");

    public static readonly AwsRegion EuWest1 = AwsRegion.Parse("eu-west-1");

    public static KmsKey Create(KeyCreationRequest request) => KmsKey.Create(request, Id, Caller, Now).AsT0;

    public static KmsKey SingleRegion() => Create(new KeyCreationRequest());

    public static KmsKey External() => Create(new KeyCreationRequest { Origin = KeyOrigin.External });

    public static KmsKey ExternalWithMaterial() => Imported(External());

    public static KmsKey CloudHsm() => Create(new KeyCreationRequest { Origin = KeyOrigin.AwsCloudHsm, CustomKeyStoreId = StoreId });

    public static KmsKey ExternalKeyStore() => Create(new KeyCreationRequest { Origin = KeyOrigin.ExternalKeyStore, CustomKeyStoreId = StoreId });

    public static KmsKey Hmac() => Create(new KeyCreationRequest { KeySpec = KeySpec.Hmac256, KeyUsage = KeyUsage.GenerateVerifyMac });

    public static KmsKey AwsManaged() => Create(new KeyCreationRequest { KeyManager = KeyManager.Aws });

    /// <summary>A multi-Region primary key with no replicas.</summary>
    public static KmsKey Primary(KeyOrigin origin = KeyOrigin.AwsKms) => Create(new KeyCreationRequest { MultiRegion = true, Origin = origin });

    /// <summary>ReplicateKey to <paramref name="region"/>: the primary listing the replica, and the replica still creating.</summary>
    public static Replication Replicate(KmsKey primary, AwsRegion region) =>
        KeyTransitions.ReplicateKey(primary, region, null, null, Now).AsT0;

    /// <summary>An enabled multi-Region primary key with one enabled replica in us-east-1.</summary>
    public static (KmsKey Primary, KmsKey Replica) PrimaryWithReplica()
    {
        var replication = Replicate(Primary(), UsEast1);
        return (replication.Primary, KeyTransitions.CompleteReplication(replication.Replica));
    }

    /// <summary>UpdatePrimaryRegion from us-west-2 to us-east-1: both keys updating.</summary>
    public static PrimaryRegionUpdate Updating()
    {
        var (primary, replica) = PrimaryWithReplica();
        return KeyTransitions.UpdatePrimaryRegion(primary, replica, Now).AsT0;
    }

    public static KmsKey Disabled(KmsKey key) => KeyTransitions.DisableKey(key).AsT0;

    public static KmsKey Scheduled(KmsKey key) => KeyTransitions.ScheduleKeyDeletion(key, null, Now).AsT0;

    /// <summary>One key in <paramref name="state"/>, of the usual kind for the state.</summary>
    /// <remarks>
    /// Creating is a replica in us-east-1; PendingReplicaDeletion the primary of a set with one replica; Updating the new
    /// primary in us-east-1; Unavailable a key in a disconnected CloudHSM key store; the others single-Region keys.
    /// </remarks>
    public static KmsKey InState(KeyState state) => state switch
    {
        KeyState.Creating => Replicate(Primary(), UsEast1).Replica,
        KeyState.Enabled => SingleRegion(),
        KeyState.Disabled => Disabled(SingleRegion()),
        KeyState.PendingDeletion => Scheduled(SingleRegion()),
        KeyState.PendingImport => External(),
        KeyState.PendingReplicaDeletion => Scheduled(PrimaryWithReplica().Primary),
        KeyState.Unavailable => KeyTransitions.KeyStoreDisconnected(CloudHsm()),
        KeyState.Updating => Updating().NewPrimary,
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    /// <summary>A multi-Region primary key with origin EXTERNAL and imported material, and its replica in us-east-1, also with material.</summary>
    public static (KmsKey Primary, KmsKey Replica) ExternalPrimaryWithReplica()
    {
        var primary = Imported(Primary(KeyOrigin.External));
        var replication = Replicate(primary, UsEast1);
        return (replication.Primary, Imported(KeyTransitions.CompleteReplication(replication.Replica)));
    }

    /// <summary>The ID of the material the tests import, as a host computes one from the key ID and the bytes.</summary>
    public static readonly KeyMaterialId MaterialId = KeyMaterialId.Parse("a1" + new string('0', 62));

    /// <summary>Another material's ID.</summary>
    public static readonly KeyMaterialId OtherMaterialId = KeyMaterialId.Parse("b2" + new string('0', 62));

    /// <summary>An import of <see cref="MaterialId"/> with no import type, material ID or description.</summary>
    public static KeyMaterialImport Import(ExpirationModel model, DateTimeOffset? validTo) => new(MaterialId, model, validTo);

    public static KmsKey Imported(KmsKey key) =>
        KeyTransitions.ImportKeyMaterial(key, LifecycleKeys.Import(ExpirationModel.KeyMaterialDoesNotExpire, null), Now).AsT0;

    /// <summary>A key with origin EXTERNAL in <paramref name="state"/>, with imported material unless the state is PendingImport.</summary>
    /// <remarks>As in <see cref="InState"/>, Creating and Updating are the us-east-1 key of a multi-Region set.</remarks>
    public static KmsKey ExternalInState(KeyState state) => state switch
    {
        KeyState.Creating => Replicate(Imported(Primary(KeyOrigin.External)), UsEast1).Replica,
        KeyState.Enabled => ExternalWithMaterial(),
        KeyState.Disabled => Disabled(ExternalWithMaterial()),
        KeyState.PendingDeletion => Scheduled(ExternalWithMaterial()),
        KeyState.PendingImport => External(),
        KeyState.PendingReplicaDeletion => Scheduled(ExternalPrimaryWithReplica().Primary),
        KeyState.Updating => KeyTransitions.UpdatePrimaryRegion(ExternalPrimaryWithReplica().Primary, ExternalPrimaryWithReplica().Replica, Now).AsT0.NewPrimary,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Keys with imported material cannot be in a custom key store."),
    };

    /// <summary>Renders any outcome of a transition: <c>ok: &lt;what changed&gt;</c>, or <c>&lt;ErrorCode&gt;: &lt;Message&gt;</c>.</summary>
    public static string Outcome(object value) => value switch
    {
        IKmsError error => $"{error.ErrorCode}: {error.Message}",
        KmsKey key => $"ok: {key.State}",
        Replication replication => $"ok: primary {replication.Primary.State}, replica {replication.Replica.State}",
        PrimaryRegionUpdate update => $"ok: old primary {update.OldPrimary.State}, new primary {update.NewPrimary.State}",
        KeyRotationStatus { KeyRotationEnabled: true } status => $"ok: rotation on, every {status.RotationPeriodInDays} days",
        KeyRotationStatus => "ok: rotation off",
        KmsAlias alias => $"ok: {alias.Name} -> {alias.TargetKeyId}",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not an outcome of a transition."),
    };
}
