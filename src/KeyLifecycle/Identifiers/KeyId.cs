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
public readonly record struct KeyId : ISpanParsable<KeyId>, ISpanFormattable, IKmsIdentifierText<KeyId>
{
    private const string MultiRegionPrefix = "mrk-";

    // Both forms are 36 characters: 8-4-4-4-12 with four hyphens, and "mrk-" with 32 digits.
    private const int KeyIdLength = 36;

    // The characters of a canonical key ID's digits and hyphens, and of any key ID's: hexadecimal digits in either case.
    private static readonly SearchValues<char> LowerCaseHexDigitsAndHyphen = SearchValues.Create("-0123456789abcdef");
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
    public static KeyId Parse(string text) => IdentifierText.Parse<KeyId>(text);

    /// <summary>Parses a key ID.</summary>
    /// <param name="text">A UUID or an <c>mrk-</c> multi-Region key ID.</param>
    /// <returns>The key ID in canonical lower case.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not a key ID.</exception>
    public static KeyId Parse(ReadOnlySpan<char> text) => IdentifierText.Parse<KeyId>(text);

    /// <summary>Tries to parse a key ID.</summary>
    /// <param name="text">The text to parse; may be null.</param>
    /// <param name="result">The key ID, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a key ID.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out KeyId result) => IdentifierText.TryParse(text, out result);

    /// <summary>Tries to parse a key ID.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The key ID, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a key ID.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out KeyId result) => IdentifierText.TryParse(text, out result);

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
        if (TryRead(text, source, out result))
        {
            return default;
        }

        var failure = ParseFailure.CheckLength(text);
        return failure.IsFailure ? failure : ParseFailure.Of(IdentifierError.InvalidKeyId, Range.All);
    }

    /// <summary>Reads a key ID, without saying why text that is not one is refused.</summary>
    /// <param name="text">The input.</param>
    /// <param name="source">The string <paramref name="text"/> came from, reused as the value when already canonical.</param>
    /// <param name="result">The key ID, or the default value on failure.</param>
    internal static bool TryRead(ReadOnlySpan<char> text, string? source, out KeyId result)
    {
        if (!TryReadUuid(text, out var uuid, out var form, out var lowerCase))
        {
            result = default;
            return false;
        }

        // The source string is the canonical text when its hex is lower case: keep it, so ToString allocates nothing.
        result = new KeyId(uuid, form, lowerCase ? source : null);
        return true;
    }

    /// <summary>Reads the UUID of a well-formed key ID of either form.</summary>
    /// <param name="text">The input.</param>
    /// <param name="uuid">The UUID.</param>
    /// <param name="form">Which of the two forms the key ID has.</param>
    /// <param name="lowerCase">Whether every hexadecimal digit is lower case, so that <paramref name="text"/> is canonical.</param>
    internal static bool TryReadUuid(ReadOnlySpan<char> text, out Guid uuid, out byte form, out bool lowerCase)
    {
        lowerCase = false;
        form = text.StartsWith(MultiRegionPrefix) ? MultiRegionForm : SingleRegionForm;
        var digits = form == MultiRegionForm ? text[MultiRegionPrefix.Length..] : text;
        if (text.Length != KeyIdLength || !(form == MultiRegionForm ? TryReadDigits(digits, out uuid) : Guid.TryParseExact(digits, "D", out uuid)))
        {
            uuid = default;
            form = 0;
            return false;
        }

        // Guid's exact parser places the hyphens of the D (8-4-4-4-12) form and refuses them in the N form, but for
        // compatibility it also takes "+", "0x" and "0X" at the start of a group; a key ID has hexadecimal digits only.
        // One vectorized scan for anything but lower-case hex and the hyphen clears the common case; a hit is either
        // upper-case hex (a key ID, not in canonical text) or one of those characters.
        var other = digits.IndexOfAnyExcept(LowerCaseHexDigitsAndHyphen);
        lowerCase = other < 0;
        if (!lowerCase && digits[other..].ContainsAnyExcept(HexDigitsAndHyphen))
        {
            uuid = default;
            form = 0;
            return false;
        }

        return true;
    }

    // The 32 digits of an mrk- key ID. Guid's N parser reads them as four hexadecimal numbers, through the general number
    // parser; the vectorized hex decoder is faster (BenchmarkDotNet: 2.08x to 1.45x the floor), and the digits are
    // contiguous, so nothing is copied.
    private static bool TryReadDigits(ReadOnlySpan<char> digits, out Guid uuid)
    {
#if NET9_0_OR_GREATER
        Span<byte> bytes = stackalloc byte[16];
        if (Convert.FromHexString(digits, bytes, out _, out var written) == OperationStatus.Done && written == bytes.Length)
        {
            uuid = new Guid(bytes, bigEndian: true);
            return true;
        }

        uuid = default;
        return false;
#else
        return Guid.TryParseExact(digits, "N", out uuid);
#endif
    }

    /// <summary>Returns the key ID of a UUID read by <see cref="TryReadUuid"/>, reusing <paramref name="canonicalText"/> when given.</summary>
    internal static KeyId FromUuid(Guid uuid, byte form, string? canonicalText) => new(uuid, form, canonicalText);

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

    static IdentifierKind IKmsIdentifierText<KeyId>.Kind => IdentifierKind.KeyId;

    static bool IKmsIdentifierText<KeyId>.TryRead(ReadOnlySpan<char> text, string? source, out KeyId result) =>
        TryRead(text, source, out result);

    static ParseFailure IKmsIdentifierText<KeyId>.ParseCore(ReadOnlySpan<char> text, string? source, out KeyId result) =>
        ParseCore(text, source, out result);
}
