using System;
using System.Collections.Generic;
using KeyLifecycle.Errors;
using KeyLifecycle.Grants;
using OneOf;
using OneOf.Types;

namespace KeyLifecycle.Policies;

/// <summary>Decides whether a request may use a key: the key policy, the key's grants and the caller's identity-policy decision, as AWS KMS combines them.</summary>
/// <remarks>
/// <para>The rules, from <see href="https://docs.aws.amazon.com/kms/latest/developerguide/determining-access.html">Determining access to an AWS KMS key</see>
/// and <see href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">Policy evaluation logic</see>:</para>
/// <list type="number">
/// <item>A key policy statement with <c>Deny</c> that matches refuses (explicit deny in a resource-based policy); so does an explicit deny from the identity policies.</item>
/// <item>A key policy statement that names the caller itself (a user, a role or its sessions, a session, a service, or <c>*</c>) allows, in the key's account, without any identity policy.</item>
/// <item>A statement that names the caller's account (<c>arn:aws:iam::111122223333:root</c> or <c>111122223333</c>) delegates to the account's identity policies: it allows only when they do.
/// The account root user itself is the account, and needs no identity policy.</item>
/// <item>A grant on the key for the caller, its operation and its encryption-context constraint allows.</item>
/// <item>A caller in another account needs the key policy (or a grant) and its own identity policies to allow, and only for the actions AWS allows across accounts (<see cref="KmsAction.AllowsCrossAccount"/>).</item>
/// </list>
/// <para>Evaluation is pure and allocates nothing; the default key policy is recognized when parsed and evaluated without walking its statement.</para>
/// </remarks>
public static class KeyPolicyEvaluator
{
    /// <summary>Evaluates <paramref name="request"/> against <paramref name="policy"/> and <paramref name="grants"/>.</summary>
    /// <param name="policy">The key's policy.</param>
    /// <param name="grants">The key's grants (grants on other keys never match).</param>
    /// <param name="request">The request.</param>
    /// <returns>The decision and, for a refusal, the reason its message names.</returns>
    public static PolicyDecision Evaluate(KeyPolicy policy, IReadOnlyList<KmsGrant> grants, PolicyRequest request)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(grants);
        ArgumentNullException.ThrowIfNull(request);

        bool direct = false, viaAccount = false;
        if (policy.DefaultAccount is { } owner)
        {
            // One statement: Allow kms:* on * to the owner account's root.
            var caller = request.Principal;
            if (caller.Kind != PrincipalKind.Service && caller.AccountId == owner.Account && caller.Partition == owner.Partition)
            {
                direct = caller.Kind == PrincipalKind.AccountRoot;
                viaAccount = !direct;
            }
        }
        else
        {
            foreach (var statement in policy.StatementArray)
            {
                var match = statement.Match(request);
                if (match == PrincipalMatch.None)
                {
                    continue;
                }

                if (statement.Effect == PolicyEffect.Deny)
                {
                    return PolicyDecision.Deny(DenialReason.ExplicitDenyInResourceBasedPolicy);
                }

                direct |= match == PrincipalMatch.Direct;
                viaAccount |= match == PrincipalMatch.ViaAccount;
            }
        }

        var identity = request.IdentityDecision;
        if (identity == PolicyOutcome.ImplicitDeny && request.Principal.Kind is PrincipalKind.AccountRoot or PrincipalKind.Service)
        {
            identity = PolicyOutcome.Allow;
        }

        if (identity == PolicyOutcome.ExplicitDeny)
        {
            return PolicyDecision.Deny(DenialReason.ExplicitDenyInIdentityBasedPolicy);
        }

        if (request.IsCrossAccount)
        {
            if (!request.Action.AllowsCrossAccount)
            {
                return PolicyDecision.Deny(DenialReason.NoResourceBasedPolicyAllows);
            }

            if (AnyGrantAllows(grants, request))
            {
                return PolicyDecision.AllowGrant;
            }

            if (!direct && !viaAccount)
            {
                return PolicyDecision.Deny(DenialReason.NoResourceBasedPolicyAllows);
            }

            return identity == PolicyOutcome.Allow ? PolicyDecision.Allow : PolicyDecision.Deny(DenialReason.NoIdentityBasedPolicyAllows);
        }

        if (direct)
        {
            return PolicyDecision.Allow;
        }

        if (AnyGrantAllows(grants, request))
        {
            return PolicyDecision.AllowGrant;
        }

        if (viaAccount)
        {
            return identity == PolicyOutcome.Allow ? PolicyDecision.Allow : PolicyDecision.Deny(DenialReason.NoIdentityBasedPolicyAllows);
        }

        return PolicyDecision.Deny(DenialReason.NoResourceBasedPolicyAllows);
    }

    /// <summary>Evaluates <paramref name="request"/> and folds the decision to success or the <c>AccessDeniedException</c> the caller sees.</summary>
    /// <param name="policy">The key's policy.</param>
    /// <param name="grants">The key's grants.</param>
    /// <param name="request">The request.</param>
    /// <returns><see cref="Success"/>, or the refusal with AWS's message.</returns>
    /// <remarks>The one call a protocol layer makes per request, after resolving the key and before checking its state.</remarks>
    public static OneOf<Success, AccessDenied> Authorize(KeyPolicy policy, IReadOnlyList<KmsGrant> grants, PolicyRequest request)
    {
        var decision = Evaluate(policy, grants, request);
        return decision.IsAllowed ? default(Success) : AccessDenied.ByPolicy(request.Principal, request.Action, request.KeyArn, decision.Reason);
    }

    /// <summary>Decides a request that only identity-based policies govern (<c>kms:CreateKey</c>, <c>kms:ListKeys</c>, the alias half of <c>kms:CreateAlias</c>, ...) from its <see cref="PolicyRequest.IdentityDecision"/>.</summary>
    /// <param name="request">The request, made with <see cref="PolicyRequest.ForResource"/> (or <see cref="PolicyRequest.Create"/>) and its identity decision.</param>
    /// <returns><see cref="Success"/>, or the refusal naming <see cref="PolicyRequest.Resource"/>: an explicit deny in an identity-based policy, or no identity-based policy allows.</returns>
    /// <remarks>An account's root user and a service principal have no identity policies: they are refused only by an explicit deny.</remarks>
    public static OneOf<Success, AccessDenied> AuthorizeIdentity(PolicyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reason = request.IdentityDecision switch
        {
            PolicyOutcome.Allow => DenialReason.None,
            PolicyOutcome.ExplicitDeny => DenialReason.ExplicitDenyInIdentityBasedPolicy,
            _ => request.Principal.Kind is PrincipalKind.AccountRoot or PrincipalKind.Service ? DenialReason.None : DenialReason.NoIdentityBasedPolicyAllows,
        };
        return reason == DenialReason.None ? default(Success) : AccessDenied.ByPolicy(request.Principal, request.Action, request.Resource, reason);
    }

    private static bool AnyGrantAllows(IReadOnlyList<KmsGrant> grants, PolicyRequest request)
    {
        for (var i = 0; i < grants.Count; i++)
        {
            if (grants[i].Allows(request))
            {
                return true;
            }
        }

        return false;
    }
}
