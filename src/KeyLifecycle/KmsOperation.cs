namespace KeyLifecycle;

/// <summary>A KMS API operation that acts on an existing key, as named in the key-state table.</summary>
/// <remarks>
/// The members are the operations of the AWS key-state table and the newer operations
/// (<see cref="RotateKeyOnDemand"/>, <see cref="ListKeyRotations"/>, <see cref="DeriveSharedSecret"/>,
/// <see cref="GetKeyLastUsage"/>). Operations that act on no key (<c>CreateKey</c>, <c>ListKeys</c>,
/// <c>GenerateRandom</c>) are not members. Each member's wire name is its name (<see cref="KmsWireNames.ToWireName(KmsOperation)"/>).
/// Values are explicit and stable: a member AWS adds later takes the next unused value, whatever its name, so stored and
/// serialized values never renumber.
/// See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html">Key states of AWS KMS keys</see>.
/// </remarks>
public enum KmsOperation
{
    /// <summary><c>CancelKeyDeletion</c>: cancels a scheduled key deletion.</summary>
    CancelKeyDeletion = 0,

    /// <summary><c>CreateAlias</c>: creates an alias for a key.</summary>
    CreateAlias = 1,

    /// <summary><c>CreateGrant</c>: adds a grant to a key.</summary>
    CreateGrant = 2,

    /// <summary><c>Decrypt</c>: decrypts ciphertext.</summary>
    Decrypt = 3,

    /// <summary><c>DeleteAlias</c>: deletes an alias.</summary>
    DeleteAlias = 4,

    /// <summary><c>DeleteImportedKeyMaterial</c>: deletes a key's imported key material.</summary>
    DeleteImportedKeyMaterial = 5,

    /// <summary><c>DeriveSharedSecret</c>: derives a shared secret with a key agreement key.</summary>
    DeriveSharedSecret = 6,

    /// <summary><c>DescribeKey</c>: returns a key's metadata.</summary>
    DescribeKey = 7,

    /// <summary><c>DisableKey</c>: disables a key.</summary>
    DisableKey = 8,

    /// <summary><c>DisableKeyRotation</c>: turns off automatic rotation.</summary>
    DisableKeyRotation = 9,

    /// <summary><c>EnableKey</c>: enables a key.</summary>
    EnableKey = 10,

    /// <summary><c>EnableKeyRotation</c>: turns on automatic rotation.</summary>
    EnableKeyRotation = 11,

    /// <summary><c>Encrypt</c>: encrypts plaintext.</summary>
    Encrypt = 12,

    /// <summary><c>GenerateDataKey</c>: generates a data key.</summary>
    GenerateDataKey = 13,

    /// <summary><c>GenerateDataKeyPair</c>: generates an asymmetric data key pair.</summary>
    GenerateDataKeyPair = 14,

    /// <summary><c>GenerateDataKeyPairWithoutPlaintext</c>: generates an asymmetric data key pair without its plaintext private key.</summary>
    GenerateDataKeyPairWithoutPlaintext = 15,

    /// <summary><c>GenerateDataKeyWithoutPlaintext</c>: generates a data key without its plaintext.</summary>
    GenerateDataKeyWithoutPlaintext = 16,

    /// <summary><c>GenerateMac</c>: generates an HMAC tag.</summary>
    GenerateMac = 17,

    /// <summary><c>GetKeyLastUsage</c>: returns when a key was last used.</summary>
    GetKeyLastUsage = 18,

    /// <summary><c>GetKeyPolicy</c>: returns a key policy.</summary>
    GetKeyPolicy = 19,

    /// <summary><c>GetKeyRotationStatus</c>: returns a key's automatic rotation status.</summary>
    GetKeyRotationStatus = 20,

    /// <summary><c>GetParametersForImport</c>: returns the wrapping key and import token for importing key material.</summary>
    GetParametersForImport = 21,

    /// <summary><c>GetPublicKey</c>: returns the public key of an asymmetric key.</summary>
    GetPublicKey = 22,

    /// <summary><c>ImportKeyMaterial</c>: imports key material into a key with origin EXTERNAL.</summary>
    ImportKeyMaterial = 23,

    /// <summary><c>ListAliases</c>: lists aliases.</summary>
    ListAliases = 24,

    /// <summary><c>ListGrants</c>: lists a key's grants.</summary>
    ListGrants = 25,

    /// <summary><c>ListKeyPolicies</c>: lists a key's policy names.</summary>
    ListKeyPolicies = 26,

    /// <summary><c>ListKeyRotations</c>: lists a key's completed rotations.</summary>
    ListKeyRotations = 27,

    /// <summary><c>ListResourceTags</c>: lists a key's tags.</summary>
    ListResourceTags = 28,

    /// <summary><c>PutKeyPolicy</c>: replaces a key policy.</summary>
    PutKeyPolicy = 29,

    /// <summary><c>ReEncrypt</c>: decrypts and re-encrypts ciphertext; the key state rule applies to both the source and the destination key.</summary>
    ReEncrypt = 30,

    /// <summary><c>ReplicateKey</c>: creates a replica of a multi-Region primary key.</summary>
    ReplicateKey = 31,

    /// <summary><c>RetireGrant</c>: retires a grant.</summary>
    RetireGrant = 32,

    /// <summary><c>RevokeGrant</c>: revokes a grant.</summary>
    RevokeGrant = 33,

    /// <summary><c>RotateKeyOnDemand</c>: rotates a key's material immediately.</summary>
    RotateKeyOnDemand = 34,

    /// <summary><c>ScheduleKeyDeletion</c>: schedules a key for deletion.</summary>
    ScheduleKeyDeletion = 35,

    /// <summary><c>Sign</c>: creates a digital signature.</summary>
    Sign = 36,

    /// <summary><c>TagResource</c>: adds or replaces tags.</summary>
    TagResource = 37,

    /// <summary><c>UntagResource</c>: removes tags.</summary>
    UntagResource = 38,

    /// <summary><c>UpdateAlias</c>: points an alias at another key; the key state rule applies to the new target key.</summary>
    UpdateAlias = 39,

    /// <summary><c>UpdateKeyDescription</c>: replaces a key's description.</summary>
    UpdateKeyDescription = 40,

    /// <summary><c>UpdatePrimaryRegion</c>: changes the primary key of a set of multi-Region keys.</summary>
    UpdatePrimaryRegion = 41,

    /// <summary><c>Verify</c>: verifies a digital signature.</summary>
    Verify = 42,

    /// <summary><c>VerifyMac</c>: verifies an HMAC tag.</summary>
    VerifyMac = 43,
}
