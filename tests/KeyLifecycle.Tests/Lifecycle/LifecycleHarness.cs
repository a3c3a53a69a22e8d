using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Tests.Lifecycle;

/// <summary>
/// A host built on the library: it keeps the keys of <see cref="LifecycleSlot.All"/>, runs each command through the public
/// transitions, and does what the library leaves to hosts (deleting due keys, expiring material, telling related
/// multi-Region keys about replicas, disconnecting key stores).
/// </summary>
internal sealed class LifecycleHarness
{
    public static readonly DateTimeOffset Start = new(2026, 1, 2, 0, 0, 0, TimeSpan.Zero);

    private static readonly KmsCaller s_caller = KmsCaller.Create(AwsRegion.Parse("us-west-2"), AwsAccountId.Parse(LifecycleSlot.Account));

    private readonly KmsKey?[] _keys = new KmsKey?[LifecycleSlot.All.Count];
    private readonly bool[] _connected = [true, true];

    public LifecycleHarness()
    {
        foreach (var slot in LifecycleSlot.All.Where(s => s.StartsPresent && !(s.Set is not null && s.RegionIndex > 0)))
        {
            var request = new KeyCreationRequest
            {
                Origin = slot.Origin,
                KeyManager = slot.AwsManaged ? KeyManager.Aws : KeyManager.Customer,
                KeySpec = slot.Hmac ? KeySpec.Hmac256 : KeySpec.SymmetricDefault,
                KeyUsage = slot.Hmac ? KeyUsage.GenerateVerifyMac : null,
                CustomKeyStoreId = slot.Store is { } store ? LifecycleSlot.StoreIds[store] : null,
                MultiRegion = slot.Set is not null,
            };
            var id = slot.KeyId.StartsWith("mrk-", StringComparison.Ordinal) ? Guid.ParseExact(slot.KeyId[4..], "N") : Guid.Parse(slot.KeyId);
            Put(slot, KmsKey.Create(request, id, s_caller, Start).AsT0);
        }

        // The first multi-Region set starts with a replica in us-east-1, made and completed as a host would.
        var replicated = Apply(new LifecycleCommand(LifecycleOp.ReplicateKey, LifecycleSlot.Of(0, 0).Index, 1));
        var completed = Apply(new LifecycleCommand(LifecycleOp.CompleteReplication, LifecycleSlot.Of(0, 1).Index, 0));
        if (replicated != "ok" || completed != "ok")
        {
            throw new InvalidOperationException($"The starting world could not be built: {replicated}, {completed}.");
        }
    }

    public DateTimeOffset Now { get; private set; } = Start;

    public KmsKey? this[int slot] => _keys[slot];

    public KeyView? View(LifecycleSlot slot) => _keys[slot.Index] is { } key
        ? new KeyView(
            key.Arn.ToString(), key.KeyId.ToString(), key.State, key.Enabled, key.CreationDate, key.DeletionDate, key.PendingDeletionWindowInDays,
            key.StateWhenAvailable, key.HasKeyMaterial, key.ExpirationModel, key.ValidTo, key.KeyRotationEnabled, key.RotationPeriodInDays,
            key.NextRotationDate, KeyView.TagsText(key.Tags.Select(t => KeyValuePair.Create(t.TagKey, t.TagValue))), key.Description,
            key.MultiRegionConfiguration is { } mr
                ? KeyView.MultiRegionText(mr.KeyType == MultiRegionKeyType.Primary, mr.PrimaryKey.ToString(), mr.ReplicaKeys.Select(a => a.ToString()))
                : "-")
        : null;

