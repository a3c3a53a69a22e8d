using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace KeyLifecycle.Tests.Lifecycle;

/// <summary>
/// The key lifecycle transcribed on its own from the specification (kms-key-lifecycle.md sections 1, 2, 3 and 8), with
/// time in whole days: the oracle of the model check. It never calls KeyStateRules or KeyTransitions; its answers are
/// the literal texts of the specification's footnotes and the project's recorded decisions.
/// </summary>
internal sealed class LifecycleModel
{
    private readonly Key?[] _keys = new Key?[LifecycleSlot.All.Count];
    private readonly bool[] _connected = [true, true];
    private readonly MultiRegionSet[] _sets = [new(0, [1]), new(0, [])];
    private int _day;

    public LifecycleModel()
    {
        foreach (var slot in LifecycleSlot.All.Where(s => s.StartsPresent))
        {
            // Section 3.6: AWS_KMS, AWS_CLOUDHSM and EXTERNAL_KEY_STORE keys are created Enabled, EXTERNAL keys PendingImport;
            // the first set's us-east-1 replica was made by ReplicateKey and has completed.
            var external = slot.Origin == KeyOrigin.External;
            _keys[slot.Index] = new Key(external ? KeyState.PendingImport : KeyState.Enabled, HasMaterial: !external, CreatedDay: 0);
        }
    }

    public KeyView? View(LifecycleSlot slot)
    {
        if (_keys[slot.Index] is not { } key)
        {
            return null;
        }

        var imported = slot.Origin == KeyOrigin.External && key.HasMaterial;
        return new KeyView(
            slot.Arn, slot.KeyId, key.State, key.State == KeyState.Enabled, LifecycleHarness.Start.AddDays(key.CreatedDay), Date(key.DeletionDay), key.Window,
            key.WhenAvailable, key.HasMaterial,
            imported ? key.ValidToDay is null ? ExpirationModel.KeyMaterialDoesNotExpire : ExpirationModel.KeyMaterialExpires : null,
            Date(key.ValidToDay), key.Rotation, key.RotationPeriod, Date(key.NextRotationDay), KeyView.TagsText(key.Tags), key.Description,
            slot.Set is { } set ? MultiRegion(slot, _sets[set]) : "-");
    }

    public string Apply(LifecycleCommand command)
    {
        switch (command.Op)
        {
            case LifecycleOp.AdvanceDays:
                for (var day = 0; day < command.Arg; day++)
                {
                    _day++;
                    Sweep();
                }

                return "ok: " + Date(_day)!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case LifecycleOp.DisconnectKeyStore:
                return SetStore(command.Arg, connected: false);
            case LifecycleOp.ConnectKeyStore:
                return SetStore(command.Arg, connected: true);
        }

        var slot = LifecycleSlot.All[command.Slot];
        if (_keys[slot.Index] is not { } key)
        {
            return $"NotFoundException: Key '{slot.Arn}' does not exist";
        }

        return command.Op switch
        {
            LifecycleOp.EnableKey => SetEnabled(slot, key, KeyState.Enabled, "EnableKey"),
            LifecycleOp.DisableKey => SetEnabled(slot, key, KeyState.Disabled, "DisableKey"),
            LifecycleOp.ScheduleKeyDeletion => Schedule(slot, key, command.PendingWindowInDays ?? 30),
            LifecycleOp.CancelKeyDeletion => Cancel(slot, key),
            LifecycleOp.ImportKeyMaterial => Import(slot, key, command.Import),
            LifecycleOp.DeleteImportedKeyMaterial => DeleteMaterial(slot, key),
            LifecycleOp.EnableKeyRotation => Rotation(slot, key, command.RotationPeriodInDays ?? 365),
            LifecycleOp.DisableKeyRotation => Rotation(slot, key, null),
            LifecycleOp.GetKeyRotationStatus => RotationStatus(slot, key),
            LifecycleOp.TagResource => Tag(slot, key, command),
            LifecycleOp.UntagResource => Untag(slot, key, command),
            LifecycleOp.UpdateKeyDescription => Describe(slot, key, command.Description),
            LifecycleOp.ReplicateKey => Replicate(slot, key, command.Arg),
            LifecycleOp.CompleteReplication => Complete(slot, key, KeyState.Creating),
            LifecycleOp.UpdatePrimaryRegion => UpdatePrimaryRegion(slot, key, command.Arg),
            LifecycleOp.CompletePrimaryRegionUpdate => Complete(slot, key, KeyState.Updating),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Not a command."),
        };
    }

