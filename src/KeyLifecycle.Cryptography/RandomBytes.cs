using System;
using System.Security.Cryptography;

namespace KeyLifecycle.Cryptography;

/// <summary>Random bytes for <c>GenerateRandom</c> and data keys, from the platform's cryptographically secure generator.</summary>
public static class RandomBytes
{
    /// <summary>Returns <paramref name="count"/> random bytes.</summary>
    /// <param name="count">The number of bytes; the service allows 1 to 1024 for <c>GenerateRandom</c> (the domain checks).</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static byte[] Generate(int count) => RandomNumberGenerator.GetBytes(count);
}
