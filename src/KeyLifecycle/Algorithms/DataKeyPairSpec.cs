namespace KeyLifecycle.Algorithms;

/// <summary>The type of data key pair <c>GenerateDataKeyPair</c> returns (<c>DataKeyPairSpec</c>).</summary>
public enum DataKeyPairSpec
{
    /// <summary><c>RSA_2048</c>.</summary>
    Rsa2048,

    /// <summary><c>RSA_3072</c>.</summary>
    Rsa3072,

    /// <summary><c>RSA_4096</c>.</summary>
    Rsa4096,

    /// <summary><c>ECC_NIST_P256</c>.</summary>
    EccNistP256,

    /// <summary><c>ECC_NIST_P384</c>.</summary>
    EccNistP384,

    /// <summary><c>ECC_NIST_P521</c>.</summary>
    EccNistP521,

    /// <summary><c>ECC_SECG_P256K1</c>.</summary>
    EccSecgP256K1,

    /// <summary><c>SM2</c> (China Regions only).</summary>
    Sm2,

    /// <summary><c>ECC_NIST_EDWARDS25519</c>.</summary>
    EccNistEdwards25519,
}
