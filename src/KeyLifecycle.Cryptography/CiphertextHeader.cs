using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Cryptography;

/// <summary>What a symmetric ciphertext blob names: the key that made it and the version of that key's material.</summary>
/// <param name="KeyId">The ID of the key whose material encrypted the blob.</param>
/// <param name="KeyMaterialId">The ID of the material version that encrypted the blob.</param>
/// <remarks>Read from the blob without the key material, so a host can find the key and material before it decrypts.</remarks>
public readonly record struct CiphertextHeader(KeyId KeyId, KeyMaterialId KeyMaterialId);
