using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KeyLifecycle.Tests.Lifecycle;

/// <summary>What a host can do to the keys of the model check: a KMS call, or an event of the world (time passing, a key store).</summary>
public enum LifecycleOp
{
    EnableKey,
    DisableKey,
    ScheduleKeyDeletion,
    CancelKeyDeletion,
    AdvanceDays,
    ImportKeyMaterial,
    DeleteImportedKeyMaterial,
    DisconnectKeyStore,
    ConnectKeyStore,
    EnableKeyRotation,
    DisableKeyRotation,
    GetKeyRotationStatus,
    TagResource,
    UntagResource,
    UpdateKeyDescription,
    ReplicateKey,
    CompleteReplication,
    UpdatePrimaryRegion,
    CompletePrimaryRegionUpdate,
}

/// <summary>One step of a random sequence: a plain record, so that FsCheck shrinks a failing sequence by dropping steps.</summary>
/// <param name="Op">What to do.</param>
/// <param name="Slot">The key it is done to (<see cref="LifecycleSlot.Index"/>); ignored by time and key-store events.</param>
/// <param name="Arg">The operation's argument, read by the members below.</param>
public sealed record LifecycleCommand(LifecycleOp Op, int Slot, int Arg)
{
    /// <summary>ScheduleKeyDeletion's PendingWindowInDays; 0 leaves it out.</summary>
    public int? PendingWindowInDays => Arg == 0 ? null : Arg;

    /// <summary>EnableKeyRotation's RotationPeriodInDays; 0 leaves it out.</summary>
    public int? RotationPeriodInDays => Arg == 0 ? null : Arg;

    /// <summary>ImportKeyMaterial: 0 does not expire, n &gt; 0 expires in n days, -1 expires now, -2 does not expire but gives a ValidTo, -3 expires without a ValidTo.</summary>
    public ImportArgument Import => Arg switch
    {
        > 0 => new(ExpirationModel.KeyMaterialExpires, Arg),
        0 => new(ExpirationModel.KeyMaterialDoesNotExpire, null),
        -1 => new(ExpirationModel.KeyMaterialExpires, 0),
        -2 => new(ExpirationModel.KeyMaterialDoesNotExpire, 5),
        _ => new(ExpirationModel.KeyMaterialExpires, null),
    };

    /// <summary>TagResource's tags: a small tag, a change of it, a reserved key, an over-long value, or 30 tags at once (two sets of them).</summary>
    public IReadOnlyList<KeyTag> Tags => Arg switch
    {
        0 => [new("Team", "Blue")],
        1 => [new("Team", "Red"), new("Cost", "42")],
        2 => [new("aws:createdBy", "me")],
        3 => [new("Team", new string('v', 257))],
        4 => [.. Enumerable.Range(0, 30).Select(i => new KeyTag("T" + i.ToString("00", CultureInfo.InvariantCulture), "v"))],
        _ => [.. Enumerable.Range(0, 30).Select(i => new KeyTag("U" + i.ToString("00", CultureInfo.InvariantCulture), "v"))],
    };

    /// <summary>UntagResource's tag keys.</summary>
    public IReadOnlyList<string> TagKeys => Arg switch
    {
        0 => ["Team"],
        1 => ["aws:createdBy"],
        _ => [.. Enumerable.Range(0, 30).Select(i => "T" + i.ToString("00", CultureInfo.InvariantCulture))],
    };

    /// <summary>UpdateKeyDescription's text: empty, short, or one character over the limit.</summary>
    public string Description => Arg switch
    {
        0 => string.Empty,
        1 => "billing",
        _ => new string('d', 8193),
    };

    /// <summary>The Region of ReplicateKey and UpdatePrimaryRegion.</summary>
    public string Region => LifecycleSlot.Regions[Arg];

    public override string ToString() => Op switch
    {
        LifecycleOp.AdvanceDays => $"AdvanceDays({Arg})",
        LifecycleOp.DisconnectKeyStore or LifecycleOp.ConnectKeyStore => $"{Op}({LifecycleSlot.StoreIds[Arg]})",
        LifecycleOp.ScheduleKeyDeletion or LifecycleOp.EnableKeyRotation => $"{Op}({LifecycleSlot.All[Slot]}, {(Arg == 0 ? "default" : Arg)})",
        LifecycleOp.ImportKeyMaterial or LifecycleOp.TagResource or LifecycleOp.UntagResource or LifecycleOp.UpdateKeyDescription
            => $"{Op}({LifecycleSlot.All[Slot]}, #{Arg})",
        LifecycleOp.ReplicateKey or LifecycleOp.UpdatePrimaryRegion => $"{Op}({LifecycleSlot.All[Slot]}, {Region})",
        _ => $"{Op}({LifecycleSlot.All[Slot]})",
    };
}

/// <summary>ImportKeyMaterial's expiration model and its ValidTo, in days from the request.</summary>
public readonly record struct ImportArgument(ExpirationModel ExpirationModel, int? ValidToInDays);
