using System;
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
/// equality of that text. <see cref="Partition"/>, <see cref="Region"/>, <see cref="AccountId"/> and
/// <see cref="KeyId"/> are found once, when the ARN is parsed, so reading them neither parses nor allocates. The
/// account and Region of ARNs parsed before are remembered (a fixed-size table), so parsing a key ARN in canonical
/// form, of an account and Region seen before, allocates nothing.
/// </para>
/// <para>
/// The default value is not an ARN: <see cref="ToString()"/> returns <see cref="string.Empty"/> and every component is
/// its own default value. Instances are immutable and thread safe.
/// </para>
/// <para>See https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id.</para>
/// </remarks>
public readonly record struct KeyArn : ISpanParsable<KeyArn>, ISpanFormattable, IKmsIdentifierText<KeyArn>
{
    private const string ResourcePrefix = "key/";

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

        return new KeyArn(KmsArnLayout.Compose(partition, region, accountId, ResourcePrefix, keyId.ToString()), partition, region, accountId, keyId);
    }

    /// <summary>Parses a key ARN.</summary>
    /// <param name="text">A key ARN.</param>
    /// <returns>The key ARN, with its key ID in canonical lower case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a key ARN.</exception>
    public static KeyArn Parse(string text) => IdentifierText.Parse<KeyArn>(text);

    /// <summary>Parses a key ARN.</summary>
    /// <param name="text">A key ARN.</param>
    /// <returns>The key ARN, with its key ID in canonical lower case.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not a key ARN.</exception>
    public static KeyArn Parse(ReadOnlySpan<char> text) => IdentifierText.Parse<KeyArn>(text);

    /// <summary>Tries to parse a key ARN.</summary>
    /// <param name="text">The text to parse; may be null.</param>
    /// <param name="result">The key ARN, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a key ARN.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out KeyArn result) => IdentifierText.TryParse(text, out result);

    /// <summary>Tries to parse a key ARN.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The key ARN, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a key ARN.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out KeyArn result) => IdentifierText.TryParse(text, out result);

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

    /// <summary>Reads a key ARN, without saying why text that is not one is refused.</summary>
    /// <remarks>
    /// <para>
    /// Accepts exactly what <see cref="ParseCore"/> accepts, read from the right: a key ARN always ends in
    /// <c>:&lt;12 digits&gt;:key/&lt;36-character key ID&gt;</c>, and what stands before that is
    /// <c>arn:&lt;partition&gt;:kms:&lt;region&gt;</c>. None of those fields can hold a colon, so the colons found this way
    /// are the first five that <see cref="ParseCore"/> splits on.
    /// </para>
    /// </remarks>
    /// <param name="text">The input.</param>
    /// <param name="source">The string <paramref name="text"/> came from, reused as the value when already canonical.</param>
    /// <param name="result">The key ARN, or the default value on failure.</param>
    internal static bool TryRead(ReadOnlySpan<char> text, string? source, out KeyArn result)
    {
        result = default;
        const int KeyIdLength = 36;
        const int TailLength = 1 + AwsAccountId.Length + 1 + 4 + KeyIdLength; // :<account>:key/<key ID>
        if (text.Length > ParseFailure.MaxInputLength || text.Length <= TailLength)
        {
            return false;
        }

        var keyIdStart = text.Length - KeyIdLength;
        var head = text[..(keyIdStart - ResourcePrefix.Length)];
        if (!text[head.Length..keyIdStart].SequenceEqual(ResourcePrefix)
            || head[^1] != ':'
            || head[head.Length - AwsAccountId.Length - 2] != ':'
            || !KeyId.TryReadUuid(text[keyIdStart..], out var uuid, out var form, out var lowerCase)
            || !KeyArnHeads.TryGet(head, out var parts))
        {
            return false;
        }

        result = new KeyArn(Canonical(text, source, keyIdStart, lowerCase), parts.Partition, parts.Region, parts.AccountId, KeyId.FromUuid(uuid, form, canonicalText: null));
        return true;
    }

    /// <summary>Finishes parsing an ARN whose fields before the resource are valid.</summary>
    internal static ParseFailure FromLayout(ReadOnlySpan<char> text, string? source, in KmsArnLayout layout, out KeyArn result)
    {
        result = default;
        var resource = text[layout.ResourceField];
        if (!resource.StartsWith(ResourcePrefix))
        {
            return layout.Fail(IdentifierError.UnsupportedResourceType, layout.ResourceField);
        }

        var keyIdStart = layout.ResourceField.Start.Value + ResourcePrefix.Length;
        if (!KeyId.TryReadUuid(text[keyIdStart..], out var uuid, out var form, out var lowerCase))
        {
            return layout.Fail(IdentifierError.InvalidKeyIdInArn, new Range(keyIdStart, text.Length));
        }

        result = new KeyArn(
            Canonical(text, source, keyIdStart, lowerCase),
            layout.Partition,
            AwsRegion.FromChecked(text[layout.RegionField].ToString()),
            AwsAccountId.FromChecked(text[layout.AccountField].ToString()),
            KeyId.FromUuid(uuid, form, canonicalText: null));
        return default;
    }

    // The canonical text of a valid key ARN: the key ID in lower case.
    private static string Canonical(ReadOnlySpan<char> text, string? source, int keyIdStart, bool lowerCaseKeyId)
    {
        if (lowerCaseKeyId)
        {
            return source ?? text.ToString();
        }

        // Every field was checked, so the ARN is short (well under 200 characters) and fits on the stack.
        Span<char> canonical = stackalloc char[text.Length];
        text.CopyTo(canonical);
        KeyId.ToLowerHex(canonical[keyIdStart..]);
        return new string(canonical);
    }

    static bool IKmsIdentifierText<KeyArn>.TryRead(ReadOnlySpan<char> text, string? source, out KeyArn result) =>
        TryRead(text, source, out result);

    static IdentifierKind IKmsIdentifierText<KeyArn>.Kind => IdentifierKind.KeyArn;

    static ParseFailure IKmsIdentifierText<KeyArn>.ParseCore(ReadOnlySpan<char> text, string? source, out KeyArn result) =>
        ParseCore(text, source, out result);
}
