namespace KeyLifecycle.Grants;

/// <summary>An operation a grant can allow, as the KMS API's <c>GrantOperation</c> enumeration names it.</summary>
/// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#terms-grant-operations">Grant operations</see>; the wire spelling is the member's name.</remarks>
public enum GrantOperation
{
    /// <summary><c>Decrypt</c>.</summary>
    Decrypt,

    /// <summary><c>Encrypt</c>.</summary>
    Encrypt,

    /// <summary><c>GenerateDataKey</c>.</summary>
    GenerateDataKey,

    /// <summary><c>GenerateDataKeyWithoutPlaintext</c>.</summary>
    GenerateDataKeyWithoutPlaintext,

    /// <summary><c>ReEncryptFrom</c>.</summary>
    ReEncryptFrom,

    /// <summary><c>ReEncryptTo</c>.</summary>
    ReEncryptTo,

    /// <summary><c>Sign</c>.</summary>
    Sign,

    /// <summary><c>Verify</c>.</summary>
    Verify,

    /// <summary><c>GetPublicKey</c>.</summary>
    GetPublicKey,

    /// <summary><c>CreateGrant</c>.</summary>
    CreateGrant,

    /// <summary><c>RetireGrant</c>.</summary>
    RetireGrant,

    /// <summary><c>DescribeKey</c>.</summary>
    DescribeKey,

    /// <summary><c>GenerateDataKeyPair</c>.</summary>
    GenerateDataKeyPair,

    /// <summary><c>GenerateDataKeyPairWithoutPlaintext</c>.</summary>
    GenerateDataKeyPairWithoutPlaintext,

    /// <summary><c>GenerateMac</c>.</summary>
    GenerateMac,

    /// <summary><c>VerifyMac</c>.</summary>
    VerifyMac,

    /// <summary><c>DeriveSharedSecret</c>.</summary>
    DeriveSharedSecret,
}
