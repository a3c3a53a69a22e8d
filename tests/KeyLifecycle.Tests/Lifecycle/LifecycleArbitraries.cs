using FsCheck;
using FsCheck.Fluent;

namespace KeyLifecycle.Tests.Lifecycle;

/// <summary>Random command sequences over every lifecycle operation, for keys of every origin and Region type.</summary>
/// <remarks>
/// Sequences are arrays of plain <see cref="LifecycleCommand"/> records, so FsCheck shrinks a failing one by removing
/// commands until no shorter sequence fails. Arguments are drawn from the boundaries of each rule (windows 6, 7, 30, 31,
/// rotation periods 89, 90, 2560, 2561, ...), and multi-Region operations favour the keys that can take them.
/// </remarks>
public static class LifecycleArbitraries
{
    private static readonly Gen<int> s_anySlot = Gen.Choose(0, 13);

    // The primaries the world starts with (us-west-2 of each set) and the replicas' slots.
    private static readonly Gen<int> s_multiRegionSlot = Gen.Frequency((4, Gen.Elements(6, 7, 10, 11)), (2, Gen.Choose(6, 13)), (1, s_anySlot));

    // Regions: us-east-1 holds the replica the world starts with, so UpdatePrimaryRegion favours it.
    private static readonly Gen<int> s_region = Gen.Frequency((2, Gen.Constant(1)), (3, Gen.Choose(0, 3)));

    public static Gen<LifecycleCommand> Command { get; } = Gen.Frequency(
        (5, Of(LifecycleOp.EnableKey, s_anySlot, Gen.Constant(0))),
        (5, Of(LifecycleOp.DisableKey, s_anySlot, Gen.Constant(0))),
        (6, Of(LifecycleOp.ScheduleKeyDeletion, s_anySlot, Gen.Elements(0, 0, 7, 7, 7, 8, 15, 29, 30, 6, 31, 1, 365, -3))),
        (5, Of(LifecycleOp.CancelKeyDeletion, s_anySlot, Gen.Constant(0))),
        (5, Of(LifecycleOp.AdvanceDays, Gen.Constant(0), Gen.Frequency((2, Gen.Choose(1, 8)), (2, Gen.Choose(7, 31)), (1, Gen.Choose(32, 60))))),
        (5, Of(LifecycleOp.ImportKeyMaterial, Gen.Frequency((2, Gen.Elements(1, 10, 11, 12, 13)), (1, s_anySlot)),
            Gen.Frequency((4, Gen.Constant(0)), (4, Gen.Choose(1, 40)), (1, Gen.Elements(-1, -2, -3))))),
        (3, Of(LifecycleOp.DeleteImportedKeyMaterial, s_anySlot, Gen.Constant(0))),
        (3, Of(LifecycleOp.DisconnectKeyStore, Gen.Constant(0), Gen.Choose(0, 1))),
        (3, Of(LifecycleOp.ConnectKeyStore, Gen.Constant(0), Gen.Choose(0, 1))),
        (3, Of(LifecycleOp.EnableKeyRotation, s_anySlot, Gen.Elements(0, 0, 90, 91, 365, 2560, 89, 2561, 30))),
        (2, Of(LifecycleOp.DisableKeyRotation, s_anySlot, Gen.Constant(0))),
        (2, Of(LifecycleOp.GetKeyRotationStatus, s_anySlot, Gen.Constant(0))),
        (2, Of(LifecycleOp.TagResource, s_anySlot, Gen.Choose(0, 5))),
        (1, Of(LifecycleOp.UntagResource, s_anySlot, Gen.Choose(0, 2))),
        (1, Of(LifecycleOp.UpdateKeyDescription, s_anySlot, Gen.Choose(0, 2))),
        (6, Of(LifecycleOp.ReplicateKey, s_multiRegionSlot, Gen.Choose(0, 3))),
        (5, Of(LifecycleOp.CompleteReplication, s_multiRegionSlot, Gen.Constant(0))),
        (5, Of(LifecycleOp.UpdatePrimaryRegion, s_multiRegionSlot, s_region)),
        (5, Of(LifecycleOp.CompletePrimaryRegionUpdate, s_multiRegionSlot, Gen.Constant(0))));

    /// <summary>Sequences of between one and two times FsCheck's size in commands, shrunk as FsCheck shrinks arrays.</summary>
    public static Arbitrary<LifecycleCommand[]> Commands() => Arb.From(
        Gen.Sized(size => Gen.Choose(size, 2 * size)).SelectMany(length => Gen.ArrayOf(Command, length)),
        Arb.Array(Command.ToArbitrary()).Shrinker);

    private static Gen<LifecycleCommand> Of(LifecycleOp op, Gen<int> slot, Gen<int> argument) =>
        from s in slot
        from a in argument
        select new LifecycleCommand(op, s, a);
}
