using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Text;

namespace KeyLifecycle.Cryptography;

/// <summary>The canonical byte form of an encryption context, bound to a ciphertext as additional authenticated data.</summary>
/// <remarks>
/// The pairs are sorted by the ordinal order of their keys' UTF-8 bytes (keys are unique, so the order is total), then
/// written as a 32-bit big-endian count followed by, for each pair, the key and the value each as a 32-bit big-endian
/// byte length and the UTF-8 bytes. Length prefixes make the form injective: no two different contexts share bytes, so
/// a context cannot be re-split (<c>{"ab":"c"}</c> and <c>{"a":"bc"}</c> differ). A missing context and an empty one
/// are the same context, as in KMS.
/// </remarks>
internal static class EncryptionContextEncoding
{
    public static int GetByteCount(IReadOnlyDictionary<string, string>? context)
    {
        var count = sizeof(int);
        if (context is null)
        {
            return count;
        }

        foreach (var pair in context)
        {
            count = checked(count + (2 * sizeof(int)) + Encoding.UTF8.GetByteCount(pair.Key) + Encoding.UTF8.GetByteCount(pair.Value));
        }

        return count;
    }

    public static int Write(IReadOnlyDictionary<string, string>? context, Span<byte> destination)
    {
        if (context is null || context.Count == 0)
        {
            BinaryPrimitives.WriteInt32BigEndian(destination, 0);
            return sizeof(int);
        }

        var pairs = new (byte[] Key, byte[] Value)[context.Count];
        var index = 0;
        foreach (var pair in context)
        {
            pairs[index++] = (Encoding.UTF8.GetBytes(pair.Key), Encoding.UTF8.GetBytes(pair.Value));
        }

        Array.Sort(pairs, static (left, right) => left.Key.AsSpan().SequenceCompareTo(right.Key));
        BinaryPrimitives.WriteInt32BigEndian(destination, pairs.Length);
        var written = sizeof(int);
        foreach (var (key, value) in pairs)
        {
            written += WriteField(key, destination[written..]);
            written += WriteField(value, destination[written..]);
        }

        return written;
    }

    private static int WriteField(byte[] field, Span<byte> destination)
    {
        BinaryPrimitives.WriteInt32BigEndian(destination, field.Length);
        field.CopyTo(destination[sizeof(int)..]);
        return sizeof(int) + field.Length;
    }
}
