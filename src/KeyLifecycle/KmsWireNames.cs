using System;
using System.Diagnostics.CodeAnalysis;

namespace KeyLifecycle;

/// <summary>Converts the domain enumerations to and from their AWS wire spelling (<c>SYMMETRIC_DEFAULT</c>, <c>AWS_KMS</c>, ...).</summary>
/// <remarks>
/// Each enumeration has one table of (spelling, member) pairs in declaration order; both directions and the list of
/// spellings are derived from it, so a spelling is written once. No conversion reflects over the enumeration, so all
/// are trimming- and AOT-safe. Parsing is ordinal and case-sensitive, as the service is. An undefined enumeration value
/// (a cast integer) throws <see cref="ArgumentOutOfRangeException"/> from <c>ToWireName</c>: that is a programming
/// error, not input.
/// </remarks>
public static class KmsWireNames
{
    /// <summary>Returns the AWS wire spelling of the key state <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>Creating</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this KeyState value) => s_keyStates.NameOf(value);

    /// <summary>Reads the key state from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>Creating</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseKeyState([NotNullWhen(true)] string? wireName, out KeyState value) => s_keyStates.TryParse(wireName, out value);

    /// <summary>The wire spellings of every KeyState member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> KeyStateValues => s_keyStates.Names;

    /// <summary>Returns the AWS wire spelling of the key usage <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>ENCRYPT_DECRYPT</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this KeyUsage value) => s_keyUsages.NameOf(value);

    /// <summary>Reads the key usage from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>ENCRYPT_DECRYPT</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseKeyUsage([NotNullWhen(true)] string? wireName, out KeyUsage value) => s_keyUsages.TryParse(wireName, out value);

    /// <summary>The wire spellings of every KeyUsage member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> KeyUsageValues => s_keyUsages.Names;

    /// <summary>Returns the AWS wire spelling of the key spec <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>SYMMETRIC_DEFAULT</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this KeySpec value) => s_keySpecs.NameOf(value);

    /// <summary>Reads the key spec from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>SYMMETRIC_DEFAULT</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseKeySpec([NotNullWhen(true)] string? wireName, out KeySpec value) => s_keySpecs.TryParse(wireName, out value);

    /// <summary>The wire spellings of every KeySpec member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> KeySpecValues => s_keySpecs.Names;

    /// <summary>Returns the AWS wire spelling of the origin <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>AWS_KMS</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this KeyOrigin value) => s_keyOrigins.NameOf(value);

    /// <summary>Reads the origin from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>AWS_KMS</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseKeyOrigin([NotNullWhen(true)] string? wireName, out KeyOrigin value) => s_keyOrigins.TryParse(wireName, out value);

    /// <summary>The wire spellings of every KeyOrigin member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> KeyOriginValues => s_keyOrigins.Names;

    /// <summary>Returns the AWS wire spelling of the key manager <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>CUSTOMER</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this KeyManager value) => s_keyManagers.NameOf(value);

    /// <summary>Reads the key manager from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>CUSTOMER</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseKeyManager([NotNullWhen(true)] string? wireName, out KeyManager value) => s_keyManagers.TryParse(wireName, out value);

    /// <summary>The wire spellings of every KeyManager member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> KeyManagerValues => s_keyManagers.Names;

    /// <summary>Returns the AWS wire spelling of the expiration model <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>KEY_MATERIAL_EXPIRES</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this ExpirationModel value) => s_expirationModels.NameOf(value);

    /// <summary>Reads the expiration model from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>KEY_MATERIAL_EXPIRES</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseExpirationModel([NotNullWhen(true)] string? wireName, out ExpirationModel value) => s_expirationModels.TryParse(wireName, out value);

    /// <summary>The wire spellings of every ExpirationModel member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> ExpirationModelValues => s_expirationModels.Names;

    /// <summary>Returns the AWS wire spelling of the rotation type <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>ON_DEMAND</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this RotationType value) => s_rotationTypes.NameOf(value);

    /// <summary>Returns the AWS wire spelling of the multi-Region key type <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>PRIMARY</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this MultiRegionKeyType value) => s_multiRegionKeyTypes.NameOf(value);