    private static DateTimeOffset? Date(int? day) => day is { } d ? LifecycleHarness.Start.AddDays(d) : null;

    private static string OriginWire(KeyOrigin origin) => origin switch
    {
        KeyOrigin.AwsKms => "AWS_KMS",
        KeyOrigin.External => "EXTERNAL",
        KeyOrigin.AwsCloudHsm => "AWS_CLOUDHSM",
        _ => "EXTERNAL_KEY_STORE",
    };

    // Footnotes 1, 3, 4, 5, 11, 14, 15 with section 8's wording, and footnotes 6, 7, 9 (the key's origin).
    private static string Disabled(LifecycleSlot slot) => $"DisabledException: {slot.Arn} is disabled.";

    private static string Invalid(LifecycleSlot slot, string condition) => $"KMSInvalidStateException: {slot.Arn} is {condition}.";

    private static string PendingDeletion(LifecycleSlot slot, Key key) =>
        Invalid(slot, key.State == KeyState.PendingReplicaDeletion ? "pending replica deletion" : "pending deletion");

    private static string OriginRefused(LifecycleSlot slot) =>
        $"UnsupportedOperationException: {slot.Arn} origin is {OriginWire(slot.Origin)} which is not valid for this operation.";

    private static bool IsPendingDeletion(Key key) => key.State is KeyState.PendingDeletion or KeyState.PendingReplicaDeletion;

    // The usual refusal of a state for operations that need a usable key (ReplicateKey, UpdatePrimaryRegion).
    private static string? UsableKeyRefusal(LifecycleSlot slot, Key key) => key.State switch
    {
        KeyState.Enabled => null,
        KeyState.Disabled => Disabled(slot),
        KeyState.PendingDeletion or KeyState.PendingReplicaDeletion => PendingDeletion(slot, key),
        KeyState.PendingImport => Invalid(slot, "pending import"),
        KeyState.Unavailable => Invalid(slot, "unavailable"),
        KeyState.Creating => Invalid(slot, "creating"),
        _ => Invalid(slot, "updating"),
    };

    private string Ok(LifecycleSlot slot, Key key)
    {
        _keys[slot.Index] = key;
        return "ok";
    }

    // Section 2.3 and footnote 12; section 8 for AWS managed keys.
    private string SetEnabled(LifecycleSlot slot, Key key, KeyState target, string action)
    {
        if (slot.AwsManaged)
        {
            return AccessDenied(slot, action);
        }

        return key.State switch
        {
            KeyState.Enabled or KeyState.Disabled => Ok(slot, key with { State = target }),
            KeyState.Unavailable => Ok(slot, key with { WhenAvailable = target }),
            KeyState.PendingDeletion or KeyState.PendingReplicaDeletion => PendingDeletion(slot, key),
            KeyState.PendingImport => Invalid(slot, "pending import"),
            KeyState.Creating => Invalid(slot, "creating"),
            _ => Invalid(slot, "updating"),
        };
    }

    private static string AccessDenied(LifecycleSlot slot, string action) =>
        $"AccessDeniedException: User: arn:aws:iam::111122223333:root is not authorized to perform: kms:{action} on resource: {slot.Arn} because no resource-based policy allows the kms:{action} action";

