using System;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Errors;

/// <summary>The identified key or alias does not exist, or the identifier cannot name one here: <c>NotFoundException</c>.</summary>
/// <param name="Reason">Which wording applies.</param>
/// <param name="Subject">The text the message names: a key ARN, an alias ARN, the identifier as sent, or the foreign Region or partition.</param>
/// <remarks>
/// Create instances with <see cref="Key"/>, <see cref="Alias"/>, <see cref="InvalidKeyId"/> and <see cref="ForeignArn"/>.
/// The service answers all four with one code; they differ only in the message, as the wordings of
/// <see cref="InvalidKeyState"/> do.
/// </remarks>
public sealed record NotFound(NotFoundReason Reason, string Subject) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "NotFoundException";

    /// <inheritdoc/>
    public string Message => Reason switch
    {
        NotFoundReason.Key => $"Key '{Subject}' does not exist",
        NotFoundReason.Alias => $"Alias {Subject} is not found.",
        NotFoundReason.InvalidKeyId => $"Invalid keyId '{Subject}'",
        NotFoundReason.ForeignArn => $"Invalid arn {Subject}",
    };

    /// <summary>Returns the refusal of a key that does not exist in the caller's account and Region: <c>Key '&lt;key ARN&gt;' does not exist</c>.</summary>
    /// <param name="keyArn">The key ARN the request identified, built from the caller's partition, Region and account when the request gave a bare key ID.</param>
    /// <returns>The refusal.</returns>
    /// <remarks>Recorded from the real service for DescribeKey and RotateKeyOnDemand with unknown key IDs, key ARNs and <c>mrk-</c> IDs.</remarks>
    public static NotFound Key(KeyArn keyArn) => new(NotFoundReason.Key, keyArn.ToString());

    /// <summary>Returns the refusal of an alias that does not exist in the caller's account and Region: <c>Alias &lt;alias ARN&gt; is not found.</c></summary>
    /// <param name="aliasArn">The alias ARN, built from the caller's partition, Region and account when the request gave an alias name.</param>
    /// <returns>The refusal.</returns>
    public static NotFound Alias(AliasArn aliasArn) => new(NotFoundReason.Alias, aliasArn.ToString());

    /// <summary>Returns the refusal of a <c>KeyId</c> that is not a key ID, key ARN or accepted alias: <c>Invalid keyId '&lt;input&gt;'</c>.</summary>
    /// <param name="input">The identifier as the caller sent it.</param>
    /// <returns>The refusal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Recorded from the real service for <c>fake-key-id</c>, <c>mrk-fake-key-id</c> and 32 hex digits without dashes. The project
    /// also answers this for an alias given to an operation that accepts only a key ID or key ARN (an unverified case).
    /// </remarks>
    public static NotFound InvalidKeyId(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new(NotFoundReason.InvalidKeyId, input);
    }

    /// <summary>Returns the refusal of an ARN that names a Region (or partition) other than the caller's: <c>Invalid arn &lt;region&gt;</c>.</summary>
    /// <param name="scope">The Region or partition written in the ARN, such as <c>us-west-2</c>.</param>
    /// <returns>The refusal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is <see langword="null"/>.</exception>
    /// <remarks>Recorded from the real service for key ARNs of another Region (<c>Invalid arn us-west-2</c>). The partition form is the project's choice.</remarks>
    public static NotFound ForeignArn(string scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return new(NotFoundReason.ForeignArn, scope);
    }
}
