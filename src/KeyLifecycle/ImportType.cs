namespace KeyLifecycle;

/// <summary>Whether <c>ImportKeyMaterial</c> brings material new to the key or material it had (<c>ImportKeyMaterial.ImportType</c>).</summary>
/// <remarks>
/// Only symmetric encryption keys take it. Without it, an import is <see cref="NewKeyMaterial"/> into a key that has
/// never had material and <see cref="ExistingKeyMaterial"/> after that
/// (https://docs.aws.amazon.com/kms/latest/APIReference/API_ImportKeyMaterial.html).
/// </remarks>
public enum ImportType
{
    /// <summary><c>NEW_KEY_MATERIAL</c>: the key's first material, or material for its next on-demand rotation.</summary>
    NewKeyMaterial,

    /// <summary><c>EXISTING_KEY_MATERIAL</c>: the same bytes as a material the key has, imported again.</summary>
    ExistingKeyMaterial,
}