    /// <summary>Runs one command and answers <c>ok</c>, <c>ok: ...</c>, <c>&lt;ErrorCode&gt;: &lt;Message&gt;</c>, or <c>host: ...</c> for what the host itself refuses.</summary>
    public string Apply(LifecycleCommand command)
    {
        switch (command.Op)
        {
            case LifecycleOp.AdvanceDays:
                for (var day = 0; day < command.Arg; day++)
                {
                    Now = Now.AddDays(1);
                    Sweep();
                }

                return "ok: " + Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case LifecycleOp.DisconnectKeyStore:
                return SetStore(command.Arg, connected: false);
            case LifecycleOp.ConnectKeyStore:
                return SetStore(command.Arg, connected: true);
        }

        var slot = LifecycleSlot.All[command.Slot];
        if (_keys[slot.Index] is not { } key)
        {
            return Render(NotFound.Key(KeyArn.Parse(slot.Arn)));
        }

        switch (command.Op)
        {
            case LifecycleOp.EnableKey:
                return Store(slot, KeyTransitions.EnableKey(key).Value);
            case LifecycleOp.DisableKey:
                return Store(slot, KeyTransitions.DisableKey(key).Value);
            case LifecycleOp.ScheduleKeyDeletion:
                return Store(slot, KeyTransitions.ScheduleKeyDeletion(key, command.PendingWindowInDays, Now).Value);
            case LifecycleOp.CancelKeyDeletion:
                return Store(slot, KeyTransitions.CancelKeyDeletion(key).Value);
            case LifecycleOp.ImportKeyMaterial:
                var import = command.Import;
                DateTimeOffset? validTo = import.ValidToInDays is { } days ? Now.AddDays(days) : null;
                return Store(slot, KeyTransitions.ImportKeyMaterial(key, LifecycleKeys.Import(import.ExpirationModel, validTo), Now).Value);
            case LifecycleOp.DeleteImportedKeyMaterial:
                return Store(slot, KeyTransitions.DeleteImportedKeyMaterial(key).Value);
            case LifecycleOp.EnableKeyRotation:
                return Store(slot, KeyTransitions.EnableKeyRotation(key, command.RotationPeriodInDays, Now).Value);
            case LifecycleOp.DisableKeyRotation:
                return Store(slot, KeyTransitions.DisableKeyRotation(key).Value);
            case LifecycleOp.GetKeyRotationStatus:
                return Render(KeyTransitions.GetKeyRotationStatus(key).Value);
            case LifecycleOp.TagResource:
                return Store(slot, KeyTransitions.TagResource(key, command.Tags).Value);
            case LifecycleOp.UntagResource:
                return Store(slot, KeyTransitions.UntagResource(key, command.TagKeys).Value);
            case LifecycleOp.UpdateKeyDescription:
                return Store(slot, KeyTransitions.UpdateKeyDescription(key, command.Description).Value);
            case LifecycleOp.ReplicateKey:
                return Replicate(slot, key, command.Region);
            case LifecycleOp.CompleteReplication:
                return Store(slot, KeyTransitions.CompleteReplication(key));
            case LifecycleOp.UpdatePrimaryRegion:
                return UpdatePrimaryRegion(slot, key, command.Arg);
            case LifecycleOp.CompletePrimaryRegionUpdate:
                return Store(slot, KeyTransitions.CompletePrimaryRegionUpdate(key));
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command, "Not a command.");
        }
    }

    private static string Render(object outcome) => outcome switch
    {
        IKmsError error => $"{error.ErrorCode}: {error.Message}",
        KeyRotationStatus { KeyRotationEnabled: true } status =>
            $"ok: rotation on, {status.RotationPeriodInDays} days, next {status.NextRotationDate:yyyy-MM-dd}",
        KeyRotationStatus => "ok: rotation off",
        _ => "ok",
    };

    private string Store(LifecycleSlot slot, object outcome)
    {
        if (outcome is KmsKey key)
        {
            Put(slot, key);
        }

        return Render(outcome);
    }

    private void Put(LifecycleSlot slot, KmsKey key)
    {
        if (key.Arn.ToString() != slot.Arn)
        {
            throw new InvalidOperationException($"Slot {slot} holds {slot.Arn} but was given {key.Arn}.");
        }

        _keys[slot.Index] = key;
    }

    private string Replicate(LifecycleSlot slot, KmsKey key, string region)
    {
        var outcome = KeyTransitions.ReplicateKey(key, AwsRegion.Parse(region), null, null, Now);
        if (outcome.TryPickT0(out var replication, out _))
        {
            var replicaSlot = LifecycleSlot.All.Single(s => s.Arn == replication.Replica.Arn.ToString());
            Put(slot, replication.Primary);
            Put(replicaSlot, replication.Replica);
            foreach (var related in slot.Related.Where(s => s != replicaSlot && _keys[s.Index] is not null))
            {
                Put(related, KeyTransitions.ReplicaAdded(_keys[related.Index]!, replication.Replica.Arn));
            }
        }

        return Render(outcome.Value);
    }

    private string UpdatePrimaryRegion(LifecycleSlot slot, KmsKey key, int regionIndex)
    {
        // The host finds the replica in the requested Region; a single-Region key is passed as its own "replica" so that
        // the library answers for it.
        var replicaSlot = slot.Set is { } set ? LifecycleSlot.Of(set, regionIndex) : slot;
        if (_keys[replicaSlot.Index] is not { } replica)
        {
            return "host: no key in " + replicaSlot.Region;
        }

        var outcome = KeyTransitions.UpdatePrimaryRegion(key, replica, Now);
        if (outcome.TryPickT0(out var update, out _))
        {
            Put(slot, update.OldPrimary);
            Put(replicaSlot, update.NewPrimary);
            foreach (var related in slot.Related.Where(s => s != replicaSlot && _keys[s.Index] is not null))
            {
                Put(related, KeyTransitions.PrimaryRegionChanged(_keys[related.Index]!, update.OldPrimary.Arn, update.NewPrimary.Arn));
            }
        }

        return Render(outcome.Value);
    }

    private string SetStore(int store, bool connected)
    {
        if (_connected[store] == connected)
        {
            return $"host: {LifecycleSlot.StoreIds[store]} is already {(connected ? "connected" : "disconnected")}";
        }

        _connected[store] = connected;
        foreach (var slot in LifecycleSlot.All.Where(s => s.Store == store && _keys[s.Index] is not null))
        {
            Put(slot, connected ? KeyTransitions.KeyStoreConnected(_keys[slot.Index]!) : KeyTransitions.KeyStoreDisconnected(_keys[slot.Index]!));
        }

        return "ok";
    }

    // What the service does on its own once a day: delete the keys whose waiting period is over (telling the related
    // multi-Region keys), then expire imported material whose ValidTo has passed.
    private void Sweep()
    {
        foreach (var slot in LifecycleSlot.All)
        {
            if (_keys[slot.Index] is { } key && KeyTransitions.IsDeletionDue(key, Now))
            {
                _keys[slot.Index] = null;
                foreach (var related in slot.Related.Where(s => _keys[s.Index] is not null))
                {
                    Put(related, KeyTransitions.ReplicaRemoved(_keys[related.Index]!, key.Arn, Now));
                }
            }
        }

        foreach (var slot in LifecycleSlot.All.Where(s => _keys[s.Index] is not null))
        {
            Put(slot, KeyTransitions.ExpireKeyMaterial(_keys[slot.Index]!, Now));
        }
    }
}
