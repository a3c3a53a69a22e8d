using System;
using System.Globalization;

namespace KeyLifecycle.Testing;

/// <summary>A bad <c>KeyId</c> parameter with the error code and message the service answers it with.</summary>
/// <param name="Category">What is wrong with the input.</param>
/// <param name="Caller">The caller the input is judged against: its partition, Region and account decide what is foreign.</param>
/// <param name="Input">The <c>KeyId</c> as sent; <see langword="null"/> for <see cref="InvalidKeyIdCategory.Missing"/>.</param>
/// <param name="ExpectedErrorCode">The AWS error code, such as <c>NotFoundException</c>.</param>
/// <param name="ExpectedMessage">The AWS message, such as <c>Invalid keyId 'fake-key-id'</c>.</param>
/// <remarks>
/// The expected answer is the one for an operation that takes only a key ID or key ARN (<c>EnableKey</c>,
/// <c>DisableKey</c>, <c>ScheduleKeyDeletion</c>, <c>CancelKeyDeletion</c>) in an account that holds no key with the
/// input's key ID. It is written from the specification's sections 4.3 and 8, independently of
/// <see cref="Resolution.KeyResolver"/>, so that the two can be checked against each other.
/// </remarks>
public sealed record InvalidKeyIdCase(InvalidKeyIdCategory Category, KmsCaller Caller, string? Input, string ExpectedErrorCode, string ExpectedMessage)
{
    /// <summary>Returns the category, the input (shortened when long) and the expected answer.</summary>
    /// <returns>A line such as <c>MalformedKeyId: "fake-key-id" -> NotFoundException: Invalid keyId 'fake-key-id'</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Category}: {Show(Input)} -> {ExpectedErrorCode}: {Shorten(ExpectedMessage)}");

    internal static string Show(string? input) => input is null ? "(missing)" : "\"" + Shorten(input) + "\"";

    internal static string Shorten(string text) =>
        text.Length <= 120 ? text : string.Create(CultureInfo.InvariantCulture, $"{text.AsSpan(0, 100)}...({text.Length} characters)");
}
