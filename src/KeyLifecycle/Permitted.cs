namespace KeyLifecycle;

/// <summary>The key-state rules allow an operation; <see cref="IsDeferred"/> says whether its effect waits.</summary>
/// <param name="IsDeferred">
/// Whether the call succeeds but its effect on the key state is applied later: <c>EnableKey</c> and <c>DisableKey</c>
/// on a key whose custom key store is disconnected (footnote 12 of the key-state table).
/// </param>
public readonly record struct Permitted(bool IsDeferred)
{
    /// <summary>The operation is allowed and takes effect now.</summary>
    public static Permitted Now => new(false);

    /// <summary>The operation is allowed; its effect on the key state waits until the key is available again.</summary>
    public static Permitted Deferred => new(true);
}
