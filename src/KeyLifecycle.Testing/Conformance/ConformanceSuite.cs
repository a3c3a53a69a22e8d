using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace KeyLifecycle.Testing.Conformance;

/// <summary>Checks an implementation of the KMS key lifecycle against the AWS key-state table by random operation sequences, and reports each fault with the shortest sequence found.</summary>
/// <remarks>
/// <para>
/// Each scenario creates keys (origins <c>AWS_KMS</c> and <c>EXTERNAL</c>, single- and multi-Region), then makes random
/// <c>EnableKey</c>, <c>DisableKey</c>, <c>ScheduleKeyDeletion</c>, <c>CancelKeyDeletion</c> and <c>DescribeKey</c> calls,
/// naming keys by key ID and key ARN and in the wrong ways (<see cref="KeyReferenceForm"/>). Every answer is compared
/// with the reference, KeyLifecycle's own <see cref="Resolution.KeyResolver"/> and <see cref="KeyTransitions"/>: success
/// or failure, the error code, the exact message, the key ARN and state in responses, and the key's state afterwards
/// as <c>DescribeKey</c> reports it.
/// </para>
/// <para>
/// The search runs in rounds. Each round is an FsCheck property over <see cref="ConformanceOptions.MaxTest"/> scenarios;
/// a failure is shrunk to the shortest sequence FsCheck finds, reported, and its signature (operation, key state or
/// identifier form, and what differed) set aside, and the next round looks for a different fault. A scenario that meets
/// a fault already reported stops there as a pass. The states this drives keys through are the ones its calls reach:
/// Enabled, Disabled, PendingDeletion and PendingImport.
/// </para>
/// <para>
/// Keys are created and never deleted: against a persistent endpoint, expect a few thousand keys per run, scheduled for
/// deletion or not.
/// </para>
/// </remarks>
public static class ConformanceSuite
{
    /// <summary>Runs the suite against <paramref name="adapter"/>.</summary>
    /// <param name="implementation">A name for the implementation, shown in the report.</param>
    /// <param name="adapter">The implementation under test.</param>
    /// <param name="options">How to search; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the run between calls.</param>
    /// <returns>The report: the faults found, each with its shrunk sequence, and the seed that replays the run.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="implementation"/> or <paramref name="adapter"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>The search itself is synchronous (FsCheck's runner); it runs on a thread-pool thread and waits for the adapter's tasks there.</remarks>
    public static Task<ConformanceReport> RunAsync(
        string implementation, IKmsLifecycleAdapter adapter, ConformanceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        ArgumentNullException.ThrowIfNull(adapter);
        options ??= new ConformanceOptions();
        if (options.CryptographicOperations && adapter is not IKmsCryptographyAdapter)
        {
            options = options with { CryptographicOperations = false };
        }
        return Task.Run(() => Run(implementation, adapter, options, cancellationToken), cancellationToken);
    }

    private static ConformanceReport Run(string implementation, IKmsLifecycleAdapter adapter, ConformanceOptions options, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var seed = options.Seed ?? (ulong)System.Random.Shared.NextInt64(1, long.MaxValue);
        var known = new HashSet<string>(StringComparer.Ordinal);
        var runner = new ScenarioRunner(adapter, known, cancellationToken);
        var faults = new List<ConformanceFault>();
        var scenarios = KmsGen.LifecycleScenariosFor(options);
        var arbitrary = Arb.From(scenarios, scenario =>
            runner.FailureOf(scenario) is { } failure
                ? KmsGen.ShrinkScenario(scenario, failure.KeysCreated < scenario.Keys.Count ? failure.KeysCreated : scenario.Keys.Count, failure.StepsRun)
                : KmsGen.ShrinkLifecycleScenario(scenario));
        var property = Prop.ForAll(arbitrary, runner.Passes);

        var round = 0;
        while (faults.Count < options.MaxFaults)
        {
            round++;
            options.Progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"round {round}: up to {options.MaxTest} scenarios"));
            var capture = new ResultCapture();
            var config = Config.Quick
                .WithMaxTest(options.MaxTest)
                .WithQuietOnSuccess(true)
                .WithRunner(capture)
                .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed + (ulong)(round - 1)), FSharpOption<int>.None)));
            runner.ForgetFailures();
            Check.One(config, property);
            cancellationToken.ThrowIfCancellationRequested();

            if (capture.Result is not TestResult.Failed failed)
            {
                break;
            }

            var fault = Describe(runner, failed, round);
            known.Add(fault.Signature);
            faults.Add(fault);
            options.Progress?.Invoke($"round {round}: {fault.Summary}");
        }

        return new ConformanceReport(implementation, seed, options.MaxTest, round, runner.ScenariosRun, faults, stopwatch.Elapsed);
    }

    private static ConformanceFault Describe(ScenarioRunner runner, TestResult.Failed failed, int round)
    {
        var original = (LifecycleScenario)failed.Item2.Head;
        var shrunk = (LifecycleScenario)failed.Item3.Head;
        var replay = string.Create(CultureInfo.InvariantCulture, $"({failed.Item5.Seed},{failed.Item5.Gamma},{failed.Item7})");

        // The runner keeps what each failing scenario did; a property that threw instead is reported as such.
        if (runner.FailureOf(shrunk) is not { Signature: { } signature, Fault: { } summary } outcome)
        {
            var error = failed.Item4 is Outcome.Failed { Item: { } exception } ? exception.ToString() : failed.Item4.ToString();
            return new ConformanceFault(
                "The suite itself failed: " + error, "*|suite|" + error, [], original.Keys.Count + original.Steps.Count, failed.Item1.NumberOfShrinks, round, replay);
        }

        return new ConformanceFault(
            summary, signature, outcome.Steps.ToArray(), original.Keys.Count + original.Steps.Count, failed.Item1.NumberOfShrinks, round, replay);
    }
}
