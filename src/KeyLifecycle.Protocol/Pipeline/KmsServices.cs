using System;
using KeyLifecycle.Protocol.Operations;
using KeyLifecycle.Protocol.Storage;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>The long-lived parts every request works with: the store, the options, the import sessions and the housekeeping.</summary>
internal sealed class KmsServices(IKmsKeyStore store, KmsOptions options, TimeProvider time)
{
    public IKmsKeyStore Store { get; } = store;

    public KmsOptions Options { get; } = options;

    public TimeProvider Time { get; } = time;

    public ImportSessions Imports { get; } = new();

    public Housekeeping Housekeeping { get; } = new(store, options);
}
