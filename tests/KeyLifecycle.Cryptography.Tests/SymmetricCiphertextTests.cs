using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Cryptography.Tests;

public sealed class SymmetricCiphertextTests
{
    private static readonly KeyId Key = KeyId.Parse("1234abcd-12ab-34cd-56ef-1234567890ab");
    private static readonly KeyId MultiRegionKey = KeyId.Parse("mrk-1234abcd12ab34cd56ef1234567890ab");
    private static readonly KeyMaterialId Material = KeyMaterialId.Parse(new string('a', 32) + new string('5', 32));
    private static readonly byte[] AesKey = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    [Property]
    public bool Decrypt_OfEncryptWithSameContext_ReturnsThePlaintext(byte[] plaintext, Dictionary<NonEmptyString, string> context)
    {
        var encryptionContext = ToContext(context);
        var blob = SymmetricCiphertext.Encrypt(Key, Material, AesKey, plaintext, encryptionContext);
        var decrypted = SymmetricCiphertext.Decrypt(blob, AesKey, encryptionContext);
        return decrypted.IsT0 && decrypted.AsT0.AsSpan().SequenceEqual(plaintext);
    }

    [Property]
    public bool Decrypt_OfBlobWithAnyBitFlipped_IsInvalidCiphertext(NonEmptyArray<byte> plaintext, PositiveInt position, byte bit)
    {
        var blob = SymmetricCiphertext.Encrypt(Key, Material, AesKey, plaintext.Get, null);
        var index = position.Get % blob.Length;
        blob[index] ^= (byte)(1 << (bit % 8));
        return SymmetricCiphertext.Decrypt(blob, AesKey, null).IsT1;
    }

    [Property]
    public bool Decrypt_OfBlobCutShort_IsInvalidCiphertext(NonEmptyArray<byte> plaintext, PositiveInt cut)
    {
        var blob = SymmetricCiphertext.Encrypt(Key, Material, AesKey, plaintext.Get, null);
        var length = cut.Get % blob.Length;
        return SymmetricCiphertext.Decrypt(blob.AsSpan(0, length), AesKey, null).IsT1;
    }

    [Fact]
    public void Decrypt_WithAnotherValueInTheContext_IsInvalidCiphertext()
    {
        // API_Encrypt: "you must specify the same encryption context (a case-sensitive exact match) when decrypting
        // the data. Otherwise, the request to decrypt fails with an InvalidCiphertextException."
        // https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html
        var blob = SymmetricCiphertext.Encrypt(Key, Material, AesKey, "secret"u8, new Dictionary<string, string> { ["purpose"] = "test" });

        var result = SymmetricCiphertext.Decrypt(blob, AesKey, new Dictionary<string, string> { ["purpose"] = "Test" });

        result.AsT1.ShouldBeSameAs(InvalidCiphertext.Instance);
        result.AsT1.ErrorCode.ShouldBe("InvalidCiphertextException");
        result.AsT1.Message.ShouldBe(string.Empty);
    }

    [Fact]
    public void Decrypt_WithoutTheContextItWasMadeWith_IsInvalidCiphertext()
    {
        var blob = SymmetricCiphertext.Encrypt(Key, Material, AesKey, "secret"u8, new Dictionary<string, string> { ["a"] = "b" });

        SymmetricCiphertext.Decrypt(blob, AesKey, null).IsT1.ShouldBeTrue();
        SymmetricCiphertext.Decrypt(blob, AesKey, new Dictionary<string, string> { ["a"] = "b", ["c"] = "d" }).IsT1.ShouldBeTrue();
    }

    [Fact]
    public void Decrypt_WithContextSplitDifferently_IsInvalidCiphertext()
    {
        var blob = SymmetricCiphertext.Encrypt(Key, Material, AesKey, "secret"u8, new Dictionary<string, string> { ["ab"] = "c" });

        SymmetricCiphertext.Decrypt(blob, AesKey, new Dictionary<string, string> { ["a"] = "bc" }).IsT1.ShouldBeTrue();
    }

    [Fact]
    public void Decrypt_WithEmptyContextForNone_ReturnsThePlaintext()
    {
        var blob = SymmetricCiphertext.Encrypt(Key, Material, AesKey, "secret"u8, null);

        SymmetricCiphertext.Decrypt(blob, AesKey, new Dictionary<string, string>()).AsT0.ShouldBe("secret"u8.ToArray());
    }

