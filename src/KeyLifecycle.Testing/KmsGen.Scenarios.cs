using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyLifecycle.Testing.Conformance;

namespace KeyLifecycle.Testing;

public static partial class KmsGen
{
    /// <summary>Gets operation sequences as the conformance suite runs them with default <see cref="ConformanceOptions"/>.</summary>
    public static Gen<LifecycleScenario> LifecycleScenarios => LifecycleScenariosFor(new ConformanceOptions());

    /// <summary>Returns operation sequences shaped by <paramref name="options"/>: how many keys and calls, which origins, which identifier forms and windows.</summary>
    /// <param name="options">The options; <see cref="ConformanceOptions.MaxKeys"/> and <see cref="ConformanceOptions.MaxSteps"/> bound the sizes.</param>
    /// <returns>A generator of scenarios with one to <see cref="ConformanceOptions.MaxKeys"/> keys and zero to <see cref="ConformanceOptions.MaxSteps"/> calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options allow no key (no origin, or a maximum below one).</exception>
    public static Gen<LifecycleScenario> LifecycleScenariosFor(ConformanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Origins.Count == 0 || options.MaxKeys < 1 || options.MaxSteps < 0)
        {
            throw new ArgumentException("The options must allow at least one origin, one key and zero or more steps.", nameof(options));
        }

