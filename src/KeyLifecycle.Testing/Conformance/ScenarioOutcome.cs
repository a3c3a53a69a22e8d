using System.Collections.Generic;

namespace KeyLifecycle.Testing.Conformance;

/// <summary>How one scenario went: the steps run, and the fault it stopped at, if any.</summary>
internal sealed record ScenarioOutcome(IReadOnlyList<ReportedStep> Steps, string? Signature, string? Fault)
{
    public static ScenarioOutcome Pass(IReadOnlyList<ReportedStep> steps) => new(steps, null, null);

    public static ScenarioOutcome Fail(IReadOnlyList<ReportedStep> steps, string signature, string summary) => new(steps, signature, summary);

    /// <summary>Gets the number of key creations attempted before the scenario stopped, the failing one included.</summary>
    public int KeysCreated { get; init; }

    /// <summary>Gets the number of lifecycle steps (after the key creations) that ran, the failing one included.</summary>
    public int StepsRun { get; init; }
}
