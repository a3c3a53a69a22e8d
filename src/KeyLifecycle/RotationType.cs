namespace KeyLifecycle;

/// <summary>How a key's material was rotated (<c>RotationsListEntry.RotationType</c> of <c>ListKeyRotations</c>).</summary>
public enum RotationType
{
    /// <summary><c>AUTOMATIC</c>: rotated when <see cref="KmsKey.NextRotationDate"/> came, by automatic rotation.</summary>
    Automatic,

    /// <summary><c>ON_DEMAND</c>: rotated by <c>RotateKeyOnDemand</c>.</summary>
    OnDemand,
}
