namespace KeyLifecycle;

/// <summary>A KMS API operation that acts on an existing key, as named in the key-state table.</summary>
/// <remarks>
/// The members are the operations of the AWS key-state table and the newer operations
/// (<see cref="RotateKeyOnDemand"/>, <see cref="ListKeyRotations"/>, <see cref="DeriveSharedSecret"/>,
/// <see cref="GetKeyLastUsage"/>). Operations that act on no key (<c>CreateKey</c>, <c>ListKeys</c>,
/// <c>GenerateRandom</c>) are not members. Each member's wire name is its name (<see cref="KmsWireNames.ToWireName(KmsOperation)"/>).
/// See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html">Key states of AWS KMS keys</see>.
/// </remarks>
public enum KmsOperation
{
    /// <summary><c>CancelKeyDeletion</c>: cancels a scheduled key deletion.</summary>
    CancelKeyDeletion,

    /// <summary><c>CreateAlias</c>: creates an alias for a key.</summary>
    CreateAlias,

    /// <summary><c>CreateGrant</c>: adds a grant to a key.</summary>
    CreateGrant,

    /// <summary><c>Decrypt</c>: decrypts ciphertext.</summary>
    Decrypt,

    /// <summary><c>DeleteAlias</c>: deletes an alias.</summary>
    DeleteAlias,

    /// <summary><c>DeleteImportedKeyMaterial</c>: deletes a key's imported key material.</summary>
    DeleteImportedKeyMaterial,

    /// <summary><c>DeriveSharedSecret</c>: derives a shared secret with a key agreement key.</summary>
    DeriveSharedSecret,

    /// <summary><c>DescribeKey</c>: returns a key's metadata.</summary>
    DescribeKey,

    /// <summary><c>DisableKey</c>: disables a key.</summary>
    DisableKey,

    /// <summary><c>DisableKeyRotation</c>: turns off automatic rotation.</summary>
    DisableKeyRotation,

    /// <summary><c>EnableKey</c>: enables a key.</summary>
    EnableKey,

    /// <summary><c>EnableKeyRotation</c>: turns on automatic rotation.</summary>
    EnableKeyRotation,

    /// <summary><c>Encrypt</c>: encrypts plaintext.</summary>
    Encrypt,

    /// <summary><c>GenerateDataKey</c>: generates a data key.</summary>
    GenerateDataKey,

    /// <summary><c>GenerateDataKeyPair</c>: generates an asymmetric data key pair.</summary>
    GenerateDataKeyPair,

    /// <summary><c>GenerateDataKeyPairWithoutPlaintext</c>: generates an asymmetric data key pair without its plaintext private key.</summary>
    GenerateDataKeyPairWithoutPlaintext,

    /// <summary><c>GenerateDataKeyWithoutPlaintext</c>: generates a data key without its plaintext.</summary>
    GenerateDataKeyWithoutPlaintext,

    /// <summary><c>GenerateMac</c>: generates an HMAC tag.</summary>
    GenerateMac,

    /// <summary><c>GetKeyLastUsage</c>: returns when a key was last used.</summary>
    GetKeyLastUsage,

    /// <summary><c>GetKeyPolicy</c>: returns a key policy.</summary>
    GetKeyPolicy,

    /// <summary><c>GetKeyRotationStatus</c>: returns a key's automatic rotation status.</summary>
    GetKeyRotationStatus,

    /// <summary><c>GetParametersForImport</c>: returns the wrapping key and import token for importing key material.</summary>
    GetParametersForImport,

    /// <summary><c>GetPublicKey</c>: returns the public key of an asymmetric key.</summary>
    GetPublicKey,

    /// <summary><c>ImportKeyMaterial</c>: imports key material into a key with origin EXTERNAL.</summary>
    ImportKeyMaterial,

    /// <summary><c>ListAliases</c>: lists aliases.</summary>
    ListAliases,

    /// <summary><c>ListGrants</c>: lists a key's grants.</summary>
    ListGrants,

    /// <summary><c>ListKeyPolicies</c>: lists a key's policy names.</summary>
    ListKeyPolicies,

    /// <summary><c>ListKeyRotations</c>: lists a key's completed rotations.</summary>
    ListKeyRotations,

    /// <summary><c>ListResourceTags</c>: lists a key's tags.</summary>
    ListResourceTags,

    /// <summary><c>PutKeyPolicy</c>: replaces a key policy.</summary>
    PutKeyPolicy,

    /// <summary><c>ReEncrypt</c>: decrypts and re-encrypts ciphertext; the key state rule applies to both the source and the destination key.</summary>
    ReEncrypt,

    /// <summary><c>ReplicateKey</c>: creates a replica of a multi-Region primary key.</summary>
    ReplicateKey,

    /// <summary><c>RetireGrant</c>: retires a grant.</summary>
    RetireGrant,

    /// <summary><c>RevokeGrant</c>: revokes a grant.</summary>
    RevokeGrant,

    /// <summary><c>RotateKeyOnDemand</c>: rotates a key's material immediately.</summary>
    RotateKeyOnDemand,

    /// <summary><c>ScheduleKeyDeletion</c>: schedules a key for deletion.</summary>
    ScheduleKeyDeletion,

    /// <summary><c>Sign</c>: creates a digital signature.</summary>
    Sign,

    /// <summary><c>TagResource</c>: adds or replaces tags.</summary>
    TagResource,

    /// <summary><c>UntagResource</c>: removes tags.</summary>
    UntagResource,

    /// <summary><c>UpdateAlias</c>: points an alias at another key; the key state rule applies to the new target key.</summary>
    UpdateAlias,

    /// <summary><c>UpdateKeyDescription</c>: replaces a key's description.</summary>
    UpdateKeyDescription,

    /// <summary><c>UpdatePrimaryRegion</c>: changes the primary key of a set of multi-Region keys.</summary>
    UpdatePrimaryRegion,

    /// <summary><c>Verify</c>: verifies a digital signature.</summary>
    Verify,

    /// <summary><c>VerifyMac</c>: verifies an HMAC tag.</summary>
    VerifyMac,
}
