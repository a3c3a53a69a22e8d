using System;
using System.Security.Cryptography;
using KeyLifecycle.Algorithms;

namespace KeyLifecycle.Cryptography;

/// <summary>Generates and verifies HMAC tags with a key of usage <c>GENERATE_VERIFY_MAC</c> (RFC 2104).</summary>
/// <remarks>
/// <c>HMAC_SHA_224</c> is not available: System.Security.Cryptography has no SHA-224 (<see cref="IsAvailable"/> is
/// false), so <see cref="KeyMaterialGenerator"/> refuses <c>HMAC_224</c> keys as a Region without them would.
/// Verification compares in fixed time. Thread safe.
/// </remarks>
public static class Macs
{
    /// <summary>Whether this package computes <paramref name="algorithm"/> on this platform.</summary>
    /// <param name="algorithm">The MAC algorithm.</param>
    /// <returns><see langword="false"/> for <c>HMAC_SHA_224</c>; <see langword="true"/> otherwise.</returns>
    public static bool IsAvailable(MacAlgorithm algorithm) => algorithm is MacAlgorithm.HmacSha256 or MacAlgorithm.HmacSha384 or MacAlgorithm.HmacSha512;

    /// <summary>Computes the HMAC of <paramref name="message"/>.</summary>
    /// <param name="algorithm">The MAC algorithm.</param>
    /// <param name="key">The key's material.</param>
    /// <param name="message">The message.</param>
    /// <returns>The tag: 32, 48 or 64 bytes.</returns>
    /// <exception cref="NotSupportedException">The algorithm is not available (<see cref="IsAvailable"/>).</exception>
    public static byte[] Generate(MacAlgorithm algorithm, ReadOnlySpan<byte> key, ReadOnlySpan<byte> message) => algorithm switch
    {
        MacAlgorithm.HmacSha256 => HMACSHA256.HashData(key, message),
        MacAlgorithm.HmacSha384 => HMACSHA384.HashData(key, message),
        MacAlgorithm.HmacSha512 => HMACSHA512.HashData(key, message),
        _ => throw new NotSupportedException($"{algorithm.ToWireName()} is not available on this platform."),
    };

    /// <summary>Checks an HMAC tag, in time that does not depend on where it differs.</summary>
    /// <param name="algorithm">The MAC algorithm.</param>
    /// <param name="key">The key's material.</param>
    /// <param name="message">The message.</param>
    /// <param name="mac">The tag to check; any bytes.</param>
    /// <returns><see langword="true"/> when <paramref name="mac"/> is the message's tag.</returns>
    /// <exception cref="NotSupportedException">The algorithm is not available (<see cref="IsAvailable"/>).</exception>
    public static bool Verify(MacAlgorithm algorithm, ReadOnlySpan<byte> key, ReadOnlySpan<byte> message, ReadOnlySpan<byte> mac) =>
        CryptographicOperations.FixedTimeEquals(Generate(algorithm, key, message), mac);
}
