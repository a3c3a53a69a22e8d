using System;

namespace KeyLifecycle.Testing.Conformance;

/// <summary>What an implementation answered to one call: success with what the response says about the key, or an error code and message.</summary>
/// <remarks>Made by <see cref="Success"/> or <see cref="Failure(string, string)"/>. Immutable.</remarks>
public sealed record KmsResponse
{
    private KmsResponse(bool succeeded, string? errorCode, string? errorMessage, string? keyArn, string? keyState, bool? enabled)
    {
        Succeeded = succeeded;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
        KeyArn = keyArn;
        KeyState = keyState;
        Enabled = enabled;
    }

    /// <summary>Gets a value indicating whether the call succeeded (HTTP 200).</summary>
    public bool Succeeded { get; }

    /// <summary>Gets the error code of a failed call, such as <c>KMSInvalidStateException</c>; <see langword="null"/> on success.</summary>
    public string? ErrorCode { get; }

    /// <summary>Gets the error message of a failed call, exactly as received; <see langword="null"/> on success.</summary>
    public string? ErrorMessage { get; }

    /// <summary>Gets the key ARN the response names (<c>KeyMetadata.Arn</c>, or the <c>KeyId</c> member of <c>ScheduleKeyDeletion</c> and <c>CancelKeyDeletion</c> responses); <see langword="null"/> when it names none.</summary>
    public string? KeyArn { get; }

    /// <summary>Gets the key state the response reports in its wire spelling, such as <c>PendingDeletion</c>; <see langword="null"/> when it reports none.</summary>
    public string? KeyState { get; }

    /// <summary>Gets <c>KeyMetadata.Enabled</c>; <see langword="null"/> when the response has no key metadata.</summary>
    public bool? Enabled { get; }

    /// <summary>Gets the <c>CiphertextBlob</c> of a successful <c>Encrypt</c> or <c>GenerateDataKey</c>; <see langword="null"/> otherwise.</summary>
    public ReadOnlyMemory<byte>? CiphertextBlob { get; private init; }

    /// <summary>Gets the <c>Plaintext</c> of a successful <c>Decrypt</c> or <c>GenerateDataKey</c>; <see langword="null"/> otherwise.</summary>
    public ReadOnlyMemory<byte>? Plaintext { get; private init; }

    /// <summary>Returns a successful answer to a cryptographic call.</summary>
    /// <param name="keyArn">The response's <c>KeyId</c> member, if any.</param>
    /// <param name="ciphertextBlob">The response's <c>CiphertextBlob</c>, if any.</param>
    /// <param name="plaintext">The response's <c>Plaintext</c>, if any.</param>
    /// <returns>The answer.</returns>
    public static KmsResponse Cryptographic(string? keyArn, ReadOnlyMemory<byte>? ciphertextBlob, ReadOnlyMemory<byte>? plaintext) =>
        new(true, null, null, keyArn, null, null) { CiphertextBlob = ciphertextBlob, Plaintext = plaintext };

    /// <summary>Returns a successful answer.</summary>
    /// <param name="keyArn">The key ARN the response names, if any.</param>
    /// <param name="keyState">The key state the response reports, in its wire spelling, if any.</param>
    /// <param name="enabled">The response's <c>Enabled</c> flag, if any.</param>
    /// <returns>The answer.</returns>
    public static KmsResponse Success(string? keyArn = null, string? keyState = null, bool? enabled = null) =>
        new(true, null, null, keyArn, keyState, enabled);

    /// <summary>Returns a failed answer.</summary>
    /// <param name="errorCode">The error code, such as <c>NotFoundException</c>.</param>
    /// <param name="message">The error message, exactly as received.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="errorCode"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    public static KmsResponse Failure(string errorCode, string message)
    {
        ArgumentNullException.ThrowIfNull(errorCode);
        ArgumentNullException.ThrowIfNull(message);
        return new(false, errorCode, message, null, null, null);
    }

    /// <summary>Returns the answer as a report shows it: <c>ok</c> with its data, or <c>code: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Succeeded
            ? "ok" + (KeyState is null ? string.Empty : $" (KeyState {KeyState})")
            : $"{ErrorCode}: {InvalidKeyIdCase.Shorten(ErrorMessage ?? string.Empty)}";
}
