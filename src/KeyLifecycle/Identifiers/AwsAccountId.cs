using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace KeyLifecycle.Identifiers;

/// <summary>An AWS account ID: exactly 12 ASCII digits, such as <c>111122223333</c>, kept as text.</summary>
/// <remarks>
/// <para>
/// The ID is text, not a number, because leading zeros are significant (<c>012345678901</c>). Only the ASCII digits
/// 0-9 are accepted; look-alike digits from other scripts are rejected.
/// </para>
/// <para>
/// The default value is not an account ID: <see cref="ToString()"/> returns <see cref="string.Empty"/>. Instances are
/// immutable and thread safe.
/// </para>
/// <para>See https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html.</para>
/// </remarks>
public readonly record struct AwsAccountId : ISpanParsable<AwsAccountId>, ISpanFormattable, IKmsIdentifierText<AwsAccountId>
{
    /// <summary>The number of digits in an account ID.</summary>
    public const int Length = 12;

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private readonly string? _value;

    private AwsAccountId(string value) => _value = value;

    /// <summary>Wraps text already checked to be an account ID (by the ARN parsers).</summary>
    internal static AwsAccountId FromChecked(string value) => new(value);

    /// <summary>Parses an account ID.</summary>
    /// <param name="text">Twelve ASCII digits.</param>
    /// <returns>The account ID.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not 12 ASCII digits.</exception>
    public static AwsAccountId Parse(string text) => IdentifierText.Parse<AwsAccountId>(text);

    /// <summary>Parses an account ID.</summary>
    /// <param name="text">Twelve ASCII digits.</param>
    /// <returns>The account ID.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not 12 ASCII digits.</exception>
    public static AwsAccountId Parse(ReadOnlySpan<char> text) => IdentifierText.Parse<AwsAccountId>(text);

    /// <summary>Tries to parse an account ID.</summary>
    /// <param name="text">The text to parse; may be null.</param>
    /// <param name="result">The account ID, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is 12 ASCII digits.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AwsAccountId result) => IdentifierText.TryParse(text, out result);

    /// <summary>Tries to parse an account ID.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The account ID, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is 12 ASCII digits.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out AwsAccountId result) => IdentifierText.TryParse(text, out result);

    /// <summary>Returns the 12 digits.</summary>
    /// <returns>The account ID; <see cref="string.Empty"/> for the default value.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>The one parser of account IDs.</summary>
    /// <param name="text">The input.</param>
    /// <param name="source">The string <paramref name="text"/> came from, reused as the value when given.</param>
    /// <param name="result">The account ID, or the default value on failure.</param>
    internal static ParseFailure ParseCore(ReadOnlySpan<char> text, string? source, out AwsAccountId result)
    {
        result = default;
        var failure = ParseFailure.CheckLength(text);
        if (failure.IsFailure)
        {
            return failure;
        }

        if (!IsWellFormed(text))
        {
            return ParseFailure.Of(IdentifierError.InvalidAccountId, Range.All);
        }

        result = new AwsAccountId(source ?? text.ToString());
        return default;
    }

    /// <summary>Checks the account-ID syntax: exactly 12 ASCII digits.</summary>
    internal static bool IsWellFormed(ReadOnlySpan<char> text) => text.Length == Length && !text.ContainsAnyExcept(Digits);

    static IdentifierKind IKmsIdentifierText<AwsAccountId>.Kind => IdentifierKind.AccountId;

    static ParseFailure IKmsIdentifierText<AwsAccountId>.ParseCore(ReadOnlySpan<char> text, string? source, out AwsAccountId result) =>
        ParseCore(text, source, out result);
}
