using System;
using System.Diagnostics.CodeAnalysis;

namespace KeyLifecycle.Identifiers;

/// <summary>What an identifier type supplies so that its parsing and formatting members can be written once.</summary>
/// <typeparam name="TSelf">The identifier type.</typeparam>
/// <remarks>
/// A type gives its kind (for failure messages) and its one parser; this interface implements the generic-math parsing
/// and formatting interfaces from them, and <see cref="IdentifierText"/> the public <c>Parse</c> and <c>TryParse</c>
/// overloads each type exposes.
/// </remarks>
internal interface IKmsIdentifierText<TSelf> : ISpanParsable<TSelf>, ISpanFormattable
    where TSelf : struct, IKmsIdentifierText<TSelf>
{
    /// <summary>Gets what the type is called in a failure's message.</summary>
    static abstract IdentifierKind Kind { get; }

    /// <summary>The type's one parser: the value, or the rule the text broke.</summary>
    /// <param name="text">The input.</param>
    /// <param name="source">The string <paramref name="text"/> came from, reused as the value when already canonical.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    static abstract ParseFailure ParseCore(ReadOnlySpan<char> text, string? source, out TSelf result);

    /// <summary>Reads a valid identifier, without saying why an invalid one is not; a type with a faster path than <see cref="ParseCore"/> supplies it.</summary>
    /// <param name="text">The input.</param>
    /// <param name="source">The string <paramref name="text"/> came from, reused as the value when already canonical.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    static virtual bool TryRead(ReadOnlySpan<char> text, string? source, out TSelf result) => !TSelf.ParseCore(text, source, out result).IsFailure;

    static TSelf IParsable<TSelf>.Parse(string s, IFormatProvider? provider) => IdentifierText.Parse<TSelf>(s);

    static bool IParsable<TSelf>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TSelf result) =>
        IdentifierText.TryParse(s, out result);

    static TSelf ISpanParsable<TSelf>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => IdentifierText.Parse<TSelf>(s);

    static bool ISpanParsable<TSelf>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TSelf result) =>
        IdentifierText.TryParse(s, out result);

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString() ?? string.Empty;

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString() ?? string.Empty;
        charsWritten = text.TryCopyTo(destination) ? text.Length : 0;
        return charsWritten == text.Length;
    }
}

/// <summary>The <c>Parse</c> and <c>TryParse</c> overloads every identifier type exposes, written once.</summary>
/// <remarks>
/// <c>Parse</c> and <c>TryParse</c> take the type's fast path first; only a refused input goes through the full parser
/// again, to say which rule it broke. A failure allocates nothing until its message is made.
/// </remarks>
internal static class IdentifierText
{
    /// <summary>Parses <paramref name="text"/>, throwing for null or for text that is not a <typeparamref name="T"/>.</summary>
    public static T Parse<T>(string text)
        where T : struct, IKmsIdentifierText<T>
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse<T>(text, text);
    }

    /// <summary>Parses <paramref name="text"/>, throwing when it is not a <typeparamref name="T"/>.</summary>
    public static T Parse<T>(ReadOnlySpan<char> text, string? source = null)
        where T : struct, IKmsIdentifierText<T>
    {
        if (T.TryRead(text, source, out var result))
        {
            return result;
        }

        var failure = T.ParseCore(text, source, out result);
        return failure.IsFailure ? throw failure.ToFormatException(T.Kind, text) : result;
    }

    /// <summary>Tries to parse <paramref name="text"/>; null is not a <typeparamref name="T"/>.</summary>
    public static bool TryParse<T>([NotNullWhen(true)] string? text, out T result)
        where T : struct, IKmsIdentifierText<T>
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return T.TryRead(text, text, out result);
    }

    /// <summary>Tries to parse <paramref name="text"/>.</summary>
    public static bool TryParse<T>(ReadOnlySpan<char> text, out T result)
        where T : struct, IKmsIdentifierText<T> => T.TryRead(text, null, out result);
}
