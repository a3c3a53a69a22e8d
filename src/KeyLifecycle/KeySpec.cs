namespace KeyLifecycle;

/// <summary>The type of key material in a KMS key (<c>KeyMetadata.KeySpec</c>).</summary>
/// <remarks>
/// The spec decides which <see cref="KeyUsage"/> values a key may have and which algorithms it supports.
/// See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html">Choosing a KMS key type</see>.
/// </remarks>
public enum KeySpec
{
    /// <summary><c>SYMMETRIC_DEFAULT</c>: a 256-bit AES-GCM key.</summary>
    SymmetricDefault,

    /// <summary><c>RSA_2048</c>.</summary>
    Rsa2048,

    /// <summary><c>RSA_3072</c>.</summary>
    Rsa3072,

    /// <summary><c>RSA_4096</c>.</summary>
    Rsa4096,

    /// <summary><c>ECC_NIST_P256</c> (secp256r1).</summary>
    EccNistP256,

    /// <summary><c>ECC_NIST_P384</c> (secp384r1).</summary>
    EccNistP384,

    /// <summary><c>ECC_NIST_P521</c> (secp521r1).</summary>
    EccNistP521,

    /// <summary><c>ECC_SECG_P256K1</c> (secp256k1).</summary>
    EccSecgP256K1,

    /// <summary><c>ECC_NIST_EDWARDS25519</c> (Ed25519).</summary>
    EccNistEdwards25519,

    /// <summary><c>HMAC_224</c>.</summary>
    Hmac224,

    /// <summary><c>HMAC_256</c>.</summary>
    Hmac256,

    /// <summary><c>HMAC_384</c>.</summary>
    Hmac384,

    /// <summary><c>HMAC_512</c>.</summary>
    Hmac512,

    /// <summary><c>SM2</c> (China Regions only).</summary>
    Sm2,

    /// <summary><c>ML_DSA_44</c>.</summary>
    MlDsa44,

    /// <summary><c>ML_DSA_65</c>.</summary>
    MlDsa65,

    /// <summary><c>ML_DSA_87</c>.</summary>
    MlDsa87,
}
