using System;
using System.Collections.Concurrent;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using KeyLifecycle.Protocol.Operations;
using KeyLifecycle.Protocol.Storage;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>The long-lived parts every request works with: the store, the options, the wrapping key pairs made ahead and the housekeeping.</summary>
internal sealed class KmsServices(IKmsKeyStore store, KmsOptions options, TimeProvider time) : IDisposable
{
    public IKmsKeyStore Store { get; } = store;

    public KmsOptions Options { get; } = options;

    public TimeProvider Time { get; } = time;

    public WrappingKeyPool WrappingKeys { get; } = new();

    public Housekeeping Housekeeping { get; } = new(store, options);

    private readonly ConcurrentDictionary<(AwsPartition, AwsAccountId), KeyPolicy> _defaultPolicies = new();

    /// <summary>The default key policy of a key in <paramref name="keyArn"/>'s account, parsed once per account.</summary>
    public KeyPolicy DefaultPolicyFor(KeyArn keyArn) =>
        _defaultPolicies.GetOrAdd((keyArn.Partition, keyArn.AccountId), static owner => KeyPolicy.CreateDefault(owner.Item1, owner.Item2));

    public void Dispose() => WrappingKeys.Dispose();
}
