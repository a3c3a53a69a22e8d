using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace KeyLifecycle.Identifiers;

/// <summary>
/// A KMS key ID: a UUID such as <c>1234abcd-12ab-34cd-56ef-1234567890ab</c> for a single-Region key, or <c>mrk-</c>
/// followed by 32 hexadecimal digits, such as <c>mrk-1234abcd12ab34cd56ef1234567890ab</c>, for a multi-Region key.
/// </summary>
/// <remarks>
/// <para>
/// Hexadecimal digits may be given in either case and are kept in lower case, so IDs that differ only in case are
/// equal (a project decision: whether the service accepts upper-case hex is not documented). The <c>mrk-</c> prefix
/// itself must be lower case, as the service writes it. The UUID must be in the hyphenated 8-4-4-4-12 form: 32 bare
/// hex digits, braces and other UUID spellings are not key IDs.
/// </para>
/// <para>
/// The key ID is held as its UUID and form, so parsing allocates nothing, whatever the case of its hex digits; the
/// canonical text is kept when the input already was canonical (then <see cref="ToString()"/> allocates nothing) and is
/// otherwise formatted when read.
/// </para>
/// <para>
/// The default value is not a key ID: <see cref="ToString()"/> returns <see cref="string.Empty"/> and
/// <see cref="IsMultiRegion"/> is false. Instances are immutable and thread safe.
/// </para>
/// <para>See https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id.</para>
/// </remarks>
public readonly record struct KeyId : ISpanParsable<KeyId>, ISpanFormattable
{
    private const string MultiRegionPrefix = "mrk-";

    // Both forms are 36 characters: 8-4-4-4-12 with four hyphens, and "mrk-" with 32 digits.
    private const int KeyIdLength = 36;

    // SearchValues rather than ContainsAnyInRange('A', 'F'), which allocates on every call on .NET 10.
    private static readonly SearchValues<char> UpperCaseHexLetters = SearchValues.Create("ABCDEF");

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    private static readonly SearchValues<char> HexDigitsAndHyphen = SearchValues.Create("-0123456789abcdefABCDEF");

    private const byte SingleRegionForm = 1, MultiRegionForm = 2;

    // The canonical text when it came for free (the input was canonical), else null and formatted from _uuid on demand.
    private readonly string? _text;
    private readonly Guid _uuid;
    private readonly byte _form;

    private KeyId(Guid uuid, byte form, string? text)
    {
        _uuid = uuid;
        _form = form;
        _text = text;
    }

    /// <summary>Gets a value indicating whether this is a multi-Region key ID (it starts with <c>mrk-</c>).</summary>
    public bool IsMultiRegion => _form == MultiRegionForm;

    /// <summary>Creates a single-Region key ID from a UUID.</summary>
    /// <param name="uuid">The UUID, typically <see cref="Guid.NewGuid"/>.</param>
    /// <returns>The UUID in lower-case 8-4-4-4-12 form.</returns>
    public static KeyId NewSingleRegion(Guid uuid) => new(uuid, SingleRegionForm, uuid.ToString("D"));

    /// <summary>Creates a multi-Region key ID from a UUID.</summary>
    /// <param name="uuid">The UUID, typically <see cref="Guid.NewGuid"/>.</param>
    /// <returns><c>mrk-</c> followed by the UUID's 32 lower-case hexadecimal digits.</returns>
    public static KeyId NewMultiRegion(Guid uuid) => new(uuid, MultiRegionForm, MultiRegionPrefix + uuid.ToString("N"));

    /// <summary>Parses a key ID.</summary>
    /// <param name="text">A UUID or an <c>mrk-</c> multi-Region key ID.</param>
    /// <returns>The key ID in canonical lower case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a key ID.</exception>
    public static KeyId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var failure = ParseCore(text, text, out var result);
        return failure.IsFailure ? throw failure.ToFormatException(IdentifierKind.KeyId, text) : result;
    }

    /// <summary>Parses a key ID.</summary>
    /// <param name="text">A UUID or an <c>mrk-</c> multi-Region key ID.</param>
    /// <returns>The key ID in canonical lower case.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not a key ID.</exception>
    public static KeyId Parse(ReadOnlySpan<char> text)
    {
        var failure = ParseCore(text, null, out var result);
        return failure.IsFailure ? throw failure.ToFormatException(IdentifierKind.KeyId, text) : result;
    }

    /// <summary>Tries to parse a key ID.</summary>
    /// <param name="text">The text to parse; may be null.</param>
    /// <param name="result">The key ID, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a key ID.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out KeyId result)
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return !ParseCore(text, text, out result).IsFailure;
    }

    /// <summary>Tries to parse a key ID.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The key ID, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a key ID.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out KeyId result) => !ParseCore(text, null, out result).IsFailure;

    /// <summary>Returns the key ID in canonical lower case.</summary>
    /// <returns>The key ID; <see cref="string.Empty"/> for the default value.</returns>
    public override string ToString() => _text ?? _form switch
    {
        SingleRegionForm => _uuid.ToString("D"),
        MultiRegionForm => MultiRegionPrefix + _uuid.ToString("N"),
        _ => string.Empty,
    };

    /// <summary>Whether <paramref name="other"/> is the same key ID (hex digits compare without regard to case).</summary>
    /// <param name="other">The key ID to compare with.</param>
    /// <returns><see langword="true"/> when both are the same key ID, or both are the default value.</returns>
    public bool Equals(KeyId other) => _form == other._form && _uuid == other._uuid;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_uuid, _form);

    /// <summary>The one parser of key IDs.</summary>
    /// <param name="text">The input.</param>
    /// <param name="source">The string <paramref name="text"/> came from, reused as the value when already canonical.</param>
    /// <param name="result">The key ID, or the default value on failure.</param>
    internal static ParseFailure ParseCore(ReadOnlySpan<char> text, string? source, out KeyId result)
    {
        result = default;
        var failure = ParseFailure.CheckLength(text);
        if (failure.IsFailure)
        {
            return failure;
        }

        if (!TryReadUuid(text, out var uuid, out var form))
        {
            return ParseFailure.Of(IdentifierError.InvalidKeyId, Range.All);
        }

        // The source string is the canonical text when it has no upper-case hex: keep it, so ToString allocates nothing.
        result = new KeyId(uuid, form, source is not null && !text.ContainsAny(UpperCaseHexLetters) ? source : null);
        return default;
    }

    /// <summary>Reads the UUID of a well-formed key ID of either form, in one pass over the text.</summary>
    internal static bool TryReadUuid(ReadOnlySpan<char> text, out Guid uuid, out byte form)
    {
        // Guid's exact parser places the hyphens of the D (8-4-4-4-12) form, but also trims white space and takes "+" and
        // "0x" inside groups for compatibility; one vectorized scan for anything but hex digits and hyphens shuts those out.
        uuid = default;
        if (text.Length != KeyIdLength)
        {
            form = 0;
            return false;
        }

        if (text.StartsWith(MultiRegionPrefix, StringComparison.Ordinal))
        {
            form = MultiRegionForm;
            var digits = text[MultiRegionPrefix.Length..];
            return !digits.ContainsAnyExcept(HexDigits) && Guid.TryParseExact(digits, "N", out uuid);
        }

        form = SingleRegionForm;
        return !text.ContainsAnyExcept(HexDigitsAndHyphen) && Guid.TryParseExact(text, "D", out uuid);
    }

    /// <summary>Returns the key ID of a UUID read by <see cref="TryReadUuid"/>, reusing <paramref name="canonicalText"/> when given.</summary>
    internal static KeyId FromUuid(Guid uuid, byte form, string? canonicalText) => new(uuid, form, canonicalText);

    /// <summary>Checks the key-ID syntax and reports whether the text is already in canonical lower case.</summary>
    internal static bool IsWellFormed(ReadOnlySpan<char> text, out bool isCanonical)
    {
        isCanonical = false;
        if (text.Length != KeyIdLength)
        {
            return false;
        }

        if (text.StartsWith(MultiRegionPrefix, StringComparison.Ordinal))
        {
            if (text[MultiRegionPrefix.Length..].ContainsAnyExcept(HexDigits))
            {
                return false;
            }
        }
        else
        {
            for (var i = 0; i < text.Length; i++)
            {
                var isHyphenPosition = i is 8 or 13 or 18 or 23;
                if (isHyphenPosition ? text[i] != '-' : !HexDigits.Contains(text[i]))
                {
                    return false;
                }
            }
        }

        isCanonical = !text.ContainsAny(UpperCaseHexLetters);
        return true;
    }

    /// <summary>Lower-cases the hexadecimal digits of a well-formed key ID in place.</summary>
    internal static void ToLowerHex(Span<char> keyId)
    {
        for (var i = 0; i < keyId.Length; i++)
        {
            if (keyId[i] is >= 'A' and <= 'F')
            {
                keyId[i] = (char)(keyId[i] + ('a' - 'A'));
            }
        }
    }

    static KeyId IParsable<KeyId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<KeyId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out KeyId result) =>
        TryParse(s, out result);

    static KeyId ISpanParsable<KeyId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<KeyId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out KeyId result) =>
        TryParse(s, out result);

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString();

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString();
        charsWritten = text.TryCopyTo(destination) ? text.Length : 0;
        return charsWritten == text.Length;
    }
}
