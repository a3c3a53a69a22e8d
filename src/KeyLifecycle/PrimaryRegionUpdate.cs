namespace KeyLifecycle;

/// <summary>The outcome of <c>UpdatePrimaryRegion</c>: the old primary key, now a replica, and the new primary key, both updating.</summary>
/// <param name="OldPrimary">The former primary key, now a replica, in <see cref="KeyState.Updating"/>.</param>
/// <param name="NewPrimary">The former replica, now the primary key, in <see cref="KeyState.Updating"/>.</param>
/// <remarks>Both keys leave <see cref="KeyState.Updating"/> through <see cref="KeyTransitions.CompletePrimaryRegionUpdate"/>.</remarks>
public sealed record PrimaryRegionUpdate(KmsKey OldPrimary, KmsKey NewPrimary);
