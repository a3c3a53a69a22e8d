using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using KeyLifecycle.Cryptography;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using KeyLifecycle.Protocol.Model;
using KeyLifecycle.Protocol.Operations;
using KeyLifecycle.Protocol.Storage;

namespace KeyLifecycle.Protocol.Seeding;

/// <summary>
/// One attempt at applying a seed: every key made through the domain's transitions, checked against the store, and
/// committed per account. Problems are collected, not thrown, so one pass names all of them.
/// </summary>
/// <remarks>
/// The order follows what the service allows: each key is created with its material, rotations, rotation setting and
/// policy; replicas are made from their primaries; aliases are created; only then are states applied, since a disabled
/// primary cannot be replicated and a key pending deletion cannot be given an alias.
/// </remarks>
internal sealed class SeedPlanner
{
    private const int DefaultPendingWindowInDays = 30;

    // What EnableKeyRotation would need to have been called with for an automatic rotation to fall due on a given date;
    // any period in range does, since only the date is recorded.
    private const int ReplayRotationPeriodInDays = 90;

    private static readonly string s_declarableStates = "Enabled, Disabled, PendingImport, PendingDeletion or PendingReplicaDeletion";

    private readonly SeedDocument _document;
    private readonly IKmsKeyStore _store;
    private readonly KmsCaller _defaults;
    private readonly DateTimeOffset _now;
    private readonly List<string> _problems = [];
    private readonly List<PlannedKey> _keys = [];
    private readonly Dictionary<KeyArn, PlannedKey> _keysByArn = [];
    private readonly List<PlannedAlias> _aliases = [];

    public SeedPlanner(SeedDocument document, IKmsKeyStore store, KmsCaller defaults, DateTimeOffset now)
    {
        _document = document;
        _store = store;
        _defaults = defaults;
        _now = now;
    }

    /// <summary>The problems in the order of the entries they are about (a stable sort: each entry's in the order found).</summary>
    public IReadOnlyList<string> Problems => [.. _problems.OrderBy(EntryOrder)];

    public KmsSeedApplied Applied => new(
        _keys.Count(key => key.Existing is null),
        _keys.Count(key => key.Existing is not null),
        _aliases.Count(alias => !alias.Exists),
        _aliases.Count(alias => alias.Exists));

    public void Plan()
    {
        if (_document.Version is { } version && version != 1)
        {
            _problems.Add($"version {version.ToString(CultureInfo.InvariantCulture)} is not a seed version this emulator reads; write 1");
            return;
        }

        var entries = _document.Keys ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            Identify(i, entries[i]);
        }

        foreach (var key in _keys.Where(key => !key.IsReplica))
        {
            Build(key);
        }

        foreach (var key in _keys.Where(key => key.IsReplica))
        {
            BuildReplica(key);
        }

        var aliases = _document.Aliases ?? [];
        for (var i = 0; i < aliases.Count; i++)
        {
            PlanAlias(i, aliases[i]);
        }

        foreach (var key in _keys.Where(key => !key.Failed))
        {
            ApplyState(key);
        }

