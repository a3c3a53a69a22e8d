namespace KeyLifecycle.Snapshots;

/// <summary>A snapshot that no key could have: <see cref="KmsKey.FromSnapshot"/> refuses it rather than make a key the lifecycle cannot reach.</summary>
/// <param name="Reason">What does not fit, naming the members, such as <c>State is PendingDeletion but DeletionDate is missing.</c></param>
/// <remarks>Not an AWS error: a store that meets one holds a record it did not write, or a damaged one.</remarks>
public sealed record SnapshotRejected(string Reason);
