using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace KeyLifecycle;

/// <summary>
/// The ID of one version of a key's material: 64 lower-case hexadecimal digits, as the service reports it in
/// <c>KeyMetadata.CurrentKeyMaterialId</c> and in the <c>KeyMaterialId</c> members of its responses.
/// </summary>
/// <remarks>
/// <para>
/// The AWS model's <c>BackingKeyIdType</c> is a string of exactly 64 characters matching <c>^[a-f0-9]+$</c>
/// (botocore <c>botocore/data/kms/2014-11-01/service-2.json</c>), which is the hexadecimal form of 32 bytes.
/// </para>
/// <para>
/// The default value is not a key material ID: <see cref="ToString()"/> returns <see cref="string.Empty"/>.
/// Instances are immutable and thread safe.
/// </para>
/// </remarks>
public readonly record struct KeyMaterialId
{
    /// <summary>The number of bytes a key material ID stands for.</summary>
    public const int ByteLength = 32;

    private const int TextLength = 64;

    private static readonly SearchValues<char> LowerHexDigits = SearchValues.Create("0123456789abcdef");

    private readonly string? _value;

    private KeyMaterialId(string value) => _value = value;

    /// <summary>Creates a key material ID from its 32 bytes, such as a SHA-256 digest or random bytes.</summary>
    /// <param name="bytes">Exactly <see cref="ByteLength"/> bytes.</param>
    /// <returns>The ID, in lower-case hexadecimal.</returns>
    /// <exception cref="ArgumentException"><paramref name="bytes"/> is not 32 bytes long.</exception>
    public static KeyMaterialId FromBytes(ReadOnlySpan<byte> bytes) => bytes.Length == ByteLength
        ? new KeyMaterialId(Convert.ToHexString(bytes).ToLowerInvariant())
        : throw new ArgumentException($"A key material ID is {ByteLength} bytes.", nameof(bytes));

    /// <summary>Parses a key material ID.</summary>
    /// <param name="text">64 lower-case hexadecimal digits.</param>
    /// <returns>The key material ID.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a key material ID.</exception>
    public static KeyMaterialId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result)
            ? result
            : throw new FormatException($"'{text}' is not a key material ID: it must be {TextLength} lower-case hexadecimal digits.");
    }

    /// <summary>Tries to parse a key material ID.</summary>
    /// <param name="text">The text to parse; may be null.</param>
    /// <param name="result">The key material ID, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is 64 lower-case hexadecimal digits.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out KeyMaterialId result)
    {
        if (text is { Length: TextLength } && !text.AsSpan().ContainsAnyExcept(LowerHexDigits))
        {
            result = new KeyMaterialId(text);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Writes the 32 bytes this ID stands for.</summary>
    /// <param name="destination">At least <see cref="ByteLength"/> bytes.</param>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than 32 bytes.</exception>
    public void WriteBytes(Span<byte> destination)
    {
        if (_value is null)
        {
            throw new InvalidOperationException("The default KeyMaterialId has no bytes.");
        }

        if (destination.Length < ByteLength)
        {
            throw new ArgumentException($"The destination must hold {ByteLength} bytes.", nameof(destination));
        }

        Convert.FromHexString(_value).CopyTo(destination);
    }

    /// <summary>Returns the 64 hexadecimal digits.</summary>
    /// <returns>The ID, or <see cref="string.Empty"/> for the default value.</returns>
    public override string ToString() => _value ?? string.Empty;
}
