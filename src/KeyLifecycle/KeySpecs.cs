using System.Collections.Generic;

namespace KeyLifecycle;

/// <summary>What each <see cref="KeySpec"/> allows: the key usages it can be created with and the algorithms <c>DescribeKey</c> lists for it.</summary>
/// <remarks>
/// Algorithms are given in their wire spelling, in the order the service lists them. See
/// <see href="https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html">Choosing a KMS key type</see>.
/// </remarks>
public static class KeySpecs
{
    private static readonly string[] s_none = [];
    private static readonly string[] s_symmetric = ["SYMMETRIC_DEFAULT"];
    private static readonly string[] s_rsaEncryption = ["RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256"];
    private static readonly string[] s_rsaSigning =
        ["RSASSA_PKCS1_V1_5_SHA_256", "RSASSA_PKCS1_V1_5_SHA_384", "RSASSA_PKCS1_V1_5_SHA_512", "RSASSA_PSS_SHA_256", "RSASSA_PSS_SHA_384", "RSASSA_PSS_SHA_512"];
    private static readonly string[] s_ecdsa256 = ["ECDSA_SHA_256"];
    private static readonly string[] s_ecdsa384 = ["ECDSA_SHA_384"];
    private static readonly string[] s_ecdsa512 = ["ECDSA_SHA_512"];
    private static readonly string[] s_ed25519 = ["ED25519_SHA_512", "ED25519_PH_SHA_512"];
    private static readonly string[] s_mlDsa = ["ML_DSA_SHAKE_256"];
    private static readonly string[] s_sm2Encryption = ["SM2PKE"];
    private static readonly string[] s_sm2Signing = ["SM2DSA"];
    private static readonly string[] s_ecdh = ["ECDH"];
    private static readonly string[] s_hmac224 = ["HMAC_SHA_224"];
    private static readonly string[] s_hmac256 = ["HMAC_SHA_256"];
    private static readonly string[] s_hmac384 = ["HMAC_SHA_384"];
    private static readonly string[] s_hmac512 = ["HMAC_SHA_512"];

    /// <summary>Whether a key of <paramref name="spec"/> can be created with <paramref name="usage"/>.</summary>
    /// <param name="spec">The key spec.</param>
    /// <param name="usage">The key usage.</param>
    /// <returns><see langword="true"/> when the service accepts the combination.</returns>
    public static bool Allows(KeySpec spec, KeyUsage usage) => spec.IsDefined() && spec switch
    {
        KeySpec.SymmetricDefault => usage == KeyUsage.EncryptDecrypt,
        KeySpec.Rsa2048 or KeySpec.Rsa3072 or KeySpec.Rsa4096 => usage is KeyUsage.EncryptDecrypt or KeyUsage.SignVerify,
        KeySpec.EccNistP256 or KeySpec.EccNistP384 or KeySpec.EccNistP521 => usage is KeyUsage.SignVerify or KeyUsage.KeyAgreement,
        KeySpec.EccSecgP256K1 or KeySpec.EccNistEdwards25519 => usage == KeyUsage.SignVerify,
        KeySpec.Hmac224 or KeySpec.Hmac256 or KeySpec.Hmac384 or KeySpec.Hmac512 => usage == KeyUsage.GenerateVerifyMac,
        KeySpec.Sm2 => usage is KeyUsage.EncryptDecrypt or KeyUsage.SignVerify or KeyUsage.KeyAgreement,
        KeySpec.MlDsa44 or KeySpec.MlDsa65 or KeySpec.MlDsa87 => usage == KeyUsage.SignVerify,
    };

    /// <summary>The encryption algorithms of a key of <paramref name="spec"/> and <paramref name="usage"/>; empty unless the usage is <c>ENCRYPT_DECRYPT</c>.</summary>
    /// <param name="spec">The key spec.</param>
    /// <param name="usage">The key usage.</param>
    /// <returns>The <c>EncryptionAlgorithms</c> of <c>KeyMetadata</c>.</returns>
    public static IReadOnlyList<string> EncryptionAlgorithms(KeySpec spec, KeyUsage usage) => usage != KeyUsage.EncryptDecrypt ? s_none : spec switch
    {
        KeySpec.SymmetricDefault => s_symmetric,
        KeySpec.Rsa2048 or KeySpec.Rsa3072 or KeySpec.Rsa4096 => s_rsaEncryption,
        KeySpec.Sm2 => s_sm2Encryption,
        KeySpec.EccNistP256 or KeySpec.EccNistP384 or KeySpec.EccNistP521 or KeySpec.EccSecgP256K1 or KeySpec.EccNistEdwards25519
            or KeySpec.Hmac224 or KeySpec.Hmac256 or KeySpec.Hmac384 or KeySpec.Hmac512
            or KeySpec.MlDsa44 or KeySpec.MlDsa65 or KeySpec.MlDsa87 => s_none,
    };

