using System;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using FsCheck.Xunit;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Cryptography.Tests;

public sealed class SymmetricKeyMaterialTests
{
    private static readonly KeyId Key = KeyId.Parse("1234abcd-12ab-34cd-56ef-1234567890ab");
    private static readonly KeyMaterialId Material = KeyMaterialId.Parse(new string('c', 64));
    private static readonly byte[] AesKey = Enumerable.Range(100, 32).Select(i => (byte)i).ToArray();

    [Property]
    public bool BlobsOfPreparedAndRawMaterial_DecryptWithTheOther(byte[] plaintext)
    {
        using var prepared = new SymmetricKeyMaterial(AesKey);
        var fromPrepared = SymmetricCiphertext.Encrypt(Key, Material, prepared, plaintext, null);
        var fromRaw = SymmetricCiphertext.Encrypt(Key, Material, AesKey, plaintext, null);

        return SymmetricCiphertext.Decrypt(fromPrepared, AesKey, null).AsT0.AsSpan().SequenceEqual(plaintext)
            && SymmetricCiphertext.Decrypt(fromRaw, prepared, null).AsT0.AsSpan().SequenceEqual(plaintext);
    }

    [Fact]
    public void Encrypt_WithPreparedMaterial_IsOpenedByBareAesGcm()
    {
        using var prepared = new SymmetricKeyMaterial(AesKey);
        var blob = SymmetricCiphertext.Encrypt(Key, Material, prepared, "independent"u8, null);

        // The documented layout: a 70-byte header for a 36-character key ID, the nonce, the body, the tag; the AAD is
        // the header and the empty context's four zero bytes.
        var body = blob.AsSpan(82, blob.Length - 98);
        var plaintext = new byte[body.Length];
        using var aes = new AesGcm(AesKey, 16);
        aes.Decrypt(blob.AsSpan(70, 12), body, blob.AsSpan(blob.Length - 16), plaintext, [.. blob.AsSpan(0, 70), 0, 0, 0, 0]);

        plaintext.ShouldBe("independent"u8.ToArray());
    }

    [Fact]
    public void Decrypt_WithPreparedOtherMaterial_IsInvalidCiphertext_AndTheMaterialStillWorksAfter()
    {
        using var other = new SymmetricKeyMaterial(RandomNumberGenerator.GetBytes(32));
        var blob = SymmetricCiphertext.Encrypt(Key, Material, AesKey, "secret"u8, null);

        SymmetricCiphertext.Decrypt(blob, other, null).IsT1.ShouldBeTrue();
        var own = SymmetricCiphertext.Encrypt(Key, Material, other, "again"u8, null);
        SymmetricCiphertext.Decrypt(own, other, null).AsT0.ShouldBe("again"u8.ToArray());
    }

    [Fact]
    public async Task ConcurrentCalls_EachGetTheirOwnPlaintextBack()
    {
        using var prepared = new SymmetricKeyMaterial(AesKey);
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                var plaintext = BitConverter.GetBytes((worker * 1000) + i);
                var blob = SymmetricCiphertext.Encrypt(Key, Material, prepared, plaintext, null);
                if (!SymmetricCiphertext.Decrypt(blob, AesKey, null).AsT0.SequenceEqual(plaintext)
                    || !SymmetricCiphertext.Decrypt(blob, prepared, null).AsT0.SequenceEqual(plaintext))
                {
                    return false;
                }
            }

            return true;
        })));

        results.ShouldAllBe(ok => ok);
    }

    [Fact]
    public void Constructor_WithMaterialThatIsNot32Bytes_Throws() =>
        Should.Throw<ArgumentException>(() => new SymmetricKeyMaterial(new byte[16])).ParamName.ShouldBe("material");

    [Fact]
    public void Calls_AfterDispose_Throw()
    {
        var prepared = new SymmetricKeyMaterial(AesKey);
        var blob = SymmetricCiphertext.Encrypt(Key, Material, prepared, "secret"u8, null);
        prepared.Dispose();
        prepared.Dispose();

        Should.Throw<ObjectDisposedException>(() => SymmetricCiphertext.Encrypt(Key, Material, prepared, "x"u8, null));
        Should.Throw<ObjectDisposedException>(() => SymmetricCiphertext.Decrypt(blob, prepared, null));
    }

    [Fact]
    public void Encrypt_WithPreparedMaterialAndDefaultKeyMaterialId_Throws()
    {
        using var prepared = new SymmetricKeyMaterial(AesKey);

        Should.Throw<ArgumentException>(() => SymmetricCiphertext.Encrypt(Key, default, prepared, "x"u8, null));
        Should.Throw<ArgumentException>(() => SymmetricCiphertext.Encrypt(default, Material, prepared, "x"u8, null));
    }

    [Fact]
    public void NullPreparedMaterial_Throws()
    {
        Should.Throw<ArgumentNullException>(() => SymmetricCiphertext.Encrypt(Key, Material, (SymmetricKeyMaterial)null!, "x"u8, null));
        Should.Throw<ArgumentNullException>(() => SymmetricCiphertext.Decrypt([1], (SymmetricKeyMaterial)null!, null));
    }
}
