using System;
using OneOf;

namespace KeyLifecycle.Identifiers;

/// <summary>Reads the <c>KeyId</c> parameter of a KMS request: a key ID, key ARN, alias name or alias ARN.</summary>
/// <remarks>
/// <para>
/// Input longer than <see cref="MaxLength"/> characters is rejected before anything else. Otherwise the input is
/// classified by its start, as the service does: <c>arn:</c> is an ARN (a key ARN when its resource starts with
/// <c>key/</c>, an alias ARN when it starts with <c>alias/</c>), <c>alias/</c> is an alias name, and anything else is a
/// key ID. Parsing never throws; a failure is an <see cref="InvalidIdentifier"/>. Which of the four forms an operation
/// accepts is the caller's decision.
/// </para>
/// <para>The class is stateless and thread safe. See https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id.</para>
/// </remarks>
public static class KmsIdentifier
{
    /// <summary>The maximum length of a <c>KeyId</c> parameter (KeyIdType and ArnType in the KMS API).</summary>
    public const int MaxLength = ParseFailure.MaxInputLength;

    private const string ArnPrefix = "arn:";
    private const string AliasPrefix = "alias/";

    /// <summary>Parses a key ID, key ARN, alias name or alias ARN.</summary>
    /// <param name="text">The identifier; null is reported as <see cref="IdentifierError.Missing"/>.</param>
    /// <returns>The identifier in the form it was given, or the reason it is not one.</returns>
    public static OneOf<KeyId, KeyArn, AliasName, AliasArn, InvalidIdentifier> Parse(string? text) =>
        text is null
            ? ParseFailure.Of(IdentifierError.Missing, Range.All).ToInvalidIdentifier(IdentifierKind.KmsIdentifier, string.Empty, string.Empty)
            : Parse(text, text);

    /// <summary>Parses a key ID, key ARN, alias name or alias ARN.</summary>
    /// <param name="text">The identifier.</param>
    /// <returns>The identifier in the form it was given, or the reason it is not one.</returns>
    public static OneOf<KeyId, KeyArn, AliasName, AliasArn, InvalidIdentifier> Parse(ReadOnlySpan<char> text) => Parse(text, null);

    private static OneOf<KeyId, KeyArn, AliasName, AliasArn, InvalidIdentifier> Parse(ReadOnlySpan<char> text, string? source)
    {
        var failure = ParseFailure.CheckLength(text);
        if (failure.IsFailure)
        {
            return failure.ToInvalidIdentifier(IdentifierKind.KmsIdentifier, text, source);
        }

        if (text.StartsWith(ArnPrefix))
        {
            return ParseArn(text, source);
        }

        if (text.StartsWith(AliasPrefix))
        {
            failure = AliasName.ParseCore(text, source, out var aliasName);
            return failure.IsFailure ? failure.ToInvalidIdentifier(IdentifierKind.AliasName, text, source) : aliasName;
        }

        failure = KeyId.ParseCore(text, source, out var keyId);
        return failure.IsFailure ? failure.ToInvalidIdentifier(IdentifierKind.KeyId, text, source) : keyId;
    }

    private static OneOf<KeyId, KeyArn, AliasName, AliasArn, InvalidIdentifier> ParseArn(ReadOnlySpan<char> text, string? source)
    {
        if (KeyArn.TryRead(text, source, out var fastKeyArn))
        {
            return fastKeyArn;
        }

        var failure = KmsArnLayout.Parse(text, out var layout);
        if (failure.IsFailure)
        {
            return failure.ToInvalidIdentifier(IdentifierKind.KmsArn, text, source);
        }

        if (text[layout.ResourceField].StartsWith(AliasPrefix))
        {
            failure = AliasArn.FromLayout(text, source, layout, out var aliasArn);
            return failure.IsFailure ? failure.ToInvalidIdentifier(IdentifierKind.KmsArn, text, source) : aliasArn;
        }

        failure = KeyArn.FromLayout(text, source, layout, out var keyArn);
        return failure.IsFailure ? failure.ToInvalidIdentifier(IdentifierKind.KmsArn, text, source) : keyArn;
    }
}
