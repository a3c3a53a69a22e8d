namespace KeyLifecycle;

/// <summary>The state of an AWS KMS key, as <c>KeyMetadata.KeyState</c> reports it.</summary>
/// <remarks>
/// The members are the eight values of the KMS <c>KeyState</c> enumeration, in the service model's order. Which
/// operations a key accepts in each state is decided by <see cref="KeyStateRules"/>; which states a key can
/// reach is decided by <see cref="KeyTransitions"/>. The wire spelling of each member is its name
/// (<see cref="KmsWireNames.ToWireName(KeyState)"/>).
/// See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html">Key states of AWS KMS keys</see>.
/// </remarks>
public enum KeyState
{
    /// <summary>A multi-Region replica key that <c>ReplicateKey</c> is still creating; transient.</summary>
    Creating,

    /// <summary>The key can be used in cryptographic operations.</summary>
    Enabled,

    /// <summary>The key was disabled by <c>DisableKey</c>, or its scheduled deletion was cancelled.</summary>
    Disabled,

    /// <summary>The key is scheduled for deletion and will be deleted when its waiting period ends.</summary>
    PendingDeletion,

    /// <summary>A key with origin <c>EXTERNAL</c> that has no key material: never imported, deleted, or expired.</summary>
    PendingImport,

    /// <summary>A multi-Region primary key scheduled for deletion that still has replica keys.</summary>
    PendingReplicaDeletion,

    /// <summary>A key in a custom key store that is disconnected.</summary>
    Unavailable,

    /// <summary>A multi-Region key whose primary Region is being changed by <c>UpdatePrimaryRegion</c>; transient.</summary>
    Updating,
}