    // Section 3.4: window 7..30, default 30; a primary with replicas waits for them without a date.
    private string Schedule(LifecycleSlot slot, Key key, int window)
    {
        if (window is < 7 or > 30)
        {
            return "ValidationException: PendingWindowInDays must be between 7 and 30";
        }

        if (slot.AwsManaged)
        {
            return AccessDenied(slot, "ScheduleKeyDeletion");
        }

        if (IsPendingDeletion(key))
        {
            return PendingDeletion(slot, key);
        }

        if (key.State == KeyState.Updating)
        {
            return Invalid(slot, "updating");
        }

        var waitsForReplicas = slot.Set is { } set && _sets[set].PrimaryRegion == slot.RegionIndex && !_sets[set].Replicas.IsEmpty;
        return Ok(slot, key with
        {
            State = waitsForReplicas ? KeyState.PendingReplicaDeletion : KeyState.PendingDeletion,
            DeletionDay = waitsForReplicas ? null : _day + window,
            Window = window,
            WhenAvailable = null,
        });
    }

    // Section 3.5 and section 8: Disabled, or PendingImport for an EXTERNAL key without material.
    private string Cancel(LifecycleSlot slot, Key key)
    {
        if (slot.AwsManaged)
        {
            return AccessDenied(slot, "CancelKeyDeletion");
        }

        return IsPendingDeletion(key)
            ? Ok(slot, key with { State = key.HasMaterial ? KeyState.Disabled : KeyState.PendingImport, DeletionDay = null, Window = null })
            : Invalid(slot, "not pending deletion");
    }

    // Row ImportKeyMaterial with footnotes 8, 9, 14 and section 3.8. Footnote 9 refuses a key that cannot have imported
    // material wherever the row lets the call through, including the Updating column.
    private string Import(LifecycleSlot slot, Key key, ImportArgument argument)
    {
        switch (argument)
        {
            case { ExpirationModel: ExpirationModel.KeyMaterialExpires, ValidToInDays: null }:
                return "ValidationException: A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES";
            case { ExpirationModel: ExpirationModel.KeyMaterialExpires, ValidToInDays: <= 0 }:
                return "ValidationException: The validTo date must be in the future";
            case { ExpirationModel: ExpirationModel.KeyMaterialDoesNotExpire, ValidToInDays: not null }:
                return "ValidationException: A validTo date must not be set if the ExpirationModel is KEY_MATERIAL_DOES_NOT_EXPIRE";
        }

        if (key.State == KeyState.Creating)
        {
            return Invalid(slot, "creating");
        }

        if (slot.Origin != KeyOrigin.External)
        {
            return OriginRefused(slot);
        }

        if (IsPendingDeletion(key))
        {
            return PendingDeletion(slot, key);
        }

        return Ok(slot, key with
        {
            State = key.State == KeyState.PendingImport ? KeyState.Enabled : key.State,
            HasMaterial = true,
            ValidToDay = argument.ValidToInDays is { } days ? _day + days : null,
        });
    }

    // Row DeleteImportedKeyMaterial and section 3.8: Enabled/Disabled -> PendingImport; pending deletion unchanged.
    private string DeleteMaterial(LifecycleSlot slot, Key key)
    {
        if (key.State == KeyState.Creating)
        {
            return Invalid(slot, "creating");
        }

        if (key.State == KeyState.Updating)
        {
            return Invalid(slot, "updating");
        }

        if (slot.Origin != KeyOrigin.External)
        {
            return OriginRefused(slot);
        }

        return Ok(slot, WithoutMaterial(key));
    }

    private static Key WithoutMaterial(Key key) => key with
    {
        State = key.State is KeyState.Enabled or KeyState.Disabled ? KeyState.PendingImport : key.State,
        HasMaterial = false,
        ValidToDay = null,
    };

