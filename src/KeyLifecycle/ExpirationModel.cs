namespace KeyLifecycle;

/// <summary>Whether imported key material expires (<c>KeyMetadata.ExpirationModel</c>).</summary>
/// <remarks>Only keys with origin <see cref="KeyOrigin.External"/> that have key material have an expiration model.</remarks>
public enum ExpirationModel
{
    /// <summary><c>KEY_MATERIAL_EXPIRES</c>: the material expires at <see cref="KmsKey.ValidTo"/>.</summary>
    KeyMaterialExpires,

    /// <summary><c>KEY_MATERIAL_DOES_NOT_EXPIRE</c>: the material never expires.</summary>
    KeyMaterialDoesNotExpire,
}
