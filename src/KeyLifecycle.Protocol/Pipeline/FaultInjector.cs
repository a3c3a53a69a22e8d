using System;
using System.Threading;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>Decides, per request, whether a configured <see cref="KmsFaultRule"/> fails it.</summary>
/// <remarks>Thread-safe: counters are incremented atomically, and the seeded generator is used under a lock.</remarks>
internal sealed class FaultInjector
{
    private readonly KmsFaultRule[] _rules;
    private readonly long[] _counts;
    private readonly Random? _seeded;
    private readonly Lock _randomLock = new();

    public FaultInjector(KmsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _rules = [.. options.Faults];
        foreach (var rule in _rules)
        {
            if (rule.EveryNth < 0 || rule.Probability is < 0 or > 1 || double.IsNaN(rule.Probability))
            {
                throw new InvalidOperationException($"The fault rule for '{rule.Operation}' needs EveryNth >= 0 and Probability in [0, 1].");
            }

            if (rule.Operation != "*" && !OperationTable.IsKnown(rule.Operation))
            {
                throw new InvalidOperationException($"The fault rule names '{rule.Operation}', which is not a KMS operation this endpoint serves.");
            }
        }

        _counts = new long[_rules.Length];
        _seeded = options.FaultSeed is { } seed ? new Random(seed) : null;
    }

    /// <summary>Returns the fault for a call of <paramref name="operation"/>, or <see langword="null"/> to serve it.</summary>
    public ServiceFault? Check(string operation)
    {
        for (var i = 0; i < _rules.Length; i++)
        {
            var rule = _rules[i];
            if (rule.Operation != "*" && !string.Equals(rule.Operation, operation, StringComparison.Ordinal))
            {
                continue;
            }

            var count = Interlocked.Increment(ref _counts[i]);
            if ((rule.EveryNth > 0 && count % rule.EveryNth == 0) || (rule.Probability > 0 && NextDouble() < rule.Probability))
            {
                return ServiceFault.Of(rule.Kind);
            }
        }

        return null;
    }

    private double NextDouble()
    {
        if (_seeded is null)
        {
            return Random.Shared.NextDouble();
        }

        lock (_randomLock)
        {
            return _seeded.NextDouble();
        }
    }
}
