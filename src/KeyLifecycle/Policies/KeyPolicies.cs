using System;
using System.Collections.Generic;
using KeyLifecycle.Errors;
using KeyLifecycle.Grants;
using OneOf;

namespace KeyLifecycle.Policies;

/// <summary>The key policy decisions of CreateKey, ReplicateKey and PutKeyPolicy: which policy a key gets, and the lockout safety check.</summary>
public static class KeyPolicies
{
    private static readonly KmsGrant[] s_noGrants = [];

    /// <summary>Returns the policy a new key gets: the one given, parsed and checked, or the default key policy when none is given.</summary>
    /// <param name="policyText">The <c>Policy</c> of CreateKey or ReplicateKey, or <see langword="null"/> when the request has none.</param>
    /// <param name="request">The caller's request on the new key (any action; its principal and condition keys are used).</param>
    /// <param name="bypassPolicyLockoutSafetyCheck">The request's <c>BypassPolicyLockoutSafetyCheck</c>.</param>
    /// <returns>The key's policy, or the <c>MalformedPolicyDocumentException</c> KMS answers.</returns>
    /// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html">Default key policy</see>.</remarks>
    public static OneOf<KeyPolicy, MalformedPolicyDocument> ForNewKey(string? policyText, PolicyRequest request, bool bypassPolicyLockoutSafetyCheck)
    {
        ArgumentNullException.ThrowIfNull(request);
        return policyText is null
            ? KeyPolicy.CreateDefault(request.KeyArn.Partition, request.KeyAccountId)
            : PutKeyPolicy(policyText, request, bypassPolicyLockoutSafetyCheck);
    }

    /// <summary>Parses the policy PutKeyPolicy was given and applies the lockout safety check.</summary>
    /// <param name="policyText">The new policy document.</param>
    /// <param name="request">The caller's request (any action; its principal and condition keys are used).</param>
    /// <param name="bypassPolicyLockoutSafetyCheck">The request's <c>BypassPolicyLockoutSafetyCheck</c>.</param>
    /// <returns>The new policy, or the <c>MalformedPolicyDocumentException</c> KMS answers.</returns>
    public static OneOf<KeyPolicy, MalformedPolicyDocument> PutKeyPolicy(string policyText, PolicyRequest request, bool bypassPolicyLockoutSafetyCheck)
    {
        ArgumentNullException.ThrowIfNull(policyText);
        ArgumentNullException.ThrowIfNull(request);
        var parsed = KeyPolicy.Parse(policyText);
        if (parsed.TryPickT1(out var malformed, out var policy))
        {
            return malformed;
        }

        return CheckLockout(policy, request, bypassPolicyLockoutSafetyCheck);
    }

    /// <summary>The lockout safety check: the new policy must let the caller call PutKeyPolicy again, unless the check is bypassed.</summary>
    /// <param name="policy">The new policy.</param>
    /// <param name="request">The caller's request (any action; its principal and condition keys are used).</param>
    /// <param name="bypassPolicyLockoutSafetyCheck">Whether the caller set <c>BypassPolicyLockoutSafetyCheck</c>.</param>
    /// <returns>The policy, or <see cref="MalformedPolicyDocument.Lockout"/>: <c>The new key policy will not allow you to update the key policy in the future.</c></returns>
    /// <remarks>
    /// The policy passes when it allows <c>kms:PutKeyPolicy</c> to the caller directly or through the caller's account (whose IAM
    /// policies could then allow it): the caller's own identity policies are assumed to allow, since the caller can make this call.
    /// Grants cannot allow PutKeyPolicy. See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#prevent-unmanageable-key">Prevent unmanageable keys</see>.
    /// </remarks>
    public static OneOf<KeyPolicy, MalformedPolicyDocument> CheckLockout(KeyPolicy policy, PolicyRequest request, bool bypassPolicyLockoutSafetyCheck)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(request);
        if (bypassPolicyLockoutSafetyCheck)
        {
            return policy;
        }

        var future = request.WithAction(KmsAction.For(KmsOperation.PutKeyPolicy)).WithIdentityDecision(PolicyOutcome.Allow);
        return KeyPolicyEvaluator.Evaluate(policy, s_noGrants, future).IsAllowed ? policy : MalformedPolicyDocument.Lockout;
    }

    /// <summary>What GetKeyPolicy returns: the policy's text.</summary>
    /// <param name="policy">The key's policy.</param>
    /// <returns><see cref="KeyPolicy.Text"/>, as it was given.</returns>
    public static string GetKeyPolicy(KeyPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Text;
    }

    /// <summary>What ListKeyPolicies returns: the one policy name, <c>default</c>.</summary>
    /// <returns><c>["default"]</c>.</returns>
    public static IReadOnlyList<string> ListKeyPolicies() => KeyPolicy.PolicyNames;
}
