using System.Collections.Generic;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using KeyLifecycle.Cryptography;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Benchmarks;

/// <summary>
/// Encrypt then decrypt 4 KiB with a SYMMETRIC_DEFAULT key through the ciphertext blob, beside the floors of bare
/// <see cref="AesGcm"/> doing the same with the same bytes: one instance reused (the baseline) and one made per call.
/// The library is measured both ways too: with <see cref="SymmetricKeyMaterial"/>, which keeps its instance as the
/// emulator does, and with the material's bytes, which makes one per call. The target: the prepared form within 1.5x
/// of the baseline.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: GlobalCleanup disposes.")]
public class SymmetricCiphertextBenchmarks
{
    private static readonly KeyId s_keyId = KeyId.Parse("1234abcd-12ab-34cd-56ef-1234567890ab");
    private static readonly KeyMaterialId s_materialId = KeyMaterialId.FromBytes(new byte[32]);
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] _plaintext = RandomNumberGenerator.GetBytes(4096);
    private readonly byte[] _nonce = new byte[12];
    private readonly byte[] _ciphertext = new byte[4096];
    private readonly byte[] _decrypted = new byte[4096];
    private readonly byte[] _tag = new byte[16];
    private readonly Dictionary<string, string> _context = new() { ["purpose"] = "benchmark", ["tenant"] = "a" };
    private AesGcm _reused = null!;
    private SymmetricKeyMaterial _prepared = null!;

    [GlobalSetup]
    public void Setup()
    {
        _reused = new AesGcm(_key, 16);
        _prepared = new SymmetricKeyMaterial(_key);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _reused.Dispose();
        _prepared.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Floor: AesGcm reused, encrypt+decrypt 4 KiB")]
    public byte[] BareReused()
    {
        RandomNumberGenerator.Fill(_nonce);
        _reused.Encrypt(_nonce, _plaintext, _ciphertext, _tag);
        _reused.Decrypt(_nonce, _ciphertext, _tag, _decrypted);
        return _decrypted;
    }

    [Benchmark(Description = "Floor: AesGcm per call, encrypt+decrypt 4 KiB")]
    public byte[] BarePerCall()
    {
        RandomNumberGenerator.Fill(_nonce);
        using (var encryptor = new AesGcm(_key, 16))
        {
            encryptor.Encrypt(_nonce, _plaintext, _ciphertext, _tag);
        }

        using var decryptor = new AesGcm(_key, 16);
        decryptor.Decrypt(_nonce, _ciphertext, _tag, _decrypted);
        return _decrypted;
    }

    [Benchmark(Description = "SymmetricCiphertext, prepared material, 4 KiB, no context")]
    public byte[] LibraryPrepared() =>
        SymmetricCiphertext.Decrypt(SymmetricCiphertext.Encrypt(s_keyId, s_materialId, _prepared, _plaintext, null), _prepared, null).AsT0;

    [Benchmark(Description = "SymmetricCiphertext, prepared material, 4 KiB, 2-pair context")]
    public byte[] LibraryPreparedWithContext() =>
        SymmetricCiphertext.Decrypt(SymmetricCiphertext.Encrypt(s_keyId, s_materialId, _prepared, _plaintext, _context), _prepared, _context).AsT0;

    [Benchmark(Description = "SymmetricCiphertext, material bytes, 4 KiB, no context")]
    public byte[] Library() =>
        SymmetricCiphertext.Decrypt(SymmetricCiphertext.Encrypt(s_keyId, s_materialId, _key, _plaintext, null), _key, null).AsT0;

    [Benchmark(Description = "SymmetricCiphertext, material bytes, 4 KiB, 2-pair context")]
    public byte[] LibraryWithContext() =>
        SymmetricCiphertext.Decrypt(SymmetricCiphertext.Encrypt(s_keyId, s_materialId, _key, _plaintext, _context), _key, _context).AsT0;
}
