namespace KeyLifecycle.Policies;

/// <summary>The answer of <see cref="KeyPolicyEvaluator"/>: allow, implicit deny or explicit deny, and the reason a refusal's message names.</summary>
/// <param name="Outcome">Allow, implicit deny or explicit deny.</param>
/// <param name="Reason">Why the request was refused; <see cref="DenialReason.None"/> when it was allowed.</param>
/// <param name="AllowedByGrant">Whether a grant (rather than the key policy) allowed the request.</param>
public readonly record struct PolicyDecision(PolicyOutcome Outcome, DenialReason Reason, bool AllowedByGrant)
{
    /// <summary>Gets a value indicating whether the request is allowed.</summary>
    public bool IsAllowed => Outcome == PolicyOutcome.Allow;

    internal static PolicyDecision Allow => new(PolicyOutcome.Allow, DenialReason.None, false);

    internal static PolicyDecision AllowGrant => new(PolicyOutcome.Allow, DenialReason.None, true);

    internal static PolicyDecision Deny(DenialReason reason) => new(
        reason is DenialReason.ExplicitDenyInIdentityBasedPolicy or DenialReason.ExplicitDenyInResourceBasedPolicy
            ? PolicyOutcome.ExplicitDeny : PolicyOutcome.ImplicitDeny,
        reason,
        false);
}
