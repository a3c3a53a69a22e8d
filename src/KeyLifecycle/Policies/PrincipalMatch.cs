namespace KeyLifecycle.Policies;

/// <summary>How a statement's principal element matches a request's principal.</summary>
internal enum PrincipalMatch
{
    /// <summary>The statement does not apply to the principal.</summary>
    None,

    /// <summary>The statement names the principal itself (or everyone): it allows without an identity policy in the key's account.</summary>
    Direct,

    /// <summary>The statement names the principal's account: it delegates to the account's identity policies.</summary>
    ViaAccount,
}
