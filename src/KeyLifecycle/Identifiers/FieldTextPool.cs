using System;
using System.Threading;

namespace KeyLifecycle.Identifiers;

/// <summary>Reuses the strings of ARN fields seen before (Regions, account IDs), so parsing a known ARN allocates nothing.</summary>
/// <remarks>
/// A small direct-mapped table: a field's text hashes to one slot, which holds the last string made for that slot.
/// A hit returns it; a miss makes the string and takes the slot. Strings are immutable and reference writes are atomic,
/// so concurrent callers at worst make a string twice; the table never grows.
/// </remarks>
internal static class FieldTextPool
{
    private const int SlotCount = 256;

    private static readonly string?[] s_slots = new string?[SlotCount];

    public static string Get(ReadOnlySpan<char> text)
    {
        var slot = string.GetHashCode(text) & (SlotCount - 1);
        var cached = Volatile.Read(ref s_slots[slot]);
        if (cached is not null && text.SequenceEqual(cached))
        {
            return cached;
        }

        var made = text.ToString();
        Volatile.Write(ref s_slots[slot], made);
        return made;
    }
}
