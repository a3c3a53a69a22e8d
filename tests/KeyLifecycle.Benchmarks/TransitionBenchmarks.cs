using System;
using BenchmarkDotNet.Attributes;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Benchmarks;

/// <summary>Transitions and the rules lookup, beside the floor of a bare <c>with</c> copy of the same record.</summary>
[MemoryDiagnoser]
public class TransitionBenchmarks
{
    private static readonly DateTimeOffset s_now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly KmsKey _enabled = KmsKey.Create(KeyArn.Parse("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"), s_now);
    private KmsKey _disabled = null!;
    private KmsKey _pendingDeletion = null!;
    private readonly CopyFloor _floor = new("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", s_now, "Enabled");

    [GlobalSetup]
    public void Setup()
    {
        _disabled = KeyTransitions.DisableKey(_enabled).AsT0;
        _pendingDeletion = KeyTransitions.ScheduleKeyDeletion(_enabled, 7, s_now).AsT0;
    }

    [Benchmark(Baseline = true, Description = "Floor: record `with` copy")]
    public object WithCopy() => _floor with { State = "Disabled" };

    [Benchmark(Description = "EnableKey(Disabled key)")]
    public object EnableDisabled() => KeyTransitions.EnableKey(_disabled).Value;

    [Benchmark(Description = "EnableKey(Enabled key), idempotent")]
    public object EnableEnabled() => KeyTransitions.EnableKey(_enabled).Value;

    [Benchmark(Description = "EnableKey(PendingDeletion key), refused")]
    public object EnablePendingDeletion() => KeyTransitions.EnableKey(_pendingDeletion).Value;

    [Benchmark(Description = "EnableKey(PendingDeletion key), refused, message read")]
    public string EnablePendingDeletionMessage() => KeyTransitions.EnableKey(_pendingDeletion).AsT1.Message;

    [Benchmark(Description = "KeyStateRules.Check(Encrypt, Disabled key)")]
    public int RulesCheck() => KeyStateRules.Check(KmsOperation.Encrypt, _disabled).Index;

    [Benchmark(Description = "KeyStateRules.Describe(Encrypt, Disabled)")]
    public RuleOutcome RulesDescribe() => KeyStateRules.Describe(KmsOperation.Encrypt, KeyState.Disabled).Outcome;

    /// <summary>A record with as many fields as <see cref="KmsKey"/> has, for the cost of a bare copy.</summary>
    private sealed record CopyFloor(string Arn, DateTimeOffset Created, string State)
    {
        public string Description { get; init; } = string.Empty;

        public int Usage { get; init; }

        public int Spec { get; init; }

        public int Origin { get; init; }

        public int Manager { get; init; }

        public DateTimeOffset? DeletionDate { get; init; }

        public int? Window { get; init; }

        public object? MultiRegion { get; init; }

        public string? CustomKeyStoreId { get; init; }

        public bool HasKeyMaterial { get; init; } = true;

        public int? Expiration { get; init; }

        public DateTimeOffset? ValidTo { get; init; }

        public int? WhenAvailable { get; init; }
    }
}
