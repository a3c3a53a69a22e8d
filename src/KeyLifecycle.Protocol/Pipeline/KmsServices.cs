using System;
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

    public void Dispose() => WrappingKeys.Dispose();
}
