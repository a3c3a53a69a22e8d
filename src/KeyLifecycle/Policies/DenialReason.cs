namespace KeyLifecycle.Policies;

/// <summary>Why a request was refused, as the <c>AccessDeniedException</c> message names it.</summary>
public enum DenialReason
{
    /// <summary>The request was not refused.</summary>
    None,

    /// <summary><c>because no resource-based policy allows the kms:&lt;Action&gt; action</c>: neither the key policy nor a grant allows it.</summary>
    NoResourceBasedPolicyAllows,

    /// <summary><c>with an explicit deny in a resource-based policy</c>: a key policy statement denies it.</summary>
    ExplicitDenyInResourceBasedPolicy,

    /// <summary><c>because no identity-based policy allows the kms:&lt;Action&gt; action</c>: the key policy delegates to IAM (or the caller is in another account) and the caller's identity policies do not allow it.</summary>
    NoIdentityBasedPolicyAllows,

    /// <summary><c>with an explicit deny in an identity-based policy</c>: the caller's identity policies deny it.</summary>
    ExplicitDenyInIdentityBasedPolicy,
}
