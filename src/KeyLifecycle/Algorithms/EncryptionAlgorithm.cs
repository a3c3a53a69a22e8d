namespace KeyLifecycle.Algorithms;

/// <summary>An encryption algorithm (<c>EncryptionAlgorithmSpec</c>).</summary>
/// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html">Key spec reference</see>.</remarks>
public enum EncryptionAlgorithm
{
    /// <summary><c>SYMMETRIC_DEFAULT</c>: AES-256-GCM with a symmetric encryption key.</summary>
    SymmetricDefault,

    /// <summary><c>RSAES_OAEP_SHA_1</c>: RSA-OAEP with SHA-1 and MGF1 with SHA-1.</summary>
    RsaesOaepSha1,

    /// <summary><c>RSAES_OAEP_SHA_256</c>: RSA-OAEP with SHA-256 and MGF1 with SHA-256.</summary>
    RsaesOaepSha256,

    /// <summary><c>SM2PKE</c>: SM2 public key encryption (China Regions only).</summary>
    Sm2Pke,
}
