namespace KeyLifecycle;

/// <summary>The cryptographic operations a KMS key can be used for (<c>KeyMetadata.KeyUsage</c>).</summary>
/// <remarks>A key's usage is chosen when it is created and never changes.</remarks>
public enum KeyUsage
{
    /// <summary><c>ENCRYPT_DECRYPT</c>: encryption and decryption.</summary>
    EncryptDecrypt,

    /// <summary><c>SIGN_VERIFY</c>: signing and signature verification.</summary>
    SignVerify,

    /// <summary><c>GENERATE_VERIFY_MAC</c>: generating and verifying HMAC tags.</summary>
    GenerateVerifyMac,

    /// <summary><c>KEY_AGREEMENT</c>: deriving shared secrets.</summary>
    KeyAgreement,
}
