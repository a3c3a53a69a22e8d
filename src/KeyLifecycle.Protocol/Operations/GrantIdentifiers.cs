using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>The grant IDs and grant tokens the host makes, since the domain generates none.</summary>
/// <remarks>
/// A grant ID is 64 lowercase hexadecimal digits from a CSPRNG, as KMS's are. A grant token is opaque to callers: version
/// byte 1, the key ARN (a two-byte big-endian length, then UTF-8) and 32 random bytes, in base64url. The ARN lets
/// <c>RetireGrant</c> find the key from the token alone; the random bytes make each token unique, and a token is good
/// only while the stored grant lists it (<see cref="Grants.KmsGrant.GrantTokens"/>), so one cannot be forged for a grant.
/// </remarks>
internal static class GrantIdentifiers
{
    private const byte TokenVersion = 1;
    private const int RandomBytes = 32;
    private static readonly SearchValues<char> s_lowerHex = SearchValues.Create("0123456789abcdef");

    public static string NewGrantId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>Whether <paramref name="grantId"/> has the form of the grant IDs this host makes; any other names no grant.</summary>
    public static bool IsGrantId(string grantId) => grantId.Length == 64 && !grantId.AsSpan().ContainsAnyExcept(s_lowerHex);

    public static string NewToken(KeyArn keyArn)
    {
        var arn = Encoding.UTF8.GetBytes(keyArn.ToString());
        var bytes = new byte[1 + 2 + arn.Length + RandomBytes];
        bytes[0] = TokenVersion;
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(1), (ushort)arn.Length);
        arn.CopyTo(bytes.AsSpan(3));
        RandomNumberGenerator.Fill(bytes.AsSpan(3 + arn.Length));
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>Reads the key a token this host made names; <see langword="false"/> for any other text.</summary>
    public static bool TryReadToken(string token, [NotNullWhen(true)] out KeyArn? keyArn)
    {
        keyArn = null;
        if (!Base64Url.IsValid(token, out var length) || length < 3 + RandomBytes)
        {
            return false;
        }

        var bytes = new byte[length];
        var written = Base64Url.DecodeFromChars(token, bytes);
        var arnLength = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(1));
        if (bytes[0] != TokenVersion || written != 3 + arnLength + RandomBytes)
        {
            return false;
        }

        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, arnLength);
            if (KeyArn.TryParse(text, out var parsed))
            {
                keyArn = parsed;
                return true;
            }
        }
        catch (DecoderFallbackException)
        {
        }

        return false;
    }
}