        foreach (var key in _keys.Where(key => !key.Failed))
        {
            CompareWithStore(key);
        }
    }

    public bool TryCommit()
    {
        foreach (var account in _keys.Select(key => key.Arn.AccountId).Concat(_aliases.Select(alias => alias.Alias.Arn.AccountId)).Distinct())
        {
            var commit = new KeyStoreCommit();
            foreach (var key in _keys.Where(key => key.Existing is null && key.Arn.AccountId == account))
            {
                commit.Add(key.Key!);
                if (key.Material is { } material)
                {
                    commit.PutKeyMaterial(material);
                }

                if (key.Policy is { } policy)
                {
                    commit.PutKeyPolicy(key.Arn, policy);
                }
            }

            foreach (var alias in _aliases.Where(alias => !alias.Exists && alias.Alias.Arn.AccountId == account))
            {
                commit.AddAlias(alias.Alias);
            }

            if (!_store.TryCommit(commit))
            {
                return false;
            }
        }

        return true;
    }

    private void Identify(int index, SeedKey entry)
    {
        var label = $"keys[{index.ToString(CultureInfo.InvariantCulture)}]";
        if (entry is null)
        {
            _problems.Add($"{label}: the entry is null; write an object with at least a keyId");
            return;
        }

        var account = Account(label, entry.Account);
        var region = Region(label, "region", entry.Region);
        KeyId keyId = default;
        if (entry.KeyId is null)
        {
            _problems.Add($"{label}: keyId is missing; every key declares its ID, a UUID such as 1234abcd-12ab-34cd-56ef-1234567890ab or mrk- and 32 hexadecimal digits");
        }
        else if (!KeyId.TryParse(entry.KeyId, out keyId))
        {
            _problems.Add($"{label}: keyId '{entry.KeyId}' is not a key ID; write a UUID such as 1234abcd-12ab-34cd-56ef-1234567890ab, or mrk- and 32 hexadecimal digits");
        }

        if (account is not { } accountId || region is not { } regionId || keyId == default)
        {
            return;
        }

        var caller = KmsCaller.Create(regionId, accountId);
        var arn = caller.KeyArnFor(keyId);
        label = $"{label} ({arn})";
        if (_keysByArn.TryGetValue(arn, out var first))
        {
            _problems.Add($"{label}: the key is declared twice, first as keys[{first.Index.ToString(CultureInfo.InvariantCulture)}]");
            return;
        }

        AwsRegion? primaryRegion = null;
        if (entry.PrimaryRegion is not null && entry.PrimaryRegion != regionId.ToString())
        {
            if (!keyId.IsMultiRegion)
            {
                _problems.Add($"{label}: primaryRegion is for multi-Region replicas, whose key IDs start with mrk-; this key is single-Region");
                return;
            }

            if (Region(label, "primaryRegion", entry.PrimaryRegion) is not { } parsed)
            {
                return;
            }

            if (!AwsPartition.TryGetForRegion(parsed, out var partition) || partition != caller.Partition)
            {
                _problems.Add($"{label}: primaryRegion {parsed} is in another partition than the replica's Region {regionId}");
                return;
            }

            primaryRegion = parsed;
        }

        var key = new PlannedKey(index, entry, label, arn, caller, primaryRegion);
        _keys.Add(key);
        _keysByArn.Add(arn, key);
    }

    private void Build(PlannedKey planned)
    {
        var entry = planned.Entry;
        var problemsBefore = _problems.Count;
        var spec = KeySpec.SymmetricDefault;
        if (entry.KeySpec is not null && !KmsWireNames.TryParseKeySpec(entry.KeySpec, out spec))
        {
            Problem(planned, $"keySpec '{entry.KeySpec}' is not a key spec; write one of {string.Join(", ", KmsWireNames.KeySpecValues.ToArray())}");
        }

        KeyUsage? usage = null;
        if (entry.KeyUsage is not null)
        {
            usage = KmsWireNames.TryParseKeyUsage(entry.KeyUsage, out var parsed) ? parsed : null;
            if (usage is null)
            {
                Problem(planned, $"keyUsage '{entry.KeyUsage}' is not a key usage; write one of {string.Join(", ", KmsWireNames.KeyUsageValues.ToArray())}");
            }
        }

        var origin = KeyOrigin.AwsKms;
        if (entry.Origin is not null && (!KmsWireNames.TryParseKeyOrigin(entry.Origin, out origin) || origin is not (KeyOrigin.AwsKms or KeyOrigin.External)))
        {
            Problem(planned, $"origin '{entry.Origin}' cannot be seeded; write AWS_KMS or EXTERNAL (keys in custom key stores are not part of a seed)");
        }

        if (_problems.Count > problemsBefore)
        {
            planned.Failed = true;
            return;
        }

        var creation = new KeyCreationRequest
        {
            Description = entry.Description,
            KeyUsage = usage,
            KeySpec = spec,
            Origin = origin,
            MultiRegion = planned.Arn.KeyId.IsMultiRegion,
            Tags = Tags(entry),
        };
        if (!KmsKey.Create(creation, GuidOf(planned.Arn.KeyId), planned.Caller, entry.CreationDate ?? _now).TryPick(out var key, out var refused))
        {
            Fail(planned, refused.Message);
            return;
        }

        planned.Key = key;
        if (!BuildMaterial(planned) || !BuildRotation(planned) || !BuildPolicy(planned))
        {
            planned.Failed = true;
        }
    }

    private void BuildReplica(PlannedKey planned)
    {
        var entry = planned.Entry;
        var primaryArn = KeyArn.Create(planned.Arn.Partition, planned.PrimaryRegion!.Value, planned.Arn.AccountId, planned.Arn.KeyId);
        if (!_keysByArn.TryGetValue(primaryArn, out var primary) || primary.IsReplica)
        {
            Fail(planned, $"primaryRegion {planned.PrimaryRegion} names no primary key {planned.Arn.KeyId} of this seed in that Region; declare the primary too");
            return;
        }

        if (primary.Failed)
        {
            // The primary's own problems are reported; the replica cannot be checked without it.
            planned.Failed = true;
            return;
        }

        var primaryKey = primary.Key!;
        var mismatches = new List<string>();
        Shared("keySpec", entry.KeySpec, primaryKey.KeySpec.ToWireName());
        Shared("keyUsage", entry.KeyUsage, primaryKey.KeyUsage.ToWireName());
        Shared("origin", entry.Origin, primaryKey.Origin.ToWireName());
        if (entry.RotationPeriodInDays is not null || entry.NextRotationDate is not null)
        {
            mismatches.Add("rotationPeriodInDays and nextRotationDate are the primary's; declare them there");
        }

        if (primaryKey.Origin != KeyOrigin.External && entry.Material is not null)
        {
            mismatches.Add("material is the primary's, which its replicas share; declare it there");
        }

        if (mismatches.Count > 0)
        {
            foreach (var mismatch in mismatches)
            {
                Problem(planned, mismatch);
            }

            planned.Failed = true;
            return;
        }

        if (!KeyTransitions.ReplicateKey(primaryKey, planned.Arn.Region, entry.Description, null, entry.CreationDate ?? _now).TryPick(out var replication, out var refused)
            || !KeyTransitions.TagResource(KeyTransitions.CompleteReplication(replication.Replica), Tags(entry)).TryPick(out var replica, out refused))
        {
            Fail(planned, refused.Message);
            return;
        }

        foreach (var sibling in _keys.Where(other => other.IsReplica && other.Key is not null && other.PrimaryRegion == planned.PrimaryRegion && other.Arn.KeyId == planned.Arn.KeyId && other.Arn.AccountId == planned.Arn.AccountId))
        {
            sibling.Key = KeyTransitions.ReplicaAdded(sibling.Key!, planned.Arn);
        }

        primary.Key = replication.Primary;
        planned.Key = replica;
        if (replica.Origin != KeyOrigin.External)
        {
            planned.Material = primary.Material?.For(planned.Arn);
        }
        else if (!BuildMaterial(planned))
        {
            planned.Failed = true;
            return;
        }

        if (!BuildPolicy(planned))
        {
            planned.Failed = true;
        }

        void Shared(string member, string? declared, string primaryValue)
        {
            if (declared is not null && declared != primaryValue)
            {
                mismatches.Add($"{member} '{declared}' differs from the primary's {primaryValue}; a replica shares its primary's");
            }
        }
    }

    private bool BuildMaterial(PlannedKey planned)
    {
        var items = planned.Entry.Material ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                Problem(planned, $"material[{i.ToString(CultureInfo.InvariantCulture)}] is null; write an object such as {{\"key\": \"...\"}}");
                return false;
            }
        }

        return planned.Key!.Origin == KeyOrigin.External ? ImportMaterial(planned, items) : GenerateOrTakeMaterial(planned, items);
    }

    // A key whose material KMS generates: the first material is the key's own, each later one came from a rotation.
    private bool GenerateOrTakeMaterial(PlannedKey planned, List<SeedMaterial> items)
    {
        var key = planned.Key!;
        if (items.Count == 0)
        {
            planned.Material = CryptographyOperations.NewMaterial(key);
            return true;
        }

        if (items.Count > 1 && key.KeySpec != KeySpec.SymmetricDefault)
        {
            Problem(planned, $"material lists {items.Count.ToString(CultureInfo.InvariantCulture)} materials, but only symmetric encryption keys rotate, so a {key.KeySpec.ToWireName()} key has one");
            return false;
        }

        var first = items[0];
        var firstId = KeyMaterialId.Parse(KeyMetadataModel.MaterialIdOf(key.Arn));
        var ok = true;
        if (first.KeyMaterialId is { } declaredFirst && declaredFirst != firstId.ToString())
        {
            ok = Problem(planned, $"material[0].keyMaterialId '{declaredFirst}' is not this key's first material ID, which follows from its ARN here: {firstId}");
        }

        if (first.RotationDate is not null || first.RotationType is not null)
        {
            ok = Problem(planned, "material[0] is the key's first material; rotationDate and rotationType belong to the later ones, which rotations made current");
        }

        ok &= NotImported(planned, first, 0);
        var firstBytes = TakeOrGenerate(planned, first, 0, key.KeySpec);
        if (!ok || firstBytes is null)
        {
            return false;
        }

        var record = KeyMaterialRecord.OfOneVersion(key.Arn, firstId, firstBytes);
        for (var i = 1; i < items.Count; i++)
        {
            var item = items[i];
            var at = $"material[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (!NotImported(planned, item, i) || MaterialId(planned, item, at) is not { } id || TakeOrGenerate(planned, item, i, key.KeySpec) is not { } bytes)
            {
                return false;
            }

            if (record.Find(id) is not null)
            {
                return Problem(planned, $"{at}.keyMaterialId {id} appears twice");
            }

            if (item.RotationDate is not { } date)
            {
                return Problem(planned, $"{at}.rotationDate is missing; each material after the first was made current by a rotation on that date");
            }

            switch (item.RotationType)
            {
                case null or "ON_DEMAND":
                    if (!KeyTransitions.RotateKeyOnDemand(key, id, date).TryPick(out key, out var refused))
                    {
                        return Problem(planned, $"{at}: {refused.Message}");
                    }

                    break;
                case "AUTOMATIC":
                    // Rotation turned on one period before the date makes it due then; the setting the entry declares is applied after.
                    if (!KeyTransitions.EnableKeyRotation(key, ReplayRotationPeriodInDays, date.AddDays(-ReplayRotationPeriodInDays)).TryPick(out var due, out refused))
                    {
                        return Problem(planned, $"{at}: {refused.Message}");
                    }

                    key = KeyTransitions.DisableKeyRotation(KeyTransitions.RotateAutomatically(due, id, date)).AsT0;
                    break;
                default:
                    return Problem(planned, $"{at}.rotationType '{item.RotationType}' is not a rotation type; write AUTOMATIC or ON_DEMAND");
            }

            record = record.WithCurrent(new StoredKeyMaterial(id, bytes));
        }

        planned.Key = key;
        planned.Material = record;
        return true;
    }

    // A key with origin EXTERNAL: each material is imported as ImportKeyMaterial would import it.
    private bool ImportMaterial(PlannedKey planned, List<SeedMaterial> items)
    {
        var key = planned.Key!;
        KeyMaterialRecord? record = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var at = $"material[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (item.Key is null)
            {
                return Problem(planned, $"{at}.key is missing; imported material (origin EXTERNAL) is declared with its bytes, and a key without material is left out of material, PendingImport");
            }

            if (KeyMaterialForms.Read(key.KeySpec, item.Key) is not { } bytes)
            {
                return Problem(planned, $"{at}.key is not key material for a {key.KeySpec.ToWireName()} key: {KeyMaterialForms.Expected(key.KeySpec)}");
            }

            var id = ImportedMaterialIds.Of(key.KeyId, bytes);
            if (item.KeyMaterialId is { } declared && declared != id.ToString())
            {
                return Problem(planned, $"{at}.keyMaterialId '{declared}' is not the ID of these bytes in this key, {id}");
            }

            if (i == 0 && (item.RotationDate is not null || item.RotationType is not null))
            {
                return Problem(planned, $"{at} is the key's first material; rotationDate and rotationType belong to the later ones, which rotations made current");
            }

            var import = new KeyMaterialImport(id, item.ValidTo is null ? ExpirationModel.KeyMaterialDoesNotExpire : ExpirationModel.KeyMaterialExpires, item.ValidTo)
            {
                ImportType = i == 0 ? null : ImportType.NewKeyMaterial,
                Description = item.Description,
            };
            if (!KeyTransitions.ImportKeyMaterial(key, import, _now).TryPick(out key, out var refused))
            {
                return Problem(planned, $"{at}: {refused.Message}");
            }

            var version = new StoredKeyMaterial(id, bytes);
            record = record is null ? new KeyMaterialRecord(key.Arn, key.CurrentImportedMaterialId ?? id, [version]) : record.With(version);
            if (i == 0)
            {
                continue;
            }

            if (item.RotationDate is not { } date)
            {
                if (i != items.Count - 1)
                {
                    return Problem(planned, $"{at}.rotationDate is missing; only the last material may wait for a rotation, as one imported for the next RotateKeyOnDemand");
                }

                continue;
            }

            if (item.RotationType is not (null or "ON_DEMAND"))
            {
                return Problem(planned, $"{at}.rotationType '{item.RotationType}' is not how imported material rotates; write ON_DEMAND");
            }

            if (!KeyTransitions.RotateKeyOnDemand(key, id, date).TryPick(out key, out refused))
            {
                return Problem(planned, $"{at}: {refused.Message}");
            }

            record = record.WithCurrentId(id);
        }

        planned.Key = key;
        planned.Material = record;
        return true;
    }

    private bool NotImported(PlannedKey planned, SeedMaterial item, int index) =>
        item.ValidTo is null && item.Description is null
        || Problem(planned, $"material[{index.ToString(CultureInfo.InvariantCulture)}]: validTo and description are for imported material (origin EXTERNAL)");

    private KeyMaterialId? MaterialId(PlannedKey planned, SeedMaterial item, string at)
    {
        if (item.KeyMaterialId is null)
        {
            return KeyMaterialId.FromBytes(RandomNumberGenerator.GetBytes(KeyMaterialId.ByteLength));
        }

        if (KeyMaterialId.TryParse(item.KeyMaterialId, out var id))
        {
            return id;
        }

        Problem(planned, $"{at}.keyMaterialId '{item.KeyMaterialId}' is not a key material ID; write 64 lower-case hexadecimal digits");
        return null;
    }

    private byte[]? TakeOrGenerate(PlannedKey planned, SeedMaterial item, int index, KeySpec spec)
    {
        if (item.Key is null)
        {
            return KeyMaterialGenerator.IsAvailable(spec) ? KeyMaterialGenerator.Generate(spec).AsT0 : null;
        }

        if (KeyMaterialForms.Read(spec, item.Key) is { } bytes)
        {
            return bytes;
        }

        Problem(planned, $"material[{index.ToString(CultureInfo.InvariantCulture)}].key is not key material for a {spec.ToWireName()} key: {KeyMaterialForms.Expected(spec)}");
        return null;
    }

    private bool BuildRotation(PlannedKey planned)
    {
        var entry = planned.Entry;
        if (entry.RotationPeriodInDays is not { } period)
        {
            return entry.NextRotationDate is null || Problem(planned, "nextRotationDate needs rotationPeriodInDays, which turns automatic rotation on");
        }

        var next = entry.NextRotationDate ?? _now.AddDays(period);
        if (!KeyTransitions.EnableKeyRotation(planned.Key!, period, next.AddDays(-period)).TryPick(out var rotating, out var refused))
        {
            return Problem(planned, $"rotationPeriodInDays: {refused.Message}");
        }

        planned.Key = rotating;
        return true;
    }

    private bool BuildPolicy(PlannedKey planned)
    {
        if (planned.Entry.Policy is not { } element || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        var text = element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
        if (!KeyPolicy.Parse(text).TryPick(out var policy, out var refused))
        {
            return Problem(planned, $"policy: {refused.ErrorCode}: {refused.Message}");
        }

        planned.Policy = policy;
        return true;
    }

    private void PlanAlias(int index, SeedAlias entry)
    {
        var label = $"aliases[{index.ToString(CultureInfo.InvariantCulture)}]";
        if (entry is null)
        {
            _problems.Add($"{label}: the entry is null; write an object with aliasName and targetKeyId");
            return;
        }

        var account = Account(label, entry.Account);
        var region = Region(label, "region", entry.Region);
        AliasName? name = null;
        if (entry.AliasName is null)
        {
            _problems.Add($"{label}: aliasName is missing; write e.g. alias/orders");
        }
        else if (AliasTransitions.ParseAliasName(entry.AliasName).TryPick(out var parsed, out var invalid))
        {
            name = parsed;
        }
        else
        {
            _problems.Add($"{label}: aliasName '{entry.AliasName}': {invalid.Message}");
        }

        KeyId targetId = default;
        if (entry.TargetKeyId is null)
        {
            _problems.Add($"{label}: targetKeyId is missing; write the ID of a key of this seed or of the store");
        }
        else if (!KeyId.TryParse(entry.TargetKeyId, out targetId))
        {
            _problems.Add($"{label}: targetKeyId '{entry.TargetKeyId}' is not a key ID; write a key's ID, a UUID or mrk- and 32 hexadecimal digits");
        }

        if (account is not { } accountId || region is not { } regionId || name is not { } aliasName || targetId == default)
        {
            return;
        }

        var caller = KmsCaller.Create(regionId, accountId);
        var aliasArn = caller.AliasArnFor(aliasName);
        label = $"{label} ({aliasArn})";
        if (_aliases.FirstOrDefault(alias => alias.Alias.Arn == aliasArn) is { } first)
        {
            _problems.Add($"{label}: the alias is declared twice, first as aliases[{first.Index.ToString(CultureInfo.InvariantCulture)}]");
            return;
        }

        var targetArn = caller.KeyArnFor(targetId);
        KmsKey? target;
        if (_keysByArn.TryGetValue(targetArn, out var planned))
        {
            if (planned.Failed || planned.Key is null)
            {
                return;
            }

            target = planned.Key;
        }
        else
        {
            target = _store.FindKey(targetArn);
        }

        if (target is null)
        {
            _problems.Add($"{label}: targetKeyId {targetId} names no key of this seed or of the store in {accountId}/{regionId}");
            return;
        }

        if (!AliasTransitions.CreateAlias(aliasName, target, _now).TryPick(out var alias, out var refused))
        {
            _problems.Add($"{label}: {refused.Message}");
            return;
        }

        var exists = false;
        if (_store.FindAlias(aliasArn) is { } stored)
        {
            if (stored.TargetKeyId != targetId)
            {
                _problems.Add($"{label}: the store has this alias pointing at {stored.TargetKeyId}, not {targetId}; a seed does not change existing aliases");
                return;
            }

            exists = true;
        }

        _aliases.Add(new PlannedAlias(index, alias, exists));
    }

    private void ApplyState(PlannedKey planned)
    {
        var entry = planned.Entry;
        var key = planned.Key!;
        var declared = entry.State ?? (key.State == KeyState.PendingImport ? "PendingImport" : "Enabled");
        if (!KmsWireNames.TryParseKeyState(declared, out var state)
            || state is not (KeyState.Enabled or KeyState.Disabled or KeyState.PendingImport or KeyState.PendingDeletion or KeyState.PendingReplicaDeletion))
        {
            Fail(planned, $"state '{declared}' cannot be declared; write {s_declarableStates}");
            return;
        }

        var deleting = state is KeyState.PendingDeletion or KeyState.PendingReplicaDeletion;
        if (!deleting && (entry.DeletionDate is not null || entry.PendingWindowInDays is not null))
        {
            Fail(planned, "deletionDate and pendingWindowInDays are for keys pending deletion");
            return;
        }

        IKmsError? refused = null;
        switch (state)
        {
            case KeyState.Disabled:
                KeyTransitions.DisableKey(key).TryPick(out key, out refused);
                break;
            case KeyState.PendingDeletion:
                if (entry.DeletionDate is not { } date)
                {
                    Fail(planned, "deletionDate is missing; a key pending deletion is deleted on that date");
                    return;
                }

                if (date <= _now)
                {
                    Fail(planned, $"deletionDate {date:O} has passed; the key would be deleted already");
                    return;
                }

                var window = entry.PendingWindowInDays ?? DefaultPendingWindowInDays;
                KeyTransitions.ScheduleKeyDeletion(key, window, date.AddDays(-window)).TryPick(out key, out refused);
                break;
            case KeyState.PendingReplicaDeletion:
                if (entry.DeletionDate is not null)
                {
                    Fail(planned, "deletionDate is not set while a primary waits for its replicas' deletion; its waiting period starts when the last replica is deleted");
                    return;
                }

                KeyTransitions.ScheduleKeyDeletion(key, entry.PendingWindowInDays ?? DefaultPendingWindowInDays, _now).TryPick(out key, out refused);
                break;
        }

        if (refused is not null || key is null)
        {
            Fail(planned, $"state {declared}: {refused?.Message}");
            return;
        }

        if (key.State != state)
        {
            Fail(planned, $"state is {declared} here, but what the entry declares leaves the key {key.State.ToWireName()}{Why(key)}");
            return;
        }

        planned.Key = key;
    }

    private static string Why(KmsKey key) => key.State switch
    {
        KeyState.PendingImport => " (a key with origin EXTERNAL is PendingImport until material is imported; declare its material)",
        KeyState.PendingReplicaDeletion => " (a multi-Region primary with replicas waits for their deletion first; declare PendingReplicaDeletion)",
        KeyState.PendingDeletion => " (a key without replicas is deleted on its date; declare PendingDeletion with deletionDate)",
        _ => string.Empty,
    };

    private void CompareWithStore(PlannedKey planned)
    {
        var key = planned.Key!;
        var existing = _store.FindKey(planned.Arn);
        if (existing is null)
        {
            if (key.MultiRegion && TakenElsewhere(planned) is { } region)
            {
                var other = KeyArn.Create(planned.Arn.Partition, region, planned.Arn.AccountId, planned.Arn.KeyId);
                Problem(planned, _keysByArn.ContainsKey(other)
                    ? $"its related key in {region} exists already, and this one does not; a seed adds related multi-Region keys together, and ReplicateKey adds replicas to existing ones"
                    : $"the key ID is taken in {region} by a key this seed does not declare; a seed adds related multi-Region keys together, and ReplicateKey adds replicas to existing ones");
            }

            return;
        }

        var differences = Differences(planned, existing);
        if (differences.Count > 0)
        {
            Problem(planned, $"the store has this key with other content ({string.Join("; ", differences)}); a seed does not change existing keys");
            return;
        }

        planned.Existing = existing;
    }

    // Related multi-Region keys are added or matched together: a new one whose ID the store has in another Region would
    // be a replica the primary does not list.
    private AwsRegion? TakenElsewhere(PlannedKey planned)
    {
        foreach (var other in _store.ListKeys(planned.Arn.AccountId))
        {
            if (other.KeyId == planned.Arn.KeyId && other.Region != planned.Arn.Region)
            {
                return other.Region;
            }
        }

        return null;
    }

    private List<string> Differences(PlannedKey planned, KmsKey existing)
    {
        var entry = planned.Entry;
        var key = planned.Key!;
        var differences = new List<string>();
        Compare("keySpec", existing.KeySpec.ToWireName(), key.KeySpec.ToWireName());
        Compare("keyUsage", existing.KeyUsage.ToWireName(), key.KeyUsage.ToWireName());
        Compare("origin", existing.Origin.ToWireName(), key.Origin.ToWireName());
        Compare("keyManager", existing.KeyManager.ToWireName(), key.KeyManager.ToWireName());
        Compare("description", existing.Description, key.Description);
        Compare("state", existing.State.ToWireName(), key.State.ToWireName());
        Compare("tags", existing.Tags.ToString(), key.Tags.ToString());
        Compare("primaryRegion", PrimaryRegionOf(existing), PrimaryRegionOf(key));
        Compare("rotationPeriodInDays", Text(existing.RotationPeriodInDays), Text(key.RotationPeriodInDays));
        Compare("pendingWindowInDays", Text(existing.PendingDeletionWindowInDays), Text(key.PendingDeletionWindowInDays));
        if (entry.CreationDate is not null)
        {
            Compare("creationDate", Text(existing.CreationDate), Text(key.CreationDate));
        }

        if (entry.DeletionDate is not null)
        {
            Compare("deletionDate", Text(existing.DeletionDate), Text(key.DeletionDate));
        }

        if (entry.NextRotationDate is not null)
        {
            Compare("nextRotationDate", Text(existing.NextRotationDate), Text(key.NextRotationDate));
        }

        var storedPolicy = (_store.FindKeyPolicy(existing.Arn) ?? PolicyOperations.DefaultFor(existing.Arn)).Text;
        var seededPolicy = (planned.Policy ?? PolicyOperations.DefaultFor(existing.Arn)).Text;
        if (storedPolicy != seededPolicy)
        {
            differences.Add("policy differs");
        }

        var items = entry.Material ?? [];
        if (items.Count > 0)
        {
            if (existing.Rotations.Count != key.Rotations.Count)
            {
                differences.Add($"{existing.Rotations.Count.ToString(CultureInfo.InvariantCulture)} rotations there, {key.Rotations.Count.ToString(CultureInfo.InvariantCulture)} here");
            }
            else if (!SameMaterial(planned, existing))
            {
                differences.Add("material differs");
            }
        }

        return differences;

        void Compare(string member, string there, string here)
        {
            if (there != here)
            {
                differences.Add($"{member} '{there}' there, '{here}' here");
            }
        }
    }

    // The material declared with bytes or IDs must be the store's; material the seed leaves to be generated is whatever the store has.
    private bool SameMaterial(PlannedKey planned, KmsKey existing)
    {
        var stored = _store.FindKeyMaterial(existing.Arn);
        var items = planned.Entry.Material!;
        foreach (var version in planned.Material?.Versions ?? [])
        {
            var index = planned.Material!.Versions.IndexOf(version);
            var declaredBytes = index < items.Count && items[index].Key is not null;
            var declaredId = index == 0 || (index < items.Count && items[index].KeyMaterialId is not null) || existing.Origin == KeyOrigin.External;
            if (!declaredId && !declaredBytes)
            {
                continue;
            }

            if (stored?.Find(version.Id) is not { } there)
            {
                return false;
            }

            if (declaredBytes && !there.Material.Span.SequenceEqual(version.Material.Span))
            {
                return false;
            }
        }

        return true;
    }

    private static (int Section, int Index) EntryOrder(string problem)
    {
        var section = problem.StartsWith("keys[", StringComparison.Ordinal) ? 1 : problem.StartsWith("aliases[", StringComparison.Ordinal) ? 2 : 0;
        if (section == 0)
        {
            return (0, 0);
        }

        var open = problem.IndexOf('[', StringComparison.Ordinal);
        var close = problem.IndexOf(']', StringComparison.Ordinal);
        return (section, int.Parse(problem.AsSpan(open + 1, close - open - 1), CultureInfo.InvariantCulture));
    }

    private static string PrimaryRegionOf(KmsKey key) =>
        key.MultiRegionConfiguration is { KeyType: MultiRegionKeyType.Replica } configuration ? configuration.PrimaryKey.Region.ToString() : string.Empty;

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Text(DateTimeOffset? value) => value?.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty;

    private AwsAccountId? Account(string label, string? text)
    {
        if (text is null)
        {
            return _defaults.AccountId;
        }

        if (AwsAccountId.TryParse(text, out var account))
        {
            return account;
        }

        _problems.Add($"{label}: account '{text}' is not a twelve-digit AWS account ID");
        return null;
    }

    private AwsRegion? Region(string label, string member, string? text)
    {
        if (text is null)
        {
            return _defaults.Region;
        }

        if (AwsRegion.TryParse(text, out var region) && AwsPartition.TryGetForRegion(region, out _))
        {
            return region;
        }

        _problems.Add($"{label}: {member} '{text}' is not a Region of a known AWS partition");
        return null;
    }

    private static List<KeyTag> Tags(SeedKey entry) =>
        entry.Tags is null ? [] : [.. entry.Tags.Select(tag => new KeyTag(tag.Key, tag.Value))];

    private static Guid GuidOf(KeyId keyId)
    {
        var text = keyId.ToString();
        return keyId.IsMultiRegion ? Guid.ParseExact(text.AsSpan("mrk-".Length), "N") : Guid.ParseExact(text, "D");
    }

    private bool Problem(PlannedKey planned, string problem)
    {
        _problems.Add($"{planned.Label}: {problem}");
        return false;
    }

    private void Fail(PlannedKey planned, string problem)
    {
        Problem(planned, problem);
        planned.Failed = true;
    }

    private sealed class PlannedKey(int index, SeedKey entry, string label, KeyArn arn, KmsCaller caller, AwsRegion? primaryRegion)
    {
        public int Index { get; } = index;

        public SeedKey Entry { get; } = entry;

        public string Label { get; } = label;

        public KeyArn Arn { get; } = arn;

        public KmsCaller Caller { get; } = caller;

        public AwsRegion? PrimaryRegion { get; } = primaryRegion;

        public bool IsReplica => PrimaryRegion is not null;

        /// <summary>The key as built so far; <see langword="null"/> until it is created.</summary>
        public KmsKey? Key { get; set; }

        public KeyMaterialRecord? Material { get; set; }

        public KeyPolicy? Policy { get; set; }

        public bool Failed { get; set; }

        /// <summary>The store's key, when the store has it as the seed declares it.</summary>
        public KmsKey? Existing { get; set; }
    }

    private sealed record PlannedAlias(int Index, KmsAlias Alias, bool Exists);
}
