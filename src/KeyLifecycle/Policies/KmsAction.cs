using System;
using System.Diagnostics.CodeAnalysis;

namespace KeyLifecycle.Policies;

/// <summary>A KMS permission as a policy names it: <c>kms:</c> and an operation name, such as <c>kms:Encrypt</c> or <c>kms:ReEncryptFrom</c>.</summary>
/// <remarks>
/// <para>
/// Most actions are the operation's name; <c>ReEncrypt</c> needs two, <c>kms:ReEncryptFrom</c> on the source key and
/// <c>kms:ReEncryptTo</c> on the destination key. Policies match actions case-insensitively, as IAM does.
/// See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html">AWS KMS permissions</see>.
/// </para>
/// <para>The default value is no action: <see cref="ToString()"/> is empty. Immutable and thread safe.</para>
/// </remarks>
public readonly record struct KmsAction : ISpanFormattable
{
    private const string Prefix = "kms:";

    private readonly string? _value;

    private KmsAction(string value) => _value = value;

    /// <summary>Gets <c>kms:CreateKey</c>, which acts on no key and is authorized by identity policies only.</summary>
    public static KmsAction CreateKey { get; } = new("kms:CreateKey");

    /// <summary>Gets <c>kms:ReEncryptFrom</c>, the permission ReEncrypt needs on its source key.</summary>
    public static KmsAction ReEncryptFrom { get; } = new("kms:ReEncryptFrom");

    /// <summary>Gets <c>kms:ReEncryptTo</c>, the permission ReEncrypt needs on its destination key.</summary>
    public static KmsAction ReEncryptTo { get; } = new("kms:ReEncryptTo");

    /// <summary>Gets the operation's name, such as <c>Encrypt</c>.</summary>
    public string OperationName => _value is null ? string.Empty : _value[Prefix.Length..];

    /// <summary>Gets a value indicating whether AWS lets a principal in another account call this action on a key (with both the key policy and its identity policy allowing it).</summary>
    /// <remarks>From the "Cross-account use" column of <see href="https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html">AWS KMS permissions</see>.</remarks>
    public bool AllowsCrossAccount => (_value is null ? default : _value.AsSpan(Prefix.Length)) switch
    {
        "CreateGrant" or "Decrypt" or "DeriveSharedSecret" or "DescribeKey" or "Encrypt" or "GenerateDataKey"
            or "GenerateDataKeyPair" or "GenerateDataKeyPairWithoutPlaintext" or "GenerateDataKeyWithoutPlaintext"
            or "GenerateMac" or "GetKeyRotationStatus" or "GetPublicKey" or "ListGrants" or "ReEncryptFrom"
            or "ReEncryptTo" or "RetireGrant" or "RevokeGrant" or "Sign" or "Verify" or "VerifyMac" => true,
        _ => false,
    };

    /// <summary>Returns the permission that <paramref name="operation"/> needs on its key.</summary>
    /// <param name="operation">The operation; not <see cref="KmsOperation.ReEncrypt"/>, which needs <see cref="ReEncryptFrom"/> and <see cref="ReEncryptTo"/>.</param>
    /// <returns>The action <c>kms:&lt;operation&gt;</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="operation"/> is <see cref="KmsOperation.ReEncrypt"/>.</exception>
    public static KmsAction For(KmsOperation operation) => operation == KmsOperation.ReEncrypt
        ? throw new ArgumentException("ReEncrypt needs kms:ReEncryptFrom on its source key and kms:ReEncryptTo on its destination key.", nameof(operation))
        : new KmsAction(Prefix + operation.ToWireName());

    /// <summary>Parses an action such as <c>kms:Encrypt</c>.</summary>
    /// <param name="text">The action.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not <c>kms:</c> followed by ASCII letters.</exception>
    public static KmsAction Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result) ? result : throw new FormatException($"'{text}' is not a KMS action such as kms:Encrypt.");
    }

    /// <summary>Tries to parse an action such as <c>kms:Encrypt</c>.</summary>
    /// <param name="text">The text; may be null.</param>
    /// <param name="result">The action, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is <c>kms:</c> followed by 1 to 64 ASCII letters.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out KmsAction result)
    {
        result = default;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal) || text.Length == Prefix.Length || text.Length > Prefix.Length + 64)
        {
            return false;
        }

        foreach (var c in text.AsSpan(Prefix.Length))
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        result = new KmsAction(text);
        return true;
    }

    /// <summary>Returns the action, such as <c>kms:Encrypt</c>.</summary>
    /// <returns>The action; empty for the default value.</returns>
    public override string ToString() => _value ?? string.Empty;

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString();

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString();
        charsWritten = text.TryCopyTo(destination) ? text.Length : 0;
        return charsWritten == text.Length;
    }
}
