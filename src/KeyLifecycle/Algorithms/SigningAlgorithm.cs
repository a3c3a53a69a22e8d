namespace KeyLifecycle.Algorithms;

/// <summary>A signing algorithm (<c>SigningAlgorithmSpec</c>).</summary>
/// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html">Key spec reference</see>.</remarks>
public enum SigningAlgorithm
{
    /// <summary><c>RSASSA_PSS_SHA_256</c>.</summary>
    RsassaPssSha256,

    /// <summary><c>RSASSA_PSS_SHA_384</c>.</summary>
    RsassaPssSha384,

    /// <summary><c>RSASSA_PSS_SHA_512</c>.</summary>
    RsassaPssSha512,

    /// <summary><c>RSASSA_PKCS1_V1_5_SHA_256</c>.</summary>
    RsassaPkcs1V15Sha256,

    /// <summary><c>RSASSA_PKCS1_V1_5_SHA_384</c>.</summary>
    RsassaPkcs1V15Sha384,

    /// <summary><c>RSASSA_PKCS1_V1_5_SHA_512</c>.</summary>
    RsassaPkcs1V15Sha512,

    /// <summary><c>ECDSA_SHA_256</c>.</summary>
    EcdsaSha256,

    /// <summary><c>ECDSA_SHA_384</c>.</summary>
    EcdsaSha384,

    /// <summary><c>ECDSA_SHA_512</c>.</summary>
    EcdsaSha512,

    /// <summary><c>SM2DSA</c> (China Regions only).</summary>
    Sm2Dsa,

    /// <summary><c>ML_DSA_SHAKE_256</c>.</summary>
    MlDsaShake256,

    /// <summary><c>ED25519_SHA_512</c>.</summary>
    Ed25519Sha512,

    /// <summary><c>ED25519_PH_SHA_512</c>.</summary>
    Ed25519PhSha512,
}