    /// <summary>Reads the multi-Region key type from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>PRIMARY</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseMultiRegionKeyType([NotNullWhen(true)] string? wireName, out MultiRegionKeyType value) => s_multiRegionKeyTypes.TryParse(wireName, out value);

    /// <summary>The wire spellings of every MultiRegionKeyType member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> MultiRegionKeyTypeValues => s_multiRegionKeyTypes.Names;

    /// <summary>Returns the AWS wire spelling of the operation <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>CancelKeyDeletion</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this KmsOperation value) => s_kmsOperations.NameOf(value);

    /// <summary>Reads the operation from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>CancelKeyDeletion</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseKmsOperation([NotNullWhen(true)] string? wireName, out KmsOperation value) => s_kmsOperations.TryParse(wireName, out value);

    /// <summary>The wire spellings of every KmsOperation member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> KmsOperationValues => s_kmsOperations.Names;

    // Whether a value is a member, for the public entry points that refuse an undefined one (a cast integer).
    internal static bool IsDefined(this KeyState value) => s_keyStates.IsDefined(value);

    internal static bool IsDefined(this KeySpec value) => s_keySpecs.IsDefined(value);

    internal static bool IsDefined(this ExpirationModel value) => s_expirationModels.IsDefined(value);

    private static readonly WireNameTable<KeyState> s_keyStates = new(
    [
        ("Creating", KeyState.Creating),
        ("Enabled", KeyState.Enabled),
        ("Disabled", KeyState.Disabled),
        ("PendingDeletion", KeyState.PendingDeletion),
        ("PendingImport", KeyState.PendingImport),
        ("PendingReplicaDeletion", KeyState.PendingReplicaDeletion),
        ("Unavailable", KeyState.Unavailable),
        ("Updating", KeyState.Updating),
    ]);

    private static readonly WireNameTable<KeyUsage> s_keyUsages = new(
    [
        ("ENCRYPT_DECRYPT", KeyUsage.EncryptDecrypt),
        ("SIGN_VERIFY", KeyUsage.SignVerify),
        ("GENERATE_VERIFY_MAC", KeyUsage.GenerateVerifyMac),
        ("KEY_AGREEMENT", KeyUsage.KeyAgreement),
    ]);

    private static readonly WireNameTable<KeySpec> s_keySpecs = new(
    [
        ("SYMMETRIC_DEFAULT", KeySpec.SymmetricDefault),
        ("RSA_2048", KeySpec.Rsa2048),
        ("RSA_3072", KeySpec.Rsa3072),
        ("RSA_4096", KeySpec.Rsa4096),
        ("ECC_NIST_P256", KeySpec.EccNistP256),
        ("ECC_NIST_P384", KeySpec.EccNistP384),
        ("ECC_NIST_P521", KeySpec.EccNistP521),
        ("ECC_SECG_P256K1", KeySpec.EccSecgP256K1),
        ("ECC_NIST_EDWARDS25519", KeySpec.EccNistEdwards25519),
        ("HMAC_224", KeySpec.Hmac224),
        ("HMAC_256", KeySpec.Hmac256),
        ("HMAC_384", KeySpec.Hmac384),
        ("HMAC_512", KeySpec.Hmac512),
        ("SM2", KeySpec.Sm2),
        ("ML_DSA_44", KeySpec.MlDsa44),
        ("ML_DSA_65", KeySpec.MlDsa65),
        ("ML_DSA_87", KeySpec.MlDsa87),
    ]);

    private static readonly WireNameTable<KeyOrigin> s_keyOrigins = new(
    [
        ("AWS_KMS", KeyOrigin.AwsKms),
        ("EXTERNAL", KeyOrigin.External),
        ("AWS_CLOUDHSM", KeyOrigin.AwsCloudHsm),
        ("EXTERNAL_KEY_STORE", KeyOrigin.ExternalKeyStore),
    ]);

    private static readonly WireNameTable<KeyManager> s_keyManagers = new(
    [
        ("CUSTOMER", KeyManager.Customer),
        ("AWS", KeyManager.Aws),
    ]);