    [Fact]
    public void Decrypt_WithContextInAnotherOrder_ReturnsThePlaintext()
    {
        var blob = SymmetricCiphertext.Encrypt(Key, Material, AesKey, "secret"u8, new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" });

        SymmetricCiphertext.Decrypt(blob, AesKey, new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" }).AsT0.ShouldBe("secret"u8.ToArray());
    }

    [Fact]
    public void Decrypt_WithOtherMaterial_IsInvalidCiphertext()
    {
        var blob = SymmetricCiphertext.Encrypt(Key, Material, AesKey, "secret"u8, null);

        SymmetricCiphertext.Decrypt(blob, RandomNumberGenerator.GetBytes(32), null).IsT1.ShouldBeTrue();
    }

    [Fact]
    public void Encrypt_SamePlaintextTwice_GivesDifferentBlobs()
    {
        var first = SymmetricCiphertext.Encrypt(Key, Material, AesKey, "secret"u8, null);
        var second = SymmetricCiphertext.Encrypt(Key, Material, AesKey, "secret"u8, null);

        first.ShouldNotBe(second);
    }

    [Theory]
    [InlineData("1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("mrk-1234abcd12ab34cd56ef1234567890ab")]
    public void ReadHeader_OfEncrypt_NamesTheKeyAndMaterial(string keyId)
    {
        var blob = SymmetricCiphertext.Encrypt(KeyId.Parse(keyId), Material, AesKey, "secret"u8, null);

        SymmetricCiphertext.ReadHeader(blob).AsT0.ShouldBe(new CiphertextHeader(KeyId.Parse(keyId), Material));
        blob.Length.ShouldBe(SymmetricCiphertext.GetCiphertextLength(KeyId.Parse(keyId), 6));
        blob.Length.ShouldBe(6 + 98);
    }

    [Theory]
    [InlineData("")]
    [InlineData("01")]
    [InlineData("02240000")]
    public void ReadHeader_OfBytesThatAreNoBlob_IsInvalidCiphertext(string hex) =>
        SymmetricCiphertext.ReadHeader(Convert.FromHexString(hex)).AsT1.ShouldBeSameAs(InvalidCiphertext.Instance);

    [Fact]
    public void ReadHeader_OfBlobWhoseKeyIdIsNoKeyId_IsInvalidCiphertext()
    {
        var blob = SymmetricCiphertext.Encrypt(Key, Material, AesKey, "secret"u8, null);
        blob[2] = (byte)'z';

        SymmetricCiphertext.ReadHeader(blob).IsT1.ShouldBeTrue();
    }

    [Fact]
    public void Encrypt_WritesTheDocumentedFormat_ThatBareAesGcmDecrypts()
    {
        var context = new Dictionary<string, string> { ["zeta"] = "last", ["Alpha"] = "first", ["é"] = "accent" };
        var blob = SymmetricCiphertext.Encrypt(MultiRegionKey, Material, AesKey, "four score"u8, context);

        // The layout and AAD as the format's documentation states them, decoded here with AesGcm alone.
        blob[0].ShouldBe((byte)1);
        blob[1].ShouldBe((byte)36);
        Encoding.ASCII.GetString(blob, 2, 36).ShouldBe("mrk-1234abcd12ab34cd56ef1234567890ab");
        Convert.ToHexString(blob, 38, 32).ToLowerInvariant().ShouldBe(Material.ToString());
        var header = blob.AsSpan(0, 70);
        var nonce = blob.AsSpan(70, 12);
        var body = blob.AsSpan(82, blob.Length - 82 - 16);
        var tag = blob.AsSpan(blob.Length - 16);
        var plaintext = new byte[body.Length];
        using var aes = new AesGcm(AesKey, 16);
        byte[] aad = [.. header, .. IndependentContextEncoding(context)];
        aes.Decrypt(nonce, body, tag, plaintext, aad);

        plaintext.ShouldBe("four score"u8.ToArray());
    }

    [Fact]
    public void Decrypt_OfBlobMadeWithBareAesGcmInTheDocumentedFormat_ReturnsThePlaintext()
    {
        var context = new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" };
        byte[] header = [1, 36, .. "1234abcd-12ab-34cd-56ef-1234567890ab"u8, .. Convert.FromHexString(Material.ToString())];
        var nonce = RandomNumberGenerator.GetBytes(12);
        var plaintext = "made elsewhere"u8.ToArray();
        var body = new byte[plaintext.Length];
        var tag = new byte[16];
        using (var aes = new AesGcm(AesKey, 16))
        {
            byte[] aad = [.. header, .. IndependentContextEncoding(context)];
            aes.Encrypt(nonce, plaintext, body, tag, aad);
        }

        SymmetricCiphertext.Decrypt([.. header, .. nonce, .. body, .. tag], AesKey, context).AsT0.ShouldBe(plaintext);
    }

    [Fact]
    public void Encrypt_WithMaterialThatIsNot32Bytes_Throws() =>
        Should.Throw<ArgumentException>(() => SymmetricCiphertext.Encrypt(Key, Material, new byte[16], "x"u8, null));

    [Fact]
    public void Encrypt_WithDefaultKeyMaterialId_Throws() =>
        Should.Throw<ArgumentException>(() => SymmetricCiphertext.Encrypt(Key, default, AesKey, "x"u8, null));

    [Fact]
    public void Decrypt_OfLargeContext_ReturnsThePlaintext()
    {
        var context = Enumerable.Range(0, 40).ToDictionary(i => $"key-{i:D3}", i => new string('v', 50));
        var blob = SymmetricCiphertext.Encrypt(Key, Material, AesKey, "secret"u8, context);

        SymmetricCiphertext.Decrypt(blob, AesKey, context).AsT0.ShouldBe("secret"u8.ToArray());
        context["key-039"] = new string('w', 50);
        SymmetricCiphertext.Decrypt(blob, AesKey, context).IsT1.ShouldBeTrue();
    }

    private static Dictionary<string, string> ToContext(Dictionary<NonEmptyString, string> context) =>
        context.Where(pair => pair.Value is not null).ToDictionary(pair => pair.Key.Get, pair => pair.Value);

    // The canonical form as documented: a count, then each pair sorted by key bytes, every field length-prefixed (32-bit big-endian).
    private static byte[] IndependentContextEncoding(Dictionary<string, string> context)
    {
        var output = new List<byte>();
        void Write(byte[] field)
        {
            var length = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, field.Length);
            output.AddRange(length);
            output.AddRange(field);
        }

        var count = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(count, context.Count);
        output.AddRange(count);
        foreach (var (key, value) in context.Select(p => (Encoding.UTF8.GetBytes(p.Key), Encoding.UTF8.GetBytes(p.Value))).OrderBy(p => Convert.ToHexString(p.Item1), StringComparer.Ordinal))
        {
            Write(key);
            Write(value);
        }

        return [.. output];
    }
}
