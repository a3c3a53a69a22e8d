using System;
using System.Globalization;

namespace KeyLifecycle.Testing.Conformance;

/// <summary>One call of a <see cref="LifecycleScenario"/>: a lifecycle operation on a key named in some form.</summary>
/// <param name="Operation">
/// <see cref="KmsOperation.EnableKey"/>, <see cref="KmsOperation.DisableKey"/>, <see cref="KmsOperation.ScheduleKeyDeletion"/>,
/// <see cref="KmsOperation.CancelKeyDeletion"/> or <see cref="KmsOperation.DescribeKey"/>.
/// </param>
/// <param name="Target">The <c>KeyId</c> the call sends.</param>
/// <param name="PendingWindowInDays">For <see cref="KmsOperation.ScheduleKeyDeletion"/>, the waiting period sent, or <see langword="null"/> to send none.</param>
public sealed record LifecycleStep(KmsOperation Operation, KeyReference Target, int? PendingWindowInDays = null)
{
    /// <summary>Gets the operations a step can perform.</summary>
    public static ReadOnlyMemory<KmsOperation> Operations { get; } = new[]
    {
        KmsOperation.EnableKey, KmsOperation.DisableKey, KmsOperation.ScheduleKeyDeletion, KmsOperation.CancelKeyDeletion, KmsOperation.DescribeKey,
    };

    /// <summary>Returns the step as reports show it, such as <c>ScheduleKeyDeletion(key 1 by ID, 7 days)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Operation == KmsOperation.ScheduleKeyDeletion
            ? string.Create(CultureInfo.InvariantCulture, $"{Operation}({Target}, {(PendingWindowInDays is { } days ? days + " days" : "no window")})")
            : $"{Operation}({Target})";
}