    /// <summary>The signing algorithms of a key of <paramref name="spec"/> and <paramref name="usage"/>; empty unless the usage is <c>SIGN_VERIFY</c>.</summary>
    /// <param name="spec">The key spec.</param>
    /// <param name="usage">The key usage.</param>
    /// <returns>The <c>SigningAlgorithms</c> of <c>KeyMetadata</c>.</returns>
    public static IReadOnlyList<string> SigningAlgorithms(KeySpec spec, KeyUsage usage) => usage != KeyUsage.SignVerify ? s_none : spec switch
    {
        KeySpec.Rsa2048 or KeySpec.Rsa3072 or KeySpec.Rsa4096 => s_rsaSigning,
        KeySpec.EccNistP256 or KeySpec.EccSecgP256K1 => s_ecdsa256,
        KeySpec.EccNistP384 => s_ecdsa384,
        KeySpec.EccNistP521 => s_ecdsa512,
        KeySpec.EccNistEdwards25519 => s_ed25519,
        KeySpec.Sm2 => s_sm2Signing,
        KeySpec.MlDsa44 or KeySpec.MlDsa65 or KeySpec.MlDsa87 => s_mlDsa,
        KeySpec.SymmetricDefault or KeySpec.Hmac224 or KeySpec.Hmac256 or KeySpec.Hmac384 or KeySpec.Hmac512 => s_none,
    };

    /// <summary>The MAC algorithms of a key of <paramref name="spec"/>; empty unless it is an HMAC key.</summary>
    /// <param name="spec">The key spec.</param>
    /// <returns>The <c>MacAlgorithms</c> of <c>KeyMetadata</c>.</returns>
    public static IReadOnlyList<string> MacAlgorithms(KeySpec spec) => spec switch
    {
        KeySpec.Hmac224 => s_hmac224,
        KeySpec.Hmac256 => s_hmac256,
        KeySpec.Hmac384 => s_hmac384,
        KeySpec.Hmac512 => s_hmac512,
        KeySpec.SymmetricDefault or KeySpec.Rsa2048 or KeySpec.Rsa3072 or KeySpec.Rsa4096
            or KeySpec.EccNistP256 or KeySpec.EccNistP384 or KeySpec.EccNistP521 or KeySpec.EccSecgP256K1 or KeySpec.EccNistEdwards25519
            or KeySpec.Sm2 or KeySpec.MlDsa44 or KeySpec.MlDsa65 or KeySpec.MlDsa87 => s_none,
    };

    /// <summary>The key agreement algorithms of a key of <paramref name="usage"/>; empty unless the usage is <c>KEY_AGREEMENT</c>.</summary>
    /// <param name="usage">The key usage.</param>
    /// <returns>The <c>KeyAgreementAlgorithms</c> of <c>KeyMetadata</c>.</returns>
    public static IReadOnlyList<string> KeyAgreementAlgorithms(KeyUsage usage) => usage == KeyUsage.KeyAgreement ? s_ecdh : s_none;

    /// <summary>Whether keys of <paramref name="spec"/> are symmetric encryption keys, the only keys that rotate automatically or live in custom key stores.</summary>
    /// <param name="spec">The key spec.</param>
    /// <returns><see langword="true"/> for <see cref="KeySpec.SymmetricDefault"/>.</returns>
    public static bool IsSymmetricEncryption(KeySpec spec) => spec == KeySpec.SymmetricDefault;

    /// <summary>Whether keys of <paramref name="spec"/> are HMAC keys.</summary>
    /// <param name="spec">The key spec.</param>
    /// <returns><see langword="true"/> for the <c>HMAC_*</c> specs.</returns>
    public static bool IsHmac(KeySpec spec) => spec is KeySpec.Hmac224 or KeySpec.Hmac256 or KeySpec.Hmac384 or KeySpec.Hmac512;
}