    // Rows EnableKeyRotation and DisableKeyRotation (footnotes 1, 3, 6, 7, 14); period 90..2560, default 365. Only
    // symmetric encryption keys rotate (the project's wording for the others).
    private string Rotation(LifecycleSlot slot, Key key, int? period)
    {
        if (period < 90)
        {
            return $"ValidationException: 1 validation error detected: Value '{period}' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value greater than or equal to 90";
        }

        if (period > 2560)
        {
            return $"ValidationException: 1 validation error detected: Value '{period}' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value less than or equal to 2560";
        }

        if (slot.Hmac)
        {
            return "UnsupportedOperationException: ";   // observed: the service sends no message for a key that cannot rotate
        }

        var refusal = key.State switch
        {
            KeyState.Creating => Invalid(slot, "creating"),
            _ when slot.Origin != KeyOrigin.AwsKms => OriginRefused(slot),
            KeyState.Disabled => Disabled(slot),
            KeyState.PendingDeletion or KeyState.PendingReplicaDeletion => PendingDeletion(slot, key),
            _ => null,
        };
        return refusal ?? Ok(slot, period is { } days
            ? key with { Rotation = true, RotationPeriod = days, NextRotationDay = _day + days }
            : key with { Rotation = false, RotationPeriod = null, NextRotationDay = null });
    }

    // Row GetKeyRotationStatus (footnotes 6, 7); section 3.4: reported off while pending deletion, setting kept.
    private static string RotationStatus(LifecycleSlot slot, Key key)
    {
        if (slot.Origin != KeyOrigin.AwsKms)
        {
            return OriginRefused(slot);
        }

        return key.Rotation && !IsPendingDeletion(key)
            ? $"ok: rotation on, {key.RotationPeriod} days, next {Date(key.NextRotationDay):yyyy-MM-dd}"
            : "ok: rotation off";
    }

    // Rows TagResource and UntagResource (footnote 3), after the tag limits as recorded: the model's lengths first
    // (keys 1..128, values up to 256, as ValidationException at tags.N.member), then duplicate keys, more than 50 tags,
    // and keys starting with aws: (TagException).
    private string Tag(LifecycleSlot slot, Key key, LifecycleCommand command)
    {
        var violations = new System.Collections.Generic.List<string>();
        for (var i = 0; i < command.Tags.Count; i++)
        {
            var (tagKey, tagValue) = (command.Tags[i].TagKey, command.Tags[i].TagValue);
            if (tagKey.Length is 0 or > 128)
            {
                violations.Add($"Value '{tagKey}' at 'tags.{i + 1}.member.tagKey' failed to satisfy constraint: Member must have length "
                    + (tagKey.Length == 0 ? "greater than or equal to 1" : "less than or equal to 128"));
            }

            if (tagValue.Length > 256)
            {
                violations.Add($"Value '{tagValue}' at 'tags.{i + 1}.member.tagValue' failed to satisfy constraint: Member must have length less than or equal to 256");
            }
        }

        if (violations.Count > 0)
        {
            return ValidationMessage(violations);
        }

        if (command.Tags.Select(t => t.TagKey).Distinct(StringComparer.Ordinal).Count() != command.Tags.Count)
        {
            return "TagException: Duplicate tag keys";
        }

        var added = command.Tags.Count(tag => !key.Tags.ContainsKey(tag.TagKey));
        if (key.Tags.Count + added > 50)
        {
            return "TagException: Too many tags";
        }

        if (command.Tags.Any(tag => tag.TagKey.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)))
        {
            return "TagException: Tags beginning with aws: are reserved";
        }

