using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KeyLifecycle.Testing.Conformance;

/// <summary>One way an implementation departs from the key-state table, with the shortest sequence found that shows it.</summary>
/// <param name="Summary">What went wrong, such as <c>EnableKey on a PendingDeletion key: expected KMSInvalidStateException, got success</c>.</param>
/// <param name="Signature">What identifies the fault across sequences (operation, key state or identifier form, and the aspect that differs); the suite looks for each signature once.</param>
/// <param name="Steps">The shrunk sequence, one line a call, the last one the departure.</param>
/// <param name="OriginalLength">The number of calls in the sequence as first found, before shrinking.</param>
/// <param name="Shrinks">How many times FsCheck shortened or simplified the sequence.</param>
/// <param name="Round">The search round that found the fault, from 1.</param>
/// <param name="Replay">FsCheck's replay of the failing case as first generated, <c>(seed,gamma,size)</c>, for the record; replaying the whole run takes the report's seed.</param>
public sealed record ConformanceFault(
    string Summary, string Signature, IReadOnlyList<ReportedStep> Steps, int OriginalLength, int Shrinks, int Round, string Replay)
{
    /// <summary>Returns the fault as a report shows it: the summary, then one line a step with expected and actual answers.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Summary).AppendLine();
        text.Append(CultureInfo.InvariantCulture,
            $"  found in round {Round}, shrunk from {OriginalLength} to {Steps.Count} calls in {Shrinks} shrinks; FsCheck replay {Replay}").AppendLine();
        var callWidth = 0;
        foreach (var step in Steps)
        {
            callWidth = Math.Max(callWidth, step.Call.Length);
        }

        callWidth = Math.Min(callWidth, 110);
        foreach (var step in Steps)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {(step.Differs ? ">" : " ")}{step.Number,2}. {step.Call.PadRight(callWidth)}  expected: {step.Expected}");
            text.AppendLine();
            text.Append(' ', 7 + callWidth).Append(CultureInfo.InvariantCulture, $"actual:   {step.Actual}").AppendLine();
        }

        return text.ToString();
    }
}
