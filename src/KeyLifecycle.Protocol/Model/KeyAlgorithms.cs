using System;
using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The algorithms <c>KeyMetadata</c> lists for a key spec and key usage (KMS Developer Guide, "Key spec reference").</summary>
/// <param name="Encryption">For <c>ENCRYPT_DECRYPT</c> keys.</param>
/// <param name="Signing">For <c>SIGN_VERIFY</c> keys.</param>
/// <param name="KeyAgreement">For <c>KEY_AGREEMENT</c> keys.</param>
/// <param name="Mac">For <c>GENERATE_VERIFY_MAC</c> keys.</param>
internal sealed record KeyAlgorithms(
    IReadOnlyList<string>? Encryption, IReadOnlyList<string>? Signing, IReadOnlyList<string>? KeyAgreement, IReadOnlyList<string>? Mac)
{
    private static readonly string[] s_rsaSigning =
        ["RSASSA_PKCS1_V1_5_SHA_256", "RSASSA_PKCS1_V1_5_SHA_384", "RSASSA_PKCS1_V1_5_SHA_512", "RSASSA_PSS_SHA_256", "RSASSA_PSS_SHA_384", "RSASSA_PSS_SHA_512"];

    private static readonly KeyAlgorithms s_none = new(null, null, null, null);

    public static KeyAlgorithms For(KeySpec spec, KeyUsage usage) => usage switch
    {
        KeyUsage.EncryptDecrypt => new(EncryptionFor(spec), null, null, null),
        KeyUsage.SignVerify => new(null, SigningFor(spec), null, null),
        KeyUsage.KeyAgreement => new(null, null, ["ECDH"], null),
        KeyUsage.GenerateVerifyMac => new(null, null, null, MacFor(spec)),
        _ => s_none,
    };

    private static string[] EncryptionFor(KeySpec spec) => spec switch
    {
        KeySpec.SymmetricDefault => ["SYMMETRIC_DEFAULT"],
        KeySpec.Rsa2048 or KeySpec.Rsa3072 or KeySpec.Rsa4096 => ["RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256"],
        KeySpec.Sm2 => ["SM2PKE"],
        _ => [],
    };

    private static string[] SigningFor(KeySpec spec) => spec switch
    {
        KeySpec.Rsa2048 or KeySpec.Rsa3072 or KeySpec.Rsa4096 => s_rsaSigning,
        KeySpec.EccNistP256 or KeySpec.EccSecgP256K1 => ["ECDSA_SHA_256"],
        KeySpec.EccNistP384 => ["ECDSA_SHA_384"],
        KeySpec.EccNistP521 => ["ECDSA_SHA_512"],
        KeySpec.EccNistEdwards25519 => ["ED25519_SHA_512", "ED25519_PH_SHA_512"],
        KeySpec.Sm2 => ["SM2DSA"],
        KeySpec.MlDsa44 or KeySpec.MlDsa65 or KeySpec.MlDsa87 => ["ML_DSA_SHAKE_256"],
        _ => [],
    };

    private static string[] MacFor(KeySpec spec) => spec switch
    {
        KeySpec.Hmac224 => ["HMAC_SHA_224"],
        KeySpec.Hmac256 => ["HMAC_SHA_256"],
        KeySpec.Hmac384 => ["HMAC_SHA_384"],
        KeySpec.Hmac512 => ["HMAC_SHA_512"],
        _ => Array.Empty<string>(),
    };
}
