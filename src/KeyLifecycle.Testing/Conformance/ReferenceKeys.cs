using System.Collections.Generic;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Resolution;

namespace KeyLifecycle.Testing.Conformance;

/// <summary>The keys of one scenario as the reference (the domain's transitions) says they are; what <see cref="KeyResolver"/> looks keys up in.</summary>
internal sealed class ReferenceKeys : IKeyLookup
{
    private readonly Dictionary<KeyArn, KmsKey> _keys = [];

    public KmsKey this[KeyArn arn]
    {
        get => _keys[arn];
        set => _keys[arn] = value;
    }

    public KmsKey? FindKey(KeyArn keyArn) => _keys.GetValueOrDefault(keyArn);

    // The suite creates no aliases, so every alias is unknown.
    public KeyArn? FindAliasTarget(AliasArn aliasArn) => null;
}
