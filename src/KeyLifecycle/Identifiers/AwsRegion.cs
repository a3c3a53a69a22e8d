using System;
using System.Diagnostics.CodeAnalysis;

namespace KeyLifecycle.Identifiers;

/// <summary>An AWS Region code, such as <c>us-east-1</c>, checked for syntax only.</summary>
/// <remarks>
/// <para>
/// Regions are an open set, so any code of the right shape parses: two or more groups of lower-case ASCII letters and
/// a final group of ASCII digits, joined by '-' (<c>us-east-1</c>, <c>us-gov-west-1</c>, <c>eusc-de-east-1</c>), at
/// most 64 characters. Whether the Region exists is not checked; <see cref="Partition"/> says which partition's
/// pattern it matches, if any.
/// </para>
/// <para>
/// The default value is not a Region: <see cref="ToString()"/> returns <see cref="string.Empty"/> and
/// <see cref="Partition"/> is null. Instances are immutable and thread safe.
/// </para>
/// <para>See https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id.</para>
/// </remarks>
public readonly record struct AwsRegion : ISpanParsable<AwsRegion>, ISpanFormattable, IKmsIdentifierText<AwsRegion>
{
    /// <summary>The maximum length of a Region code accepted by this type.</summary>
    /// <remarks>The longest Region code in use is under 20 characters; 64 leaves room for any future one.</remarks>
    public const int MaxLength = 64;

    private readonly string? _value;

    private AwsRegion(string value) => _value = value;

    /// <summary>Wraps text already checked to be a Region code (by the ARN parsers).</summary>
    internal static AwsRegion FromChecked(string value) => new(value);

    /// <summary>Gets the US East (N. Virginia) Region, <c>us-east-1</c>.</summary>
    public static AwsRegion UsEast1 { get; } = new("us-east-1");

    /// <summary>Gets the US West (Oregon) Region, <c>us-west-2</c>.</summary>
    public static AwsRegion UsWest2 { get; } = new("us-west-2");

    /// <summary>Gets the partition whose Region pattern this code matches, or null when none does.</summary>
    public AwsPartition? Partition => AwsPartition.TryGetForRegion(this, out var partition) ? partition : null;

    /// <summary>Parses a Region code.</summary>
    /// <param name="text">The Region code, such as <c>us-west-2</c>.</param>
    /// <returns>The Region.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a well-formed Region code.</exception>
    public static AwsRegion Parse(string text) => IdentifierText.Parse<AwsRegion>(text);

    /// <summary>Parses a Region code.</summary>
    /// <param name="text">The Region code, such as <c>us-west-2</c>.</param>
    /// <returns>The Region.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not a well-formed Region code.</exception>
    public static AwsRegion Parse(ReadOnlySpan<char> text) => IdentifierText.Parse<AwsRegion>(text);

    /// <summary>Tries to parse a Region code.</summary>
    /// <param name="text">The text to parse; may be null.</param>
    /// <param name="result">The Region, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a well-formed Region code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AwsRegion result) => IdentifierText.TryParse(text, out result);

    /// <summary>Tries to parse a Region code.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The Region, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a well-formed Region code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out AwsRegion result) => IdentifierText.TryParse(text, out result);

    /// <summary>Returns the Region code.</summary>
    /// <returns>The code, such as <c>us-east-1</c>; <see cref="string.Empty"/> for the default value.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>The one parser of Region codes.</summary>
    /// <param name="text">The input.</param>
    /// <param name="source">The string <paramref name="text"/> came from, reused as the value when given.</param>
    /// <param name="result">The Region, or the default value on failure.</param>
    internal static ParseFailure ParseCore(ReadOnlySpan<char> text, string? source, out AwsRegion result)
    {
        result = default;
        var failure = ParseFailure.CheckLength(text);
        if (failure.IsFailure)
        {
            return failure;
        }

        if (!IsWellFormed(text))
        {
            return ParseFailure.Of(IdentifierError.InvalidRegion, Range.All);
        }

        result = new AwsRegion(source ?? text.ToString());
        return default;
    }

    /// <summary>Checks the Region-code syntax: <c>^[a-z]+(-[a-z]+)+-[0-9]+$</c>, at most <see cref="MaxLength"/> characters.</summary>
    internal static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > MaxLength)
        {
            return false;
        }

        var letterGroups = 0;
        var i = 0;
        while (true)
        {
            var groupStart = i;
            while (i < text.Length && char.IsAsciiLetterLower(text[i]))
            {
                i++;
            }

            if (i == groupStart)
            {
                break;
            }

            if (i == text.Length || text[i] != '-')
            {
                return false;
            }

            letterGroups++;
            i++;
        }

        var digitsStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return letterGroups >= 2 && i > digitsStart && i == text.Length;
    }

    static IdentifierKind IKmsIdentifierText<AwsRegion>.Kind => IdentifierKind.Region;

    static ParseFailure IKmsIdentifierText<AwsRegion>.ParseCore(ReadOnlySpan<char> text, string? source, out AwsRegion result) =>
        ParseCore(text, source, out result);
}
