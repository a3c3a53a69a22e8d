using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace KeyLifecycle.Tests;

/// <summary>Laws of EnableKey and DisableKey, and a model check of random call sequences against the specification's section 2.3.</summary>
[Properties(Arbitrary = [typeof(KeyArbitraries)], MaxTest = 500)]
public class KeyTransitionsProperties
{
    [Property]
    public Property EnableKey_IsIdempotent(KmsKey key)
    {
        var once = KeyTransitions.EnableKey(key);
        var twice = once.Match(k => KeyTransitions.EnableKey(k), e => e, e => e);

        return once.Match(k => twice.IsT0 && ReferenceEquals(twice.AsT0, k), e => twice.IsT1 && twice.AsT1 == e, e => twice.IsT2)
            .Label($"{key.State}");
    }

    [Property]
    public Property DisableKey_IsIdempotent(KmsKey key)
    {
        var once = KeyTransitions.DisableKey(key);
        var twice = once.Match(k => KeyTransitions.DisableKey(k), e => e, e => e);

        return once.Match(k => twice.IsT0 && ReferenceEquals(twice.AsT0, k), e => twice.IsT1 && twice.AsT1 == e, e => twice.IsT2)
            .Label($"{key.State}");
    }

    [Property]
    public Property EnableKey_AfterDisableKey_RestoresAnEnabledKey(KmsKey key)
    {
        if (key.State != KeyState.Enabled || key.KeyManager == KeyManager.Aws)
        {
            return true.ToProperty().Classify(true, "not applicable");
        }

        var restored = KeyTransitions.DisableKey(key).AsT0;
        return (KeyTransitions.EnableKey(restored).AsT0 == key).ToProperty();
    }

    [Property]
    public Property Transitions_NeverChangeIdentityOrDeletionDate(KmsKey key, bool enable)
    {
        var result = enable ? KeyTransitions.EnableKey(key) : KeyTransitions.DisableKey(key);

        return result.Match(
            changed => changed.Arn == key.Arn
                && changed.KeyId == key.KeyId
                && changed.CreationDate == key.CreationDate
                && changed.DeletionDate == key.DeletionDate
                && changed.Origin == key.Origin
                && changed.KeySpec == key.KeySpec
                && changed.KeyUsage == key.KeyUsage
                && changed.Description == key.Description,
            _ => true,
            _ => true).ToProperty();
    }

    [Property]
    public Property Enabled_IsTrueExactlyInTheEnabledState(KmsKey key, bool enable)
    {
        var result = enable ? KeyTransitions.EnableKey(key) : KeyTransitions.DisableKey(key);

        return result.Match(k => k.Enabled == (k.State == KeyState.Enabled), _ => true, _ => true).ToProperty();
    }

    [Property(MaxTest = 1000)]
    public Property RandomSequences_AgreeWithTheSpecificationStepByStep(KmsKey start, bool[] enables)
    {
        var key = start;
        var model = new Model(start.State, start.StateWhenAvailable, start.KeyManager == KeyManager.Aws);
        foreach (var enable in enables)
        {
            var expected = model.Apply(enable);
            var actual = enable ? KeyTransitions.EnableKey(key) : KeyTransitions.DisableKey(key);
            var agreed = actual.Match(
                k => expected.Error is null && k.State == expected.State && k.StateWhenAvailable == expected.StateWhenAvailable,
                e => expected.Error == $"KMSInvalidStateException: {e.Message}",
                e => expected.Error == $"AccessDeniedException: {e.Message}");
            if (!agreed)
            {
                return false.Label($"{(enable ? "EnableKey" : "DisableKey")} on {key.State} gave {actual.Value}, expected {expected}");
            }

            key = actual.IsT0 ? actual.AsT0 : key;
            model = expected.Error is null ? expected : model;
        }

        return true.ToProperty();
    }

    // Section 2.3 of the specification (EnableKey and DisableKey columns), transcribed as its own small model.
    private sealed record Model(KeyState State, KeyState? StateWhenAvailable, bool AwsManaged, string? Error = null)
    {
        private const string Arn = TestKeys.ArnText;

        public Model Apply(bool enable)
        {
            var action = enable ? "EnableKey" : "DisableKey";
            if (AwsManaged)
            {
                return this with
                {
                    Error = $"AccessDeniedException: User: arn:aws:iam::111122223333:root is not authorized to perform: kms:{action} on resource: {Arn} because no resource-based policy allows the kms:{action} action",
                };
            }

            var target = enable ? KeyState.Enabled : KeyState.Disabled;
            return State switch
            {
                KeyState.Enabled or KeyState.Disabled => this with { State = target, Error = null },
                KeyState.Unavailable => this with { StateWhenAvailable = target, Error = null },
                KeyState.PendingDeletion => Refused("pending deletion"),
                KeyState.PendingReplicaDeletion => Refused("pending replica deletion"),
                KeyState.PendingImport => Refused("pending import"),
                KeyState.Creating => Refused("creating"),
                KeyState.Updating => Refused("updating"),
                _ => throw new ArgumentOutOfRangeException(nameof(enable)),
            };
        }

        private Model Refused(string condition) => this with { Error = $"KMSInvalidStateException: {Arn} is {condition}." };
    }
}

/// <summary>Keys in every state each key kind can reach, for the properties of this project.</summary>
public static class KeyArbitraries
{
    public static Arbitrary<KmsKey> Keys()
    {
        var kinds = Gen.Elements(
            (KeyState.Enabled, KeyOrigin.AwsKms), (KeyState.Disabled, KeyOrigin.AwsKms), (KeyState.PendingDeletion, KeyOrigin.AwsKms),
            (KeyState.PendingReplicaDeletion, KeyOrigin.AwsKms), (KeyState.Creating, KeyOrigin.AwsKms), (KeyState.Updating, KeyOrigin.AwsKms),
            (KeyState.Enabled, KeyOrigin.External), (KeyState.Disabled, KeyOrigin.External), (KeyState.PendingImport, KeyOrigin.External),
            (KeyState.PendingDeletion, KeyOrigin.External), (KeyState.Enabled, KeyOrigin.AwsCloudHsm), (KeyState.Unavailable, KeyOrigin.AwsCloudHsm),
            (KeyState.Disabled, KeyOrigin.ExternalKeyStore), (KeyState.Unavailable, KeyOrigin.ExternalKeyStore));
        var managers = Gen.Frequency((9, Gen.Constant(KeyManager.Customer)), (1, Gen.Constant(KeyManager.Aws)));
        var deferred = Gen.Elements<KeyState?>(KeyState.Enabled, KeyState.Disabled);
        return (from kind in kinds
                from manager in managers
                from whenAvailable in deferred
                select TestKeys.InState(kind.Item1, kind.Item2, manager) is var key && key.State == KeyState.Unavailable
                    ? key with { StateWhenAvailable = whenAvailable }
                    : key).ToArbitrary();
    }
}