        return IsPendingDeletion(key)
            ? PendingDeletion(slot, key)
            : Ok(slot, key with { Tags = key.Tags.SetItems(command.Tags.Select(t => new System.Collections.Generic.KeyValuePair<string, string>(t.TagKey, t.TagValue))) });
    }

    private string Untag(LifecycleSlot slot, Key key, LifecycleCommand command)
    {
        var violations = new System.Collections.Generic.List<string>();
        for (var i = 0; i < command.TagKeys.Count; i++)
        {
            var tagKey = command.TagKeys[i];
            if (tagKey.Length is 0 or > 128)
            {
                violations.Add($"Value '{tagKey}' at 'tagKeys.{i + 1}.member' failed to satisfy constraint: Member must have length "
                    + (tagKey.Length == 0 ? "greater than or equal to 1" : "less than or equal to 128"));
            }
        }

        if (violations.Count > 0)
        {
            return ValidationMessage(violations);
        }

        if (command.TagKeys.Any(tagKey => tagKey.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)))
        {
            return "TagException: Tags beginning with aws: are reserved";
        }

        return IsPendingDeletion(key) ? PendingDeletion(slot, key) : Ok(slot, key with { Tags = key.Tags.RemoveRange(command.TagKeys) });
    }

    private static string ValidationMessage(System.Collections.Generic.List<string> violations) =>
        $"ValidationException: {violations.Count} validation {(violations.Count == 1 ? "error" : "errors")} detected: " + string.Join("; ", violations);

    // Row UpdateKeyDescription (footnote 3); the model's length limit of 8192.
    private string Describe(LifecycleSlot slot, Key key, string description)
    {
        if (description.Length > 8192)
        {
            return $"ValidationException: 1 validation error detected: Value '{description}' at 'description' failed to satisfy constraint: Member must have length less than or equal to 8192";
        }

        return IsPendingDeletion(key) ? PendingDeletion(slot, key) : Ok(slot, key with { Description = description });
    }

    // Row ReplicateKey (footnotes 1, 3, 5, 14, 15) and section 3.6: only a primary replicates, into a new Region of its
    // partition; the replica is Creating, shares the primary's rotation setting and has its own description and tags.
    private string Replicate(LifecycleSlot slot, Key key, int regionIndex)
    {
        if (slot.Set is not { } setIndex || _sets[setIndex].PrimaryRegion != slot.RegionIndex)
        {
            return $"UnsupportedOperationException: {slot.Arn} is not a multi-region primary key.";
        }

        if (UsableKeyRefusal(slot, key) is { } refusal)
        {
            return refusal;
        }

        var set = _sets[setIndex];
        var region = LifecycleSlot.Regions[regionIndex];
        if (regionIndex == set.PrimaryRegion)
        {
            return $"ValidationException: The replica region {region} cannot be the same as the primary key's region";
        }

        if (set.Replicas.Contains(regionIndex))
        {
            return $"AlreadyExistsException: A replica of {slot.Arn} already exists in {region}.";
        }

        _sets[setIndex] = set with { Replicas = set.Replicas.Add(regionIndex) };
        _keys[LifecycleSlot.Of(setIndex, regionIndex).Index] = new Key(KeyState.Creating, HasMaterial: slot.Origin != KeyOrigin.External, CreatedDay: _day)
        {
            Rotation = key.Rotation,
            RotationPeriod = key.RotationPeriod,
            NextRotationDay = key.NextRotationDay,
        };
        return "ok";
    }

    // Creating ends in Enabled or PendingImport (section 1); Updating ends in Enabled (section 3.8), or PendingImport
    // when the key's imported material expired meanwhile, as no key without material is Enabled.
    private string Complete(LifecycleSlot slot, Key key, KeyState transient) =>
        key.State == transient ? Ok(slot, key with { State = key.HasMaterial ? KeyState.Enabled : KeyState.PendingImport }) : "ok";

    // Row UpdatePrimaryRegion (footnotes 1, 3, 5, 14) for both keys; both become Updating and exchange roles.
    private string UpdatePrimaryRegion(LifecycleSlot slot, Key key, int regionIndex)
    {
        var replicaSlot = slot.Set is { } s ? LifecycleSlot.Of(s, regionIndex) : slot;
        if (_keys[replicaSlot.Index] is not { } replica)
        {
            return "host: no key in " + replicaSlot.Region;
        }

        if (slot.Set is not { } setIndex || _sets[setIndex].PrimaryRegion != slot.RegionIndex)
        {
            return $"UnsupportedOperationException: {slot.Arn} is not a multi-region primary key.";
        }

        var set = _sets[setIndex];
        if (!set.Replicas.Contains(regionIndex))
        {
            return $"NotFoundException: Key '{replicaSlot.Arn}' does not exist";
        }

        var refusal = (key.State == KeyState.Updating ? null : UsableKeyRefusal(slot, key))
            ?? (replica.State == KeyState.Updating ? null : UsableKeyRefusal(replicaSlot, replica));
        if (refusal is not null)
        {
            return refusal;
        }

        _sets[setIndex] = new MultiRegionSet(regionIndex, set.Replicas.Remove(regionIndex).Add(slot.RegionIndex));
        _keys[replicaSlot.Index] = replica with { State = KeyState.Updating };
        return Ok(slot, key with { State = KeyState.Updating });
    }

    // Footnote 13 and section 1: a disconnected store makes its Enabled and Disabled keys Unavailable, remembering the
    // state; keys pending deletion stay so. Reconnecting restores the remembered state, with any deferred change.
    private string SetStore(int store, bool connected)
    {
        if (_connected[store] == connected)
        {
            return $"host: {LifecycleSlot.StoreIds[store]} is already {(connected ? "connected" : "disconnected")}";
        }

        _connected[store] = connected;
        foreach (var slot in LifecycleSlot.All.Where(s => s.Store == store))
        {
            _keys[slot.Index] = _keys[slot.Index] switch
            {
                { State: KeyState.Enabled or KeyState.Disabled } key when !connected => key with { State = KeyState.Unavailable, WhenAvailable = key.State },
                { State: KeyState.Unavailable } key when connected => key with { State = key.WhenAvailable!.Value, WhenAvailable = null },
                var key => key,
            };
        }

        return "ok";
    }

    // Once a day: keys whose deletion date has come are deleted (section 3.4); a deleted replica leaves its set, and a
    // primary waiting for its last replica starts its waiting period then. Then expired imported material goes (3.8).
    private void Sweep()
    {
        foreach (var slot in LifecycleSlot.All)
        {
            if (_keys[slot.Index] is { State: KeyState.PendingDeletion, DeletionDay: { } due } && due <= _day)
            {
                _keys[slot.Index] = null;
                if (slot.Set is { } setIndex && _sets[setIndex].Replicas.Contains(slot.RegionIndex))
                {
                    var set = _sets[setIndex] = _sets[setIndex] with { Replicas = _sets[setIndex].Replicas.Remove(slot.RegionIndex) };
                    var primary = LifecycleSlot.Of(setIndex, set.PrimaryRegion);
                    if (set.Replicas.IsEmpty && _keys[primary.Index] is { State: KeyState.PendingReplicaDeletion } waiting)
                    {
                        _keys[primary.Index] = waiting with { State = KeyState.PendingDeletion, DeletionDay = _day + waiting.Window };
                    }
                }
            }
        }

        foreach (var slot in LifecycleSlot.All)
        {
            if (_keys[slot.Index] is { HasMaterial: true, ValidToDay: { } validTo } key && validTo <= _day)
            {
                _keys[slot.Index] = WithoutMaterial(key);
            }
        }
    }

    private static string MultiRegion(LifecycleSlot slot, MultiRegionSet set) =>
        KeyView.MultiRegionText(
            set.PrimaryRegion == slot.RegionIndex,
            LifecycleSlot.Of(slot.Set!.Value, set.PrimaryRegion).Arn,
            set.Replicas.Select(r => LifecycleSlot.Of(slot.Set.Value, r).Arn));

    /// <summary>A key as the model sees it; days count from <see cref="LifecycleHarness.Start"/>.</summary>
    private sealed record Key(KeyState State, bool HasMaterial, int CreatedDay)
    {
        public KeyState? WhenAvailable { get; init; }

        public int? DeletionDay { get; init; }

        public int? Window { get; init; }

        public int? ValidToDay { get; init; }

        public bool Rotation { get; init; }

        public int? RotationPeriod { get; init; }

        public int? NextRotationDay { get; init; }

        public ImmutableSortedDictionary<string, string> Tags { get; init; } = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

        public string Description { get; init; } = string.Empty;
    }

    /// <summary>A multi-Region set: the Region index of its primary and of its replicas.</summary>
    private sealed record MultiRegionSet(int PrimaryRegion, ImmutableSortedSet<int> Replicas);
}
