using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace KeyLifecycle.Identifiers;

/// <summary>A KMS alias name: <c>alias/</c> followed by a name, such as <c>alias/ExampleAlias</c>.</summary>
/// <remarks>
/// <para>
/// An alias name is 1 to 256 characters from <c>[a-zA-Z0-9:/_-]</c> (the AliasNameType of the KMS API) that starts
/// with <c>alias/</c> and has at least one character after it. Names are case sensitive. Names that start with
/// <c>alias/aws/</c> are reserved for AWS managed keys (<see cref="IsReserved"/>).
/// </para>
/// <para>
/// The default value is not an alias name: <see cref="ToString()"/> returns <see cref="string.Empty"/> and
/// <see cref="IsReserved"/> is false. Instances are immutable and thread safe.
/// </para>
/// <para>See https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html.</para>
/// </remarks>
public readonly record struct AliasName : ISpanParsable<AliasName>, ISpanFormattable, IKmsIdentifierText<AliasName>
{
    /// <summary>The maximum length of an alias name, including the <c>alias/</c> prefix.</summary>
    public const int MaxLength = 256;

    private const string Prefix = "alias/";
    private const string ReservedPrefix = "alias/aws/";

    private static readonly SearchValues<char> AllowedCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:/_-");

    private readonly string? _value;

    private AliasName(string value) => _value = value;

    /// <summary>Gets a value indicating whether the name is reserved for AWS managed keys (it starts with <c>alias/aws/</c>).</summary>
    public bool IsReserved => _value is not null && _value.StartsWith(ReservedPrefix, StringComparison.Ordinal);

    /// <summary>Parses an alias name.</summary>
    /// <param name="text">An alias name, such as <c>alias/ExampleAlias</c>.</param>
    /// <returns>The alias name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an alias name.</exception>
    public static AliasName Parse(string text) => IdentifierText.Parse<AliasName>(text);

    /// <summary>Parses an alias name.</summary>
    /// <param name="text">An alias name, such as <c>alias/ExampleAlias</c>.</param>
    /// <returns>The alias name.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not an alias name.</exception>
    public static AliasName Parse(ReadOnlySpan<char> text) => IdentifierText.Parse<AliasName>(text);

    /// <summary>Tries to parse an alias name.</summary>
    /// <param name="text">The text to parse; may be null.</param>
    /// <param name="result">The alias name, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is an alias name.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AliasName result) => IdentifierText.TryParse(text, out result);

    /// <summary>Tries to parse an alias name.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The alias name, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is an alias name.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out AliasName result) => IdentifierText.TryParse(text, out result);

    /// <summary>Returns the alias name, including its <c>alias/</c> prefix.</summary>
    /// <returns>The alias name; <see cref="string.Empty"/> for the default value.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>The one parser of alias names.</summary>
    /// <param name="text">The input.</param>
    /// <param name="source">The string <paramref name="text"/> came from, reused as the value when given.</param>
    /// <param name="result">The alias name, or the default value on failure.</param>
    internal static ParseFailure ParseCore(ReadOnlySpan<char> text, string? source, out AliasName result)
    {
        result = default;
        var failure = ParseFailure.CheckLength(text);
        if (failure.IsFailure)
        {
            return failure;
        }

        if (!IsWellFormed(text))
        {
            return ParseFailure.Of(IdentifierError.InvalidAliasName, Range.All);
        }

        result = new AliasName(source ?? text.ToString());
        return default;
    }

    /// <summary>Checks the alias-name syntax: <c>alias/</c>, then one or more of <c>[a-zA-Z0-9:/_-]</c>, at most 256 in all.</summary>
    internal static bool IsWellFormed(ReadOnlySpan<char> text) =>
        text.Length > Prefix.Length
        && text.Length <= MaxLength
        && text.StartsWith(Prefix)
        && !text.ContainsAnyExcept(AllowedCharacters);

    static IdentifierKind IKmsIdentifierText<AliasName>.Kind => IdentifierKind.AliasName;

    static ParseFailure IKmsIdentifierText<AliasName>.ParseCore(ReadOnlySpan<char> text, string? source, out AliasName result) =>
        ParseCore(text, source, out result);
}