    private static readonly WireNameTable<ExpirationModel> s_expirationModels = new(
    [
        ("KEY_MATERIAL_EXPIRES", ExpirationModel.KeyMaterialExpires),
        ("KEY_MATERIAL_DOES_NOT_EXPIRE", ExpirationModel.KeyMaterialDoesNotExpire),
    ]);

    private static readonly WireNameTable<RotationType> s_rotationTypes = new(
    [
        ("AUTOMATIC", RotationType.Automatic),
        ("ON_DEMAND", RotationType.OnDemand),
    ]);

    private static readonly WireNameTable<MultiRegionKeyType> s_multiRegionKeyTypes = new(
    [
        ("PRIMARY", MultiRegionKeyType.Primary),
        ("REPLICA", MultiRegionKeyType.Replica),
    ]);

    private static readonly WireNameTable<KmsOperation> s_kmsOperations = new(
    [
        ("CancelKeyDeletion", KmsOperation.CancelKeyDeletion),
        ("CreateAlias", KmsOperation.CreateAlias),
        ("CreateGrant", KmsOperation.CreateGrant),
        ("Decrypt", KmsOperation.Decrypt),
        ("DeleteAlias", KmsOperation.DeleteAlias),
        ("DeleteImportedKeyMaterial", KmsOperation.DeleteImportedKeyMaterial),
        ("DeriveSharedSecret", KmsOperation.DeriveSharedSecret),
        ("DescribeKey", KmsOperation.DescribeKey),
        ("DisableKey", KmsOperation.DisableKey),
        ("DisableKeyRotation", KmsOperation.DisableKeyRotation),
        ("EnableKey", KmsOperation.EnableKey),
        ("EnableKeyRotation", KmsOperation.EnableKeyRotation),
        ("Encrypt", KmsOperation.Encrypt),
        ("GenerateDataKey", KmsOperation.GenerateDataKey),
        ("GenerateDataKeyPair", KmsOperation.GenerateDataKeyPair),
        ("GenerateDataKeyPairWithoutPlaintext", KmsOperation.GenerateDataKeyPairWithoutPlaintext),
        ("GenerateDataKeyWithoutPlaintext", KmsOperation.GenerateDataKeyWithoutPlaintext),
        ("GenerateMac", KmsOperation.GenerateMac),
        ("GetKeyLastUsage", KmsOperation.GetKeyLastUsage),
        ("GetKeyPolicy", KmsOperation.GetKeyPolicy),
        ("GetKeyRotationStatus", KmsOperation.GetKeyRotationStatus),
        ("GetParametersForImport", KmsOperation.GetParametersForImport),
        ("GetPublicKey", KmsOperation.GetPublicKey),
        ("ImportKeyMaterial", KmsOperation.ImportKeyMaterial),
        ("ListAliases", KmsOperation.ListAliases),
        ("ListGrants", KmsOperation.ListGrants),
        ("ListKeyPolicies", KmsOperation.ListKeyPolicies),
        ("ListKeyRotations", KmsOperation.ListKeyRotations),
        ("ListResourceTags", KmsOperation.ListResourceTags),
        ("PutKeyPolicy", KmsOperation.PutKeyPolicy),
        ("ReEncrypt", KmsOperation.ReEncrypt),
        ("ReplicateKey", KmsOperation.ReplicateKey),
        ("RetireGrant", KmsOperation.RetireGrant),
        ("RevokeGrant", KmsOperation.RevokeGrant),
        ("RotateKeyOnDemand", KmsOperation.RotateKeyOnDemand),
        ("ScheduleKeyDeletion", KmsOperation.ScheduleKeyDeletion),
        ("Sign", KmsOperation.Sign),
        ("TagResource", KmsOperation.TagResource),
        ("UntagResource", KmsOperation.UntagResource),
        ("UpdateAlias", KmsOperation.UpdateAlias),
        ("UpdateKeyDescription", KmsOperation.UpdateKeyDescription),
        ("UpdatePrimaryRegion", KmsOperation.UpdatePrimaryRegion),
        ("Verify", KmsOperation.Verify),
        ("VerifyMac", KmsOperation.VerifyMac),
    ]);
}