        var key =
            from origin in Gen.Elements(options.Origins.ToArray())
            from multiRegion in options.MultiRegionKeys ? Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true))) : Gen.Constant(false)
            select new KeyCreationRequest { Origin = origin, MultiRegion = multiRegion };
        var keys = Gen.Frequency((3, Gen.Constant(1)), (Math.Min(options.MaxKeys - 1, 2), Gen.Choose(1, options.MaxKeys)))
            .SelectMany(count => Gen.ArrayOf(key, count));

        var forms = options.IdentifierChecks
            ? Gen.Frequency(
                new[] { (16, Gen.Constant(KeyReferenceForm.KeyId)), (8, Gen.Constant(KeyReferenceForm.KeyArn)) }
                    .Concat(Enum.GetValues<KeyReferenceForm>().Where(form => form is not (KeyReferenceForm.KeyId or KeyReferenceForm.KeyArn))
                        .Select(form => (1, Gen.Constant(form)))))
            : Gen.Frequency((2, Gen.Constant(KeyReferenceForm.KeyId)), (1, Gen.Constant(KeyReferenceForm.KeyArn)));
        var validWindows = Gen.Frequency(
            (1, Gen.Constant<int?>(null)),
            (3, Gen.Choose(KeyTransitions.MinPendingWindowInDays, KeyTransitions.MaxPendingWindowInDays).Select(days => (int?)days)));
        // Out-of-range windows stay within the model's 1..365, where the service's own text is observed.
        var windows = options.InvalidWindows
            ? Gen.Frequency((8, validWindows), (1, Gen.Elements<int?>(1, 6, 31, 90, 365)))
            : validWindows;
        var lifecycle = new[]
        {
            (3, Gen.Constant(KmsOperation.EnableKey)), (3, Gen.Constant(KmsOperation.DisableKey)),
            (3, Gen.Constant(KmsOperation.ScheduleKeyDeletion)), (3, Gen.Constant(KmsOperation.CancelKeyDeletion)),
            (1, Gen.Constant(KmsOperation.DescribeKey)),
        };
        var cryptographic = new[]
        {
            (2, Gen.Constant(KmsOperation.Encrypt)), (1, Gen.Constant(KmsOperation.GenerateDataKey)), (3, Gen.Constant(KmsOperation.Decrypt)),
        };
        var operations = Gen.Frequency(options.CryptographicOperations ? [.. lifecycle, .. cryptographic] : lifecycle);
        var step =
            from operation in operations
            from form in forms
            from index in Gen.Choose(0, options.MaxKeys - 1)
            from variant in Gen.Choose(0, 1_000_000)
            from window in operation == KmsOperation.ScheduleKeyDeletion ? windows : Gen.Constant<int?>(null)
            select new LifecycleStep(operation, new KeyReference(form, index, variant), window);
        var steps = Gen.Choose(0, options.MaxSteps).SelectMany(count => Gen.ArrayOf(step, count));

        return from created in keys
               from calls in steps
               select new LifecycleScenario(created, calls);
    }

    /// <summary>Returns simpler versions of a scenario, for FsCheck's shrinking: fewer calls, fewer keys, plainer keys and identifiers.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>Candidates, shortest changes first; each keeps at least one key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <see langword="null"/>.</exception>
    public static IEnumerable<LifecycleScenario> ShrinkLifecycleScenario(LifecycleScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return ShrinkScenario(scenario, keysNeeded: scenario.Keys.Count, stepsNeeded: scenario.Steps.Count);
    }

    internal static IEnumerable<LifecycleScenario> ShrinkScenario(LifecycleScenario scenario, int keysNeeded, int stepsNeeded)
    {
        var keys = scenario.Keys;
        var steps = scenario.Steps;

        // What follows the step that failed cannot matter.
        if (keysNeeded < keys.Count && keysNeeded >= 1)
        {
            yield return new LifecycleScenario(keys.Take(keysNeeded).ToArray(), []);
        }
        else if (stepsNeeded < steps.Count)
        {
            yield return scenario with { Steps = steps.Take(stepsNeeded).ToArray() };
        }

        for (var i = 0; i < steps.Count; i++)
        {
            yield return scenario with { Steps = steps.Where((_, at) => at != i).ToArray() };
        }

        for (var k = 0; k < keys.Count && keys.Count > 1; k++)
        {
            var removed = k;
            yield return new LifecycleScenario(
                keys.Where((_, at) => at != removed).ToArray(),
                steps.Where(s => Index(s, keys.Count) != removed)
                    .Select(s => s with { Target = s.Target with { Key = Index(s, keys.Count) > removed ? Index(s, keys.Count) - 1 : Index(s, keys.Count) } })
                    .ToArray());
        }

        for (var k = 0; k < keys.Count; k++)
        {
            if (keys[k].Tags.Count > 0 || keys[k].Description is not null)
            {
                yield return scenario with { Keys = Replace(keys, k, keys[k] with { Tags = [], Description = null }) };
            }

            var plain = new KeyCreationRequest { Origin = keys[k].Origin };
            if (keys[k].MultiRegion)
            {
                yield return scenario with { Keys = Replace(keys, k, plain) };
            }

            if (keys[k].Origin != KeyOrigin.AwsKms)
            {
                yield return scenario with { Keys = Replace(keys, k, plain with { Origin = KeyOrigin.AwsKms }) };
            }
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var s = steps[i];
            if (s.Target.Form == KeyReferenceForm.KeyArn)
            {
                yield return scenario with { Steps = Replace(steps, i, s with { Target = s.Target with { Form = KeyReferenceForm.KeyId } }) };
            }

            if (s.Target.Variant != 0)
            {
                yield return scenario with { Steps = Replace(steps, i, s with { Target = s.Target with { Variant = 0 } }) };
            }

            if (s.PendingWindowInDays is { } window && window != KeyTransitions.MinPendingWindowInDays && window is >= KeyTransitions.MinPendingWindowInDays and <= KeyTransitions.MaxPendingWindowInDays)
            {
                yield return scenario with { Steps = Replace(steps, i, s with { PendingWindowInDays = KeyTransitions.MinPendingWindowInDays }) };
            }
        }
    }

    private static int Index(LifecycleStep step, int keyCount) => (int)((uint)step.Target.Key % (uint)keyCount);

    private static T[] Replace<T>(IReadOnlyList<T> items, int index, T value)
    {
        var copy = items.ToArray();
        copy[index] = value;
        return copy;
    }
}
