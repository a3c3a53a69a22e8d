using System;
using System.Security.Cryptography;
using KeyLifecycle.Errors;
using OneOf;

namespace KeyLifecycle.Cryptography;

/// <summary>Creates new key material for a key spec, in the form every other type of this package reads.</summary>
/// <remarks>
/// <para>
/// Material forms: <c>SYMMETRIC_DEFAULT</c> is 32 random bytes (an AES-256 key); <c>HMAC_224</c>, <c>HMAC_256</c>,
/// <c>HMAC_384</c> and <c>HMAC_512</c> are 28, 32, 48 and 64 random bytes, the length of the hash each is named for;
/// RSA and elliptic-curve keys are the DER encoding of a PKCS #8 <c>PrivateKeyInfo</c>, from which the public key is
/// derived. Every form is plain bytes, so a host can store it as it is.
/// </para>
/// <para>
/// Specs this platform cannot compute with (<see cref="IsAvailable"/> is false) are refused with the text the service
/// gives for a key spec a Region does not offer, <c>KeySpec SM2 is not supported in this Region</c>
/// (https://github.com/floci-io/floci/issues/3026): SM2, because System.Security.Cryptography has no SM2;
/// <c>HMAC_224</c>, because it has no SHA-224; <c>ECC_NIST_EDWARDS25519</c>, because it has no Ed25519; and the
/// <c>ML_DSA_*</c> specs unless the platform's <c>MLDsa.IsSupported</c> is true, which needs OpenSSL 3.5 or later
/// (this package does not compute ML-DSA yet, so they are refused everywhere). Thread safe.
/// </para>
/// </remarks>
public static class KeyMaterialGenerator
{
    /// <summary>Whether this package can create and use material of <paramref name="spec"/> on this platform.</summary>
    /// <param name="spec">The key spec.</param>
    /// <returns><see langword="true"/> for the specs this package computes with.</returns>
    public static bool IsAvailable(KeySpec spec) => spec switch
    {
        KeySpec.SymmetricDefault or KeySpec.Hmac256 or KeySpec.Hmac384 or KeySpec.Hmac512 => true,
        KeySpec.Rsa2048 or KeySpec.Rsa3072 or KeySpec.Rsa4096 => true,
        KeySpec.EccNistP256 or KeySpec.EccNistP384 or KeySpec.EccNistP521 or KeySpec.EccSecgP256K1 => true,
        KeySpec.Hmac224 or KeySpec.EccNistEdwards25519 or KeySpec.Sm2 => false,
        KeySpec.MlDsa44 or KeySpec.MlDsa65 or KeySpec.MlDsa87 => false,
    };

    /// <summary>The refusal for a key spec this platform does not offer, worded as the service words a spec its Region does not offer.</summary>
    /// <param name="spec">The key spec.</param>
    /// <returns><c>UnsupportedOperationException</c>: <c>KeySpec &lt;SPEC&gt; is not supported in this Region</c>.</returns>
    public static UnsupportedOperation NotAvailable(KeySpec spec) => UnsupportedOperation.ForCreateKey(KeyOrigin.AwsKms, spec, UnsupportedReason.KeySpecInRegion);

    /// <summary>Creates new random key material of <paramref name="spec"/>.</summary>
    /// <param name="spec">The key spec.</param>
    /// <returns>The material, or <see cref="NotAvailable"/> for a spec this platform does not offer.</returns>
    public static OneOf<byte[], UnsupportedOperation> Generate(KeySpec spec)
    {
        if (!IsAvailable(spec))
        {
            return NotAvailable(spec);
        }

        if (spec == KeySpec.SymmetricDefault || KeySpecs.IsHmac(spec))
        {
            return RandomNumberGenerator.GetBytes(SymmetricLength(spec));
        }

        if (KeyAlgorithms.RsaKeySize(spec) is int bits)
        {
            using var rsa = RSA.Create(bits);
            return rsa.ExportPkcs8PrivateKey();
        }

        using var ecdsa = ECDsa.Create(KeyAlgorithms.Curve(spec));
        return ecdsa.ExportPkcs8PrivateKey();
    }

    /// <summary>The length in bytes of the material of a symmetric or HMAC key spec.</summary>
    /// <param name="spec">A symmetric or HMAC key spec.</param>
    /// <returns>32 for <c>SYMMETRIC_DEFAULT</c>; 28, 32, 48 or 64 for the HMAC specs.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spec"/> is an asymmetric spec.</exception>
    public static int SymmetricLength(KeySpec spec) => spec switch
    {
        KeySpec.SymmetricDefault => 32,
        KeySpec.Hmac224 => 28,
        KeySpec.Hmac256 => 32,
        KeySpec.Hmac384 => 48,
        KeySpec.Hmac512 => 64,
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec, "Not a symmetric or HMAC key spec."),
    };
}
