using System;
using System.Diagnostics.CodeAnalysis;

namespace KeyLifecycle;

/// <summary>Converts the domain enumerations to and from their AWS wire spelling (<c>SYMMETRIC_DEFAULT</c>, <c>AWS_KMS</c>, ...).</summary>
/// <remarks>
/// Every conversion is a <see langword="switch"/>, so it is trimming- and AOT-safe and never reflects over the enumeration.
/// Parsing is ordinal and case-sensitive, as the service is. An undefined enumeration value (a cast integer) throws
/// <see cref="ArgumentOutOfRangeException"/> from <c>ToWireName</c>: that is a programming error, not input.
/// </remarks>
public static class KmsWireNames
{
    /// <summary>Returns the AWS wire spelling of the key state <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>Creating</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this KeyState value) => value switch
    {
        KeyState.Creating => "Creating",
        KeyState.Enabled => "Enabled",
        KeyState.Disabled => "Disabled",
        KeyState.PendingDeletion => "PendingDeletion",
        KeyState.PendingImport => "PendingImport",
        KeyState.PendingReplicaDeletion => "PendingReplicaDeletion",
        KeyState.Unavailable => "Unavailable",
        KeyState.Updating => "Updating",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined KeyState value."),
    };

    /// <summary>Reads the key state from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>Creating</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseKeyState([NotNullWhen(true)] string? wireName, out KeyState value)
    {
        switch (wireName)
        {
            case "Creating":
                value = KeyState.Creating;
                return true;
            case "Enabled":
                value = KeyState.Enabled;
                return true;
            case "Disabled":
                value = KeyState.Disabled;
                return true;
            case "PendingDeletion":
                value = KeyState.PendingDeletion;
                return true;
            case "PendingImport":
                value = KeyState.PendingImport;
                return true;
            case "PendingReplicaDeletion":
                value = KeyState.PendingReplicaDeletion;
                return true;
            case "Unavailable":
                value = KeyState.Unavailable;
                return true;
            case "Updating":
                value = KeyState.Updating;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>The wire spellings of every KeyState member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> KeyStateValues => s_keyStateValues;

    /// <summary>Returns the AWS wire spelling of the key usage <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>ENCRYPT_DECRYPT</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this KeyUsage value) => value switch
    {
        KeyUsage.EncryptDecrypt => "ENCRYPT_DECRYPT",
        KeyUsage.SignVerify => "SIGN_VERIFY",
        KeyUsage.GenerateVerifyMac => "GENERATE_VERIFY_MAC",
        KeyUsage.KeyAgreement => "KEY_AGREEMENT",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined KeyUsage value."),
    };

    /// <summary>Reads the key usage from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>ENCRYPT_DECRYPT</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseKeyUsage([NotNullWhen(true)] string? wireName, out KeyUsage value)
    {
        switch (wireName)
        {
            case "ENCRYPT_DECRYPT":
                value = KeyUsage.EncryptDecrypt;
                return true;
            case "SIGN_VERIFY":
                value = KeyUsage.SignVerify;
                return true;
            case "GENERATE_VERIFY_MAC":
                value = KeyUsage.GenerateVerifyMac;
                return true;
            case "KEY_AGREEMENT":
                value = KeyUsage.KeyAgreement;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>The wire spellings of every KeyUsage member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> KeyUsageValues => s_keyUsageValues;

    /// <summary>Returns the AWS wire spelling of the key spec <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>SYMMETRIC_DEFAULT</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this KeySpec value) => value switch
    {
        KeySpec.SymmetricDefault => "SYMMETRIC_DEFAULT",
        KeySpec.Rsa2048 => "RSA_2048",
        KeySpec.Rsa3072 => "RSA_3072",
        KeySpec.Rsa4096 => "RSA_4096",
        KeySpec.EccNistP256 => "ECC_NIST_P256",
        KeySpec.EccNistP384 => "ECC_NIST_P384",
        KeySpec.EccNistP521 => "ECC_NIST_P521",
        KeySpec.EccSecgP256K1 => "ECC_SECG_P256K1",
        KeySpec.EccNistEdwards25519 => "ECC_NIST_EDWARDS25519",
        KeySpec.Hmac224 => "HMAC_224",
        KeySpec.Hmac256 => "HMAC_256",
        KeySpec.Hmac384 => "HMAC_384",
        KeySpec.Hmac512 => "HMAC_512",
        KeySpec.Sm2 => "SM2",
        KeySpec.MlDsa44 => "ML_DSA_44",
        KeySpec.MlDsa65 => "ML_DSA_65",
        KeySpec.MlDsa87 => "ML_DSA_87",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined KeySpec value."),
    };

    /// <summary>Reads the key spec from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>SYMMETRIC_DEFAULT</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseKeySpec([NotNullWhen(true)] string? wireName, out KeySpec value)
    {
        switch (wireName)
        {
            case "SYMMETRIC_DEFAULT":
                value = KeySpec.SymmetricDefault;
                return true;
            case "RSA_2048":
                value = KeySpec.Rsa2048;
                return true;
            case "RSA_3072":
                value = KeySpec.Rsa3072;
                return true;
            case "RSA_4096":
                value = KeySpec.Rsa4096;
                return true;
            case "ECC_NIST_P256":
                value = KeySpec.EccNistP256;
                return true;
            case "ECC_NIST_P384":
                value = KeySpec.EccNistP384;
                return true;
            case "ECC_NIST_P521":
                value = KeySpec.EccNistP521;
                return true;
            case "ECC_SECG_P256K1":
                value = KeySpec.EccSecgP256K1;
                return true;
            case "ECC_NIST_EDWARDS25519":
                value = KeySpec.EccNistEdwards25519;
                return true;
            case "HMAC_224":
                value = KeySpec.Hmac224;
                return true;
            case "HMAC_256":
                value = KeySpec.Hmac256;
                return true;
            case "HMAC_384":
                value = KeySpec.Hmac384;
                return true;
            case "HMAC_512":
                value = KeySpec.Hmac512;
                return true;
            case "SM2":
                value = KeySpec.Sm2;
                return true;
            case "ML_DSA_44":
                value = KeySpec.MlDsa44;
                return true;
            case "ML_DSA_65":
                value = KeySpec.MlDsa65;
                return true;
            case "ML_DSA_87":
                value = KeySpec.MlDsa87;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>The wire spellings of every KeySpec member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> KeySpecValues => s_keySpecValues;

    /// <summary>Returns the AWS wire spelling of the origin <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>AWS_KMS</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this KeyOrigin value) => value switch
    {
        KeyOrigin.AwsKms => "AWS_KMS",
        KeyOrigin.External => "EXTERNAL",
        KeyOrigin.AwsCloudHsm => "AWS_CLOUDHSM",
        KeyOrigin.ExternalKeyStore => "EXTERNAL_KEY_STORE",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined KeyOrigin value."),
    };

    /// <summary>Reads the origin from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>AWS_KMS</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseKeyOrigin([NotNullWhen(true)] string? wireName, out KeyOrigin value)
    {
        switch (wireName)
        {
            case "AWS_KMS":
                value = KeyOrigin.AwsKms;
                return true;
            case "EXTERNAL":
                value = KeyOrigin.External;
                return true;
            case "AWS_CLOUDHSM":
                value = KeyOrigin.AwsCloudHsm;
                return true;
            case "EXTERNAL_KEY_STORE":
                value = KeyOrigin.ExternalKeyStore;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>The wire spellings of every KeyOrigin member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> KeyOriginValues => s_keyOriginValues;

    /// <summary>Returns the AWS wire spelling of the key manager <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>CUSTOMER</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this KeyManager value) => value switch
    {
        KeyManager.Customer => "CUSTOMER",
        KeyManager.Aws => "AWS",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined KeyManager value."),
    };

    /// <summary>Reads the key manager from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>CUSTOMER</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseKeyManager([NotNullWhen(true)] string? wireName, out KeyManager value)
    {
        switch (wireName)
        {
            case "CUSTOMER":
                value = KeyManager.Customer;
                return true;
            case "AWS":
                value = KeyManager.Aws;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>The wire spellings of every KeyManager member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> KeyManagerValues => s_keyManagerValues;

    /// <summary>Returns the AWS wire spelling of the expiration model <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>KEY_MATERIAL_EXPIRES</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this ExpirationModel value) => value switch
    {
        ExpirationModel.KeyMaterialExpires => "KEY_MATERIAL_EXPIRES",
        ExpirationModel.KeyMaterialDoesNotExpire => "KEY_MATERIAL_DOES_NOT_EXPIRE",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined ExpirationModel value."),
    };

    /// <summary>Reads the expiration model from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>KEY_MATERIAL_EXPIRES</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseExpirationModel([NotNullWhen(true)] string? wireName, out ExpirationModel value)
    {
        switch (wireName)
        {
            case "KEY_MATERIAL_EXPIRES":
                value = ExpirationModel.KeyMaterialExpires;
                return true;
            case "KEY_MATERIAL_DOES_NOT_EXPIRE":
                value = ExpirationModel.KeyMaterialDoesNotExpire;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>The wire spellings of every ExpirationModel member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> ExpirationModelValues => s_expirationModelValues;

    /// <summary>Returns the AWS wire spelling of the multi-Region key type <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>PRIMARY</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this MultiRegionKeyType value) => value switch
    {
        MultiRegionKeyType.Primary => "PRIMARY",
        MultiRegionKeyType.Replica => "REPLICA",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined MultiRegionKeyType value."),
    };

    /// <summary>Reads the multi-Region key type from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>PRIMARY</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseMultiRegionKeyType([NotNullWhen(true)] string? wireName, out MultiRegionKeyType value)
    {
        switch (wireName)
        {
            case "PRIMARY":
                value = MultiRegionKeyType.Primary;
                return true;
            case "REPLICA":
                value = MultiRegionKeyType.Replica;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>The wire spellings of every MultiRegionKeyType member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> MultiRegionKeyTypeValues => s_multiRegionKeyTypeValues;

    /// <summary>Returns the AWS wire spelling of the operation <paramref name="value"/>.</summary>
    /// <param name="value">The value to spell.</param>
    /// <returns>The spelling the KMS API uses, such as <c>CancelKeyDeletion</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(this KmsOperation value) => value switch
    {
        KmsOperation.CancelKeyDeletion => "CancelKeyDeletion",
        KmsOperation.CreateAlias => "CreateAlias",
        KmsOperation.CreateGrant => "CreateGrant",
        KmsOperation.Decrypt => "Decrypt",
        KmsOperation.DeleteAlias => "DeleteAlias",
        KmsOperation.DeleteImportedKeyMaterial => "DeleteImportedKeyMaterial",
        KmsOperation.DeriveSharedSecret => "DeriveSharedSecret",
        KmsOperation.DescribeKey => "DescribeKey",
        KmsOperation.DisableKey => "DisableKey",
        KmsOperation.DisableKeyRotation => "DisableKeyRotation",
        KmsOperation.EnableKey => "EnableKey",
        KmsOperation.EnableKeyRotation => "EnableKeyRotation",
        KmsOperation.Encrypt => "Encrypt",
        KmsOperation.GenerateDataKey => "GenerateDataKey",
        KmsOperation.GenerateDataKeyPair => "GenerateDataKeyPair",
        KmsOperation.GenerateDataKeyPairWithoutPlaintext => "GenerateDataKeyPairWithoutPlaintext",
        KmsOperation.GenerateDataKeyWithoutPlaintext => "GenerateDataKeyWithoutPlaintext",
        KmsOperation.GenerateMac => "GenerateMac",
        KmsOperation.GetKeyLastUsage => "GetKeyLastUsage",
        KmsOperation.GetKeyPolicy => "GetKeyPolicy",
        KmsOperation.GetKeyRotationStatus => "GetKeyRotationStatus",
        KmsOperation.GetParametersForImport => "GetParametersForImport",
        KmsOperation.GetPublicKey => "GetPublicKey",
        KmsOperation.ImportKeyMaterial => "ImportKeyMaterial",
        KmsOperation.ListAliases => "ListAliases",
        KmsOperation.ListGrants => "ListGrants",
        KmsOperation.ListKeyPolicies => "ListKeyPolicies",
        KmsOperation.ListKeyRotations => "ListKeyRotations",
        KmsOperation.ListResourceTags => "ListResourceTags",
        KmsOperation.PutKeyPolicy => "PutKeyPolicy",
        KmsOperation.ReEncrypt => "ReEncrypt",
        KmsOperation.ReplicateKey => "ReplicateKey",
        KmsOperation.RetireGrant => "RetireGrant",
        KmsOperation.RevokeGrant => "RevokeGrant",
        KmsOperation.RotateKeyOnDemand => "RotateKeyOnDemand",
        KmsOperation.ScheduleKeyDeletion => "ScheduleKeyDeletion",
        KmsOperation.Sign => "Sign",
        KmsOperation.TagResource => "TagResource",
        KmsOperation.UntagResource => "UntagResource",
        KmsOperation.UpdateAlias => "UpdateAlias",
        KmsOperation.UpdateKeyDescription => "UpdateKeyDescription",
        KmsOperation.UpdatePrimaryRegion => "UpdatePrimaryRegion",
        KmsOperation.Verify => "Verify",
        KmsOperation.VerifyMac => "VerifyMac",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined KmsOperation value."),
    };

    /// <summary>Reads the operation from its AWS wire spelling.</summary>
    /// <param name="wireName">The spelling from a request, such as <c>CancelKeyDeletion</c>.</param>
    /// <param name="value">The member, when the spelling is known; otherwise the default.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is a spelling the KMS API defines.</returns>
    public static bool TryParseKmsOperation([NotNullWhen(true)] string? wireName, out KmsOperation value)
    {
        switch (wireName)
        {
            case "CancelKeyDeletion":
                value = KmsOperation.CancelKeyDeletion;
                return true;
            case "CreateAlias":
                value = KmsOperation.CreateAlias;
                return true;
            case "CreateGrant":
                value = KmsOperation.CreateGrant;
                return true;
            case "Decrypt":
                value = KmsOperation.Decrypt;
                return true;
            case "DeleteAlias":
                value = KmsOperation.DeleteAlias;
                return true;
            case "DeleteImportedKeyMaterial":
                value = KmsOperation.DeleteImportedKeyMaterial;
                return true;
            case "DeriveSharedSecret":
                value = KmsOperation.DeriveSharedSecret;
                return true;
            case "DescribeKey":
                value = KmsOperation.DescribeKey;
                return true;
            case "DisableKey":
                value = KmsOperation.DisableKey;
                return true;
            case "DisableKeyRotation":
                value = KmsOperation.DisableKeyRotation;
                return true;
            case "EnableKey":
                value = KmsOperation.EnableKey;
                return true;
            case "EnableKeyRotation":
                value = KmsOperation.EnableKeyRotation;
                return true;
            case "Encrypt":
                value = KmsOperation.Encrypt;
                return true;
            case "GenerateDataKey":
                value = KmsOperation.GenerateDataKey;
                return true;
            case "GenerateDataKeyPair":
                value = KmsOperation.GenerateDataKeyPair;
                return true;
            case "GenerateDataKeyPairWithoutPlaintext":
                value = KmsOperation.GenerateDataKeyPairWithoutPlaintext;
                return true;
            case "GenerateDataKeyWithoutPlaintext":
                value = KmsOperation.GenerateDataKeyWithoutPlaintext;
                return true;
            case "GenerateMac":
                value = KmsOperation.GenerateMac;
                return true;
            case "GetKeyLastUsage":
                value = KmsOperation.GetKeyLastUsage;
                return true;
            case "GetKeyPolicy":
                value = KmsOperation.GetKeyPolicy;
                return true;
            case "GetKeyRotationStatus":
                value = KmsOperation.GetKeyRotationStatus;
                return true;
            case "GetParametersForImport":
                value = KmsOperation.GetParametersForImport;
                return true;
            case "GetPublicKey":
                value = KmsOperation.GetPublicKey;
                return true;
            case "ImportKeyMaterial":
                value = KmsOperation.ImportKeyMaterial;
                return true;
            case "ListAliases":
                value = KmsOperation.ListAliases;
                return true;
            case "ListGrants":
                value = KmsOperation.ListGrants;
                return true;
            case "ListKeyPolicies":
                value = KmsOperation.ListKeyPolicies;
                return true;
            case "ListKeyRotations":
                value = KmsOperation.ListKeyRotations;
                return true;
            case "ListResourceTags":
                value = KmsOperation.ListResourceTags;
                return true;
            case "PutKeyPolicy":
                value = KmsOperation.PutKeyPolicy;
                return true;
            case "ReEncrypt":
                value = KmsOperation.ReEncrypt;
                return true;
            case "ReplicateKey":
                value = KmsOperation.ReplicateKey;
                return true;
            case "RetireGrant":
                value = KmsOperation.RetireGrant;
                return true;
            case "RevokeGrant":
                value = KmsOperation.RevokeGrant;
                return true;
            case "RotateKeyOnDemand":
                value = KmsOperation.RotateKeyOnDemand;
                return true;
            case "ScheduleKeyDeletion":
                value = KmsOperation.ScheduleKeyDeletion;
                return true;
            case "Sign":
                value = KmsOperation.Sign;
                return true;
            case "TagResource":
                value = KmsOperation.TagResource;
                return true;
            case "UntagResource":
                value = KmsOperation.UntagResource;
                return true;
            case "UpdateAlias":
                value = KmsOperation.UpdateAlias;
                return true;
            case "UpdateKeyDescription":
                value = KmsOperation.UpdateKeyDescription;
                return true;
            case "UpdatePrimaryRegion":
                value = KmsOperation.UpdatePrimaryRegion;
                return true;
            case "Verify":
                value = KmsOperation.Verify;
                return true;
            case "VerifyMac":
                value = KmsOperation.VerifyMac;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>The wire spellings of every KmsOperation member, in declaration order (for validation messages such as <c>Member must satisfy enum value set</c>).</summary>
    public static ReadOnlySpan<string> KmsOperationValues => s_kmsOperationValues;

    private static readonly string[] s_keyStateValues = ["Creating", "Enabled", "Disabled", "PendingDeletion", "PendingImport", "PendingReplicaDeletion", "Unavailable", "Updating"];
    private static readonly string[] s_keyUsageValues = ["ENCRYPT_DECRYPT", "SIGN_VERIFY", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT"];
    private static readonly string[] s_keySpecValues = ["SYMMETRIC_DEFAULT", "RSA_2048", "RSA_3072", "RSA_4096", "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1", "ECC_NIST_EDWARDS25519", "HMAC_224", "HMAC_256", "HMAC_384", "HMAC_512", "SM2", "ML_DSA_44", "ML_DSA_65", "ML_DSA_87"];
    private static readonly string[] s_keyOriginValues = ["AWS_KMS", "EXTERNAL", "AWS_CLOUDHSM", "EXTERNAL_KEY_STORE"];
    private static readonly string[] s_keyManagerValues = ["CUSTOMER", "AWS"];
    private static readonly string[] s_expirationModelValues = ["KEY_MATERIAL_EXPIRES", "KEY_MATERIAL_DOES_NOT_EXPIRE"];
    private static readonly string[] s_multiRegionKeyTypeValues = ["PRIMARY", "REPLICA"];
    private static readonly string[] s_kmsOperationValues = ["CancelKeyDeletion", "CreateAlias", "CreateGrant", "Decrypt", "DeleteAlias", "DeleteImportedKeyMaterial", "DeriveSharedSecret", "DescribeKey", "DisableKey", "DisableKeyRotation", "EnableKey", "EnableKeyRotation", "Encrypt", "GenerateDataKey", "GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext", "GenerateDataKeyWithoutPlaintext", "GenerateMac", "GetKeyLastUsage", "GetKeyPolicy", "GetKeyRotationStatus", "GetParametersForImport", "GetPublicKey", "ImportKeyMaterial", "ListAliases", "ListGrants", "ListKeyPolicies", "ListKeyRotations", "ListResourceTags", "PutKeyPolicy", "ReEncrypt", "ReplicateKey", "RetireGrant", "RevokeGrant", "RotateKeyOnDemand", "ScheduleKeyDeletion", "Sign", "TagResource", "UntagResource", "UpdateAlias", "UpdateKeyDescription", "UpdatePrimaryRegion", "Verify", "VerifyMac"];
}
