using System;
using System.Security.Cryptography;
using KeyLifecycle.Cryptography;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>
/// Key material as people write it, in <c>_custom_key_material_</c> tags and seed files: base64 of the bytes, or, for RSA
/// and ECC keys, a private key in PEM; read into the form the store keeps (<see cref="Storage.StoredKeyMaterial"/>).
/// </summary>
/// <remarks>
/// RSA and ECC private keys are taken as PKCS #8 or as the algorithm's own DER (PKCS #1 for RSA, SEC 1 for EC), and in
/// PEM as <c>PRIVATE KEY</c>, <c>RSA PRIVATE KEY</c> or <c>EC PRIVATE KEY</c>; they are kept as PKCS #8. HMAC keys may be
/// 1 byte up to the import limit (64 or 128), shorter than KMS imports, since LocalStack's own examples use short keys.
/// </remarks>
internal static class KeyMaterialForms
{
    /// <summary>The material <paramref name="text"/> gives a key of <paramref name="spec"/>, or <see langword="null"/> when it is not such material.</summary>
    public static byte[]? Read(KeySpec spec, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!KeyMaterialGenerator.IsAvailable(spec))
        {
            return null;
        }

        var material = text.TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal)
            ? FromPem(spec, text)
            : FromBase64(spec, text);
        return material is not null && Fits(spec, material) ? material : null;
    }

    /// <summary>Whether <paramref name="text"/> is base64, so that a refusal can say whether the encoding or the material is wrong.</summary>
    public static bool IsBase64OrPem(string text)
    {
        if (text.TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal))
        {
            return true;
        }

        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out _);
    }

    /// <summary>The material as a seed file writes it: PEM (<c>PRIVATE KEY</c>, PKCS #8) for RSA and ECC keys, base64 for the others.</summary>
    public static string Write(KeySpec spec, ReadOnlySpan<byte> material) =>
        IsRsa(spec) || IsEcc(spec) ? new string(PemEncoding.Write("PRIVATE KEY", material)) : Convert.ToBase64String(material);

    /// <summary>What material a key of <paramref name="spec"/> takes, for refusals.</summary>
    public static string Expected(KeySpec spec) => !KeyMaterialGenerator.IsAvailable(spec)
        ? "none; this emulator cannot compute with such keys, so it takes no material for them"
        : spec switch
    {
        KeySpec.SymmetricDefault => "32 bytes, base64",
        KeySpec.Hmac256 => "1 to 64 bytes, base64",
        KeySpec.Hmac384 or KeySpec.Hmac512 => "1 to 128 bytes, base64",
        KeySpec.Rsa2048 or KeySpec.Rsa3072 or KeySpec.Rsa4096 => "an RSA private key of that size: PKCS #8 or PKCS #1 DER in base64, or PEM",
        KeySpec.EccNistP256 or KeySpec.EccNistP384 or KeySpec.EccNistP521 or KeySpec.EccSecgP256K1 => "an EC private key on that curve: PKCS #8 or SEC 1 DER in base64, or PEM",
        _ => "an RSA or EC private key",
    };

    private static byte[]? FromBase64(KeySpec spec, string text)
    {
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length) ? Normalize(spec, bytes[..length]) : null;
    }

    private static byte[]? FromPem(KeySpec spec, string text)
    {
        try
        {
            if (IsRsa(spec))
            {
                using var rsa = RSA.Create();
                rsa.ImportFromPem(text);
                return rsa.ExportPkcs8PrivateKey();
            }

            if (IsEcc(spec))
            {
                using var ecdsa = ECDsa.Create();
                ecdsa.ImportFromPem(text);
                return ecdsa.ExportPkcs8PrivateKey();
            }

            return null;
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            // ImportFromPem throws ArgumentException for text with no PEM it can read, and for a public key.
            return null;
        }
    }

    private static byte[]? Normalize(KeySpec spec, byte[] bytes)
    {
        try
        {
            return IsRsa(spec) ? AsPkcs8(RSA.Create(), bytes, static (rsa, own) => rsa.ImportRSAPrivateKey(own, out _))
                : IsEcc(spec) ? AsPkcs8(ECDsa.Create(), bytes, static (ecdsa, own) => ecdsa.ImportECPrivateKey(own, out _))
                : bytes;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    // A private key read as PKCS #8, or else as the algorithm's own DER, and written as PKCS #8.
    private static byte[] AsPkcs8<T>(T algorithm, byte[] bytes, Action<T, byte[]> importOwnForm)
        where T : AsymmetricAlgorithm
    {
        using (algorithm)
        {
            try
            {
                algorithm.ImportPkcs8PrivateKey(bytes, out _);
            }
            catch (CryptographicException)
            {
                importOwnForm(algorithm, bytes);
            }

            return algorithm.ExportPkcs8PrivateKey();
        }
    }

    private static bool Fits(KeySpec spec, byte[] material) => spec switch
    {
        KeySpec.Hmac256 => material.Length is >= 1 and <= 64,
        KeySpec.Hmac384 or KeySpec.Hmac512 => material.Length is >= 1 and <= 128,
        KeySpec.SymmetricDefault => KeyMaterialUnwrapping.Fits(spec, material),
        _ when IsRsa(spec) || IsEcc(spec) => KeyMaterialUnwrapping.Fits(spec, material),
        _ => false,
    };

    private static bool IsRsa(KeySpec spec) => spec is KeySpec.Rsa2048 or KeySpec.Rsa3072 or KeySpec.Rsa4096;

    private static bool IsEcc(KeySpec spec) => spec is KeySpec.EccNistP256 or KeySpec.EccNistP384 or KeySpec.EccNistP521 or KeySpec.EccSecgP256K1;
}
