using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Text;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>Limit/Marker paging over a list ordered by a unique text key.</summary>
/// <remarks>
/// A marker is the base64url of the last key returned, so paging is stable while items are added or removed: the next
/// page starts after that key, whatever happened in between. Markers this endpoint did not issue are refused.
/// </remarks>
internal static class Paging
{
    public static bool TryReadMarker(string? marker, out string? after)
    {
        after = null;
        if (marker is null)
        {
            return true;
        }

        // Checked first: the decoder throws for characters outside the alphabet rather than answering false.
        if (!Base64Url.IsValid(marker, out var length) || length == 0)
        {
            return false;
        }

        var bytes = new byte[length];
        var written = Base64Url.DecodeFromChars(marker, bytes);
        try
        {
            after = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, written);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    public static Page<T> Page<T>(IReadOnlyList<T> ordered, Func<T, string> keyOf, string? after, int limit)
    {
        var start = 0;
        if (after is not null)
        {
            while (start < ordered.Count && string.CompareOrdinal(keyOf(ordered[start]), after) <= 0)
            {
                start++;
            }
        }

        var count = Math.Min(limit, ordered.Count - start);
        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = ordered[start + i];
        }

        var truncated = start + count < ordered.Count;
        return new Page<T>(items, truncated ? Base64Url.EncodeToString(Encoding.UTF8.GetBytes(keyOf(items[^1]))) : null);
    }
}
