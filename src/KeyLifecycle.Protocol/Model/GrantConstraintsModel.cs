using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The <c>GrantConstraints</c> shape: at most one of its two members is allowed (the service refuses both).</summary>
internal sealed class GrantConstraintsModel
{
    public IReadOnlyDictionary<string, string>? EncryptionContextSubset { get; init; }

    public IReadOnlyDictionary<string, string>? EncryptionContextEquals { get; init; }
}
