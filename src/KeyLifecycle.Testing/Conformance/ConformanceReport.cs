using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KeyLifecycle.Testing.Conformance;

/// <summary>The result of a conformance run: the faults found, each with its shortest sequence, and how to replay the run.</summary>
/// <param name="Implementation">The name of the implementation, as given to the suite.</param>
/// <param name="Seed">The run's seed; <see cref="ConformanceOptions.Seed"/> set to it replays the run.</param>
/// <param name="MaxTest">The number of scenarios each round ran.</param>
/// <param name="Rounds">The number of search rounds: one per fault found, and a last one that found none (unless <see cref="ConformanceOptions.MaxFaults"/> stopped the search).</param>
/// <param name="Scenarios">The number of scenarios run in all, shrinking included.</param>
/// <param name="Faults">The faults, in the order found.</param>
/// <param name="Elapsed">How long the run took.</param>
public sealed record ConformanceReport(
    string Implementation, ulong Seed, int MaxTest, int Rounds, int Scenarios, IReadOnlyList<ConformanceFault> Faults, TimeSpan Elapsed)
{
    /// <summary>Gets a value indicating whether no fault was found.</summary>
    public bool Passed => Faults.Count == 0;

    /// <summary>Returns the whole report: a heading with the seed, then every fault with its sequence.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"KeyLifecycle conformance: {Implementation}: {(Passed ? "conforms" : Faults.Count + (Faults.Count == 1 ? " fault" : " faults"))}");
        text.Append(CultureInfo.InvariantCulture,
            $" ({Rounds} rounds of up to {MaxTest} scenarios, {Scenarios} scenarios run, {Elapsed.TotalSeconds:0.0} s; seed {Seed})").AppendLine();
        for (var i = 0; i < Faults.Count; i++)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"{i + 1}. ").Append(Faults[i]);
        }

        return text.ToString();
    }
}
