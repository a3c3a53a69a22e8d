using System;
using System.Security.Cryptography;

namespace KeyLifecycle.Cryptography;

/// <summary>The platform parameters behind each asymmetric key spec.</summary>
internal static class KeyAlgorithms
{
    public static int? RsaKeySize(KeySpec spec) => spec switch
    {
        KeySpec.Rsa2048 => 2048,
        KeySpec.Rsa3072 => 3072,
        KeySpec.Rsa4096 => 4096,
        _ => null,
    };

    public static ECCurve Curve(KeySpec spec) => spec switch
    {
        KeySpec.EccNistP256 => ECCurve.NamedCurves.nistP256,
        KeySpec.EccNistP384 => ECCurve.NamedCurves.nistP384,
        KeySpec.EccNistP521 => ECCurve.NamedCurves.nistP521,

        // secp256k1 by OID: the platform has no named constant for it.
        KeySpec.EccSecgP256K1 => ECCurve.CreateFromValue("1.3.132.0.10"),
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec, "Not an elliptic-curve key spec this package computes with."),
    };

    public static bool IsRsa(KeySpec spec) => RsaKeySize(spec) is not null;

    public static bool IsEcc(KeySpec spec) => spec is KeySpec.EccNistP256 or KeySpec.EccNistP384 or KeySpec.EccNistP521 or KeySpec.EccSecgP256K1;

    public static RSA ImportRsa(ReadOnlySpan<byte> pkcs8)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportPkcs8PrivateKey(pkcs8, out _);
            return rsa;
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    public static ECDsa ImportEcdsa(ReadOnlySpan<byte> pkcs8)
    {
        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportPkcs8PrivateKey(pkcs8, out _);
            return ecdsa;
        }
        catch
        {
            ecdsa.Dispose();
            throw;
        }
    }
}
