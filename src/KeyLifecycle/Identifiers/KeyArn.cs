using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace KeyLifecycle.Identifiers;

/// <summary>
/// A KMS key ARN: <c>arn:&lt;partition&gt;:kms:&lt;region&gt;:&lt;account-id&gt;:key/&lt;key-id&gt;</c>, such as
/// <c>arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab</c>.
/// </summary>
/// <remarks>
/// <para>
/// The partition must be one of the eight AWS partitions, the service <c>kms</c>, the Region a well-formed code of that
/// partition, the account 12 digits and the key part a <see cref="Identifiers.KeyId"/>. The ARN is kept as its
/// canonical text (key ID in lower case), so <see cref="ToString()"/> does not allocate and equality is ordinal
/// equality of that text. <see cref="Region"/>, <see cref="AccountId"/> and <see cref="KeyId"/> are read from the
/// text on each call.
/// </para>
/// <para>
/// The default value is not an ARN: <see cref="ToString()"/> returns <see cref="string.Empty"/> and every component is
/// its own default value. Instances are immutable and thread safe; a value is a single reference, so it cannot tear.
/// </para>
/// <para>See https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id.</para>
/// </remarks>
public readonly record struct KeyArn : ISpanParsable<KeyArn>, ISpanFormattable
{
    private const string ResourcePrefix = "key/";

    private static readonly SearchValues<char> UpperCaseHexLetters = SearchValues.Create("ABCDEF");

    // The canonical text, and its parts as parsed once, so that reading a part neither parses nor allocates.
    private readonly string? _value;
    private readonly AwsPartition _partition;
    private readonly AwsRegion _region;
    private readonly AwsAccountId _accountId;
    private readonly KeyId _keyId;

    private KeyArn(string value, AwsPartition partition, AwsRegion region, AwsAccountId accountId, KeyId keyId)
    {
        _value = value;
        _partition = partition;
        _region = region;
        _accountId = accountId;
        _keyId = keyId;
    }

    /// <summary>Gets the ARN's partition.</summary>
    public AwsPartition Partition => _partition;

    /// <summary>Gets the ARN's Region.</summary>
    public AwsRegion Region => _region;

    /// <summary>Gets the ARN's account ID.</summary>
    public AwsAccountId AccountId => _accountId;

    /// <summary>Gets the ARN's key ID.</summary>
    public KeyId KeyId => _keyId;

    /// <summary>Builds a key ARN from its parts.</summary>
    /// <param name="partition">The partition.</param>
    /// <param name="region">The Region; must belong to <paramref name="partition"/>.</param>
    /// <param name="accountId">The account ID.</param>
    /// <param name="keyId">The key ID.</param>
    /// <returns>The key ARN.</returns>
    /// <exception cref="ArgumentException">A part is its default value, or <paramref name="region"/> is not in <paramref name="partition"/>.</exception>
    public static KeyArn Create(AwsPartition partition, AwsRegion region, AwsAccountId accountId, KeyId keyId)
    {
        KmsArnLayout.CheckParts(partition, region, accountId);
        if (keyId == default)
        {
            throw new ArgumentException("The key ID is the default value, which is not a key ID.", nameof(keyId));
        }

        return new KeyArn($"arn:{partition}:kms:{region}:{accountId}:{ResourcePrefix}{keyId}", partition, region, accountId, keyId);
    }

    /// <summary>Parses a key ARN.</summary>
    /// <param name="text">A key ARN.</param>
    /// <returns>The key ARN, with its key ID in canonical lower case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a key ARN.</exception>
    public static KeyArn Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var failure = ParseCore(text, text, out var result);
        return failure.IsFailure ? throw failure.ToFormatException(IdentifierKind.KeyArn, text) : result;
    }

    /// <summary>Parses a key ARN.</summary>
    /// <param name="text">A key ARN.</param>
    /// <returns>The key ARN, with its key ID in canonical lower case.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not a key ARN.</exception>
    public static KeyArn Parse(ReadOnlySpan<char> text)
    {
        var failure = ParseCore(text, null, out var result);
        return failure.IsFailure ? throw failure.ToFormatException(IdentifierKind.KeyArn, text) : result;
    }

    /// <summary>Tries to parse a key ARN.</summary>
    /// <param name="text">The text to parse; may be null.</param>
    /// <param name="result">The key ARN, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a key ARN.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out KeyArn result)
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return !ParseCore(text, text, out result).IsFailure;
    }

    /// <summary>Tries to parse a key ARN.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The key ARN, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a key ARN.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out KeyArn result) => !ParseCore(text, null, out result).IsFailure;

    /// <summary>Returns the ARN in canonical form.</summary>
    /// <returns>The ARN; <see cref="string.Empty"/> for the default value.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Whether <paramref name="other"/> is the same ARN.</summary>
    /// <param name="other">The ARN to compare with.</param>
    /// <returns><see langword="true"/> when both have the same canonical text, or both are the default value.</returns>
    public bool Equals(KeyArn other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : _value.GetHashCode(StringComparison.Ordinal);

    /// <summary>The one parser of key ARNs.</summary>
    /// <param name="text">The input.</param>
    /// <param name="source">The string <paramref name="text"/> came from, reused as the value when already canonical.</param>
    /// <param name="result">The key ARN, or the default value on failure.</param>
    internal static ParseFailure ParseCore(ReadOnlySpan<char> text, string? source, out KeyArn result)
    {
        result = default;
        var failure = ParseFailure.CheckLength(text);
        if (failure.IsFailure)
        {
            return failure;
        }

        failure = KmsArnLayout.Parse(text, out var layout);
        return failure.IsFailure ? failure : FromLayout(text, source, layout, out result);
    }

    /// <summary>Finishes parsing an ARN whose fields before the resource are valid.</summary>
    internal static ParseFailure FromLayout(ReadOnlySpan<char> text, string? source, in KmsArnLayout layout, out KeyArn result)
    {
        result = default;
        var resource = text[layout.ResourceField];
        if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        {
            return layout.Fail(IdentifierError.UnsupportedResourceType, layout.ResourceField);
        }

        var keyIdStart = layout.ResourceField.Start.Value + ResourcePrefix.Length;
        var keyIdText = text[keyIdStart..];
        if (!KeyId.TryReadUuid(keyIdText, out var uuid, out var form))
        {
            return layout.Fail(IdentifierError.InvalidKeyIdInArn, new Range(keyIdStart, text.Length));
        }

        string value;
        if (!keyIdText.ContainsAny(UpperCaseHexLetters))
        {
            value = source ?? text.ToString();
        }
        else
        {
            // Every field was checked, so the ARN is short (well under 200 characters) and fits on the stack.
            Span<char> canonical = stackalloc char[text.Length];
            text.CopyTo(canonical);
            KeyId.ToLowerHex(canonical[keyIdStart..]);
            value = new string(canonical);
        }

        result = new KeyArn(
            value,
            layout.Partition,
            AwsRegion.FromChecked(FieldTextPool.Get(value.AsSpan()[layout.RegionField])),
            AwsAccountId.FromChecked(FieldTextPool.Get(value.AsSpan()[layout.AccountField])),
            KeyId.FromUuid(uuid, form, canonicalText: null));
        return default;
    }

    static KeyArn IParsable<KeyArn>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<KeyArn>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out KeyArn result) =>
        TryParse(s, out result);

    static KeyArn ISpanParsable<KeyArn>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<KeyArn>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out KeyArn result) =>
        TryParse(s, out result);

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString();

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString();
        charsWritten = text.TryCopyTo(destination) ? text.Length : 0;
        return charsWritten == text.Length;
    }
}
