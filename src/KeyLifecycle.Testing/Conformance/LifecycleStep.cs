using System;
using System.Globalization;

namespace KeyLifecycle.Testing.Conformance;

/// <summary>One call of a <see cref="LifecycleScenario"/>: a lifecycle or cryptographic operation on a key named in some form.</summary>
/// <param name="Operation">
/// <see cref="KmsOperation.EnableKey"/>, <see cref="KmsOperation.DisableKey"/>, <see cref="KmsOperation.ScheduleKeyDeletion"/>,
/// <see cref="KmsOperation.CancelKeyDeletion"/> or <see cref="KmsOperation.DescribeKey"/>; or, with an
/// <see cref="IKmsCryptographyAdapter"/>, <see cref="KmsOperation.Encrypt"/>, <see cref="KmsOperation.GenerateDataKey"/> or
/// <see cref="KmsOperation.Decrypt"/>. A <c>Decrypt</c> sends the latest ciphertext made under the target's key, and is
/// skipped while there is none.
/// </param>
/// <param name="Target">The <c>KeyId</c> the call sends; for <c>Decrypt</c>, also whose ciphertext it sends.</param>
/// <param name="PendingWindowInDays">For <see cref="KmsOperation.ScheduleKeyDeletion"/>, the waiting period sent, or <see langword="null"/> to send none.</param>
public sealed record LifecycleStep(KmsOperation Operation, KeyReference Target, int? PendingWindowInDays = null)
{
    /// <summary>Gets the lifecycle operations a step can perform.</summary>
    public static ReadOnlyMemory<KmsOperation> Operations { get; } = new[]
    {
        KmsOperation.EnableKey, KmsOperation.DisableKey, KmsOperation.ScheduleKeyDeletion, KmsOperation.CancelKeyDeletion, KmsOperation.DescribeKey,
    };

    /// <summary>Gets the cryptographic operations a step can perform with an <see cref="IKmsCryptographyAdapter"/>.</summary>
    public static ReadOnlyMemory<KmsOperation> CryptographicOperations { get; } = new[]
    {
        KmsOperation.Encrypt, KmsOperation.GenerateDataKey, KmsOperation.Decrypt,
    };

    /// <summary>Returns the step as reports show it, such as <c>ScheduleKeyDeletion(key 1 by ID, 7 days)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Operation == KmsOperation.ScheduleKeyDeletion
            ? string.Create(CultureInfo.InvariantCulture, $"{Operation}({Target}, {(PendingWindowInDays is { } days ? days + " days" : "no window")})")
            : $"{Operation}({Target})";
}
