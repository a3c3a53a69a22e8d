using System;
using System.Security.Cryptography;
using System.Threading;

namespace KeyLifecycle.Cryptography;

/// <summary>
/// One version of a <c>SYMMETRIC_DEFAULT</c> key's material, prepared for repeated use by <see cref="SymmetricCiphertext"/>:
/// it keeps an <see cref="AesGcm"/> with its key schedule between calls instead of making one per call.
/// </summary>
/// <remarks>
/// <para>
/// Making an <see cref="AesGcm"/> costs about as much as encrypting and decrypting 4 KiB with it, so a host that
/// encrypts with the same material again (the emulator does for every request) keeps one of these per material
/// version for as long as it keeps the version.
/// </para>
/// <para>
/// Thread safe: an <see cref="AesGcm"/> instance is not, so a call takes a kept instance for its own use and gives it back
/// after. Up to one instance per processor (at most 8) is kept, so concurrent calls on the same material do not make
/// their own; a call that finds every kept one taken makes one, and keeps it if a slot is free when it is done.
/// <see cref="Dispose"/> frees the kept instances; a call already under way finishes with its own and frees it after.
/// </para>
/// </remarks>
public sealed class SymmetricKeyMaterial : IDisposable
{
    /// <summary>The length of the material: 32 bytes, for AES-256.</summary>
    public const int Length = 32;

    private static readonly int s_slots = Math.Clamp(Environment.ProcessorCount, 1, 8);

    private readonly byte[] _material;
    private readonly AesGcm?[] _kept = new AesGcm?[s_slots];
    private volatile bool _disposed;

    /// <summary>Prepares <paramref name="material"/>; the bytes are copied.</summary>
    /// <param name="material">The material: 32 bytes.</param>
    /// <exception cref="ArgumentException">The material is not 32 bytes.</exception>
    public SymmetricKeyMaterial(ReadOnlySpan<byte> material)
    {
        RequireLength(material);
        _material = material.ToArray();
        _kept[0] = new AesGcm(_material, SymmetricCiphertext.TagLength);
    }

    /// <summary>Frees the kept <see cref="AesGcm"/>; later calls with this object throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        _disposed = true;
        for (var i = 0; i < _kept.Length; i++)
        {
            Interlocked.Exchange(ref _kept[i], null)?.Dispose();
        }
    }

    internal static void RequireLength(ReadOnlySpan<byte> material)
    {
        if (material.Length != Length)
        {
            throw new ArgumentException("SYMMETRIC_DEFAULT key material is 32 bytes.", nameof(material));
        }
    }

    internal AesGcm Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        for (var i = 0; i < _kept.Length; i++)
        {
            if (Interlocked.Exchange(ref _kept[i], null) is { } kept)
            {
                return kept;
            }
        }

        return new AesGcm(_material, SymmetricCiphertext.TagLength);
    }

    internal void Return(AesGcm aes)
    {
        if (!_disposed)
        {
            for (var i = 0; i < _kept.Length; i++)
            {
                if (Interlocked.CompareExchange(ref _kept[i], aes, null) is null)
                {
                    if (_disposed)
                    {
                        // Dispose ran between the check and the keep: take the instance back out so it is freed.
                        Interlocked.Exchange(ref _kept[i], null)?.Dispose();
                    }

                    return;
                }
            }
        }

        aes.Dispose();
    }
}
