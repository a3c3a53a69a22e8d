namespace KeyLifecycle;

/// <summary>The outcome of <c>ReplicateKey</c>: the primary key with its new replica listed, and the new replica key.</summary>
/// <param name="Primary">The primary key, its <see cref="KmsKey.MultiRegionConfiguration"/> listing the replica.</param>
/// <param name="Replica">The replica key, in <see cref="KeyState.Creating"/> until <see cref="KeyTransitions.CompleteReplication"/>.</param>
public sealed record Replication(KmsKey Primary, KmsKey Replica);
