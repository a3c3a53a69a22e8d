using System;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using KeyLifecycle.Protocol.Model;
using KeyLifecycle.Protocol.Pipeline;
using KeyLifecycle.Protocol.Storage;

namespace KeyLifecycle.Protocol.Operations;

/// <summary><c>GetKeyPolicy</c>, <c>PutKeyPolicy</c> and <c>ListKeyPolicies</c>, and the policy <c>CreateKey</c> and <c>ReplicateKey</c> give a new key.</summary>
/// <remarks>
/// The policy documents are the domain's (<see cref="KeyPolicies"/>): parsed and validated, with the lockout safety check
/// for the calling principal. Every request on a key is authorized against its policy (<see cref="KmsRequestContext.Authorize"/>).
/// A key whose policy was never set has the default key policy, which is not stored.
/// </remarks>
internal static class PolicyOperations
{
    // The model documents "The only valid name is default"; AWS records no text for another name, so this is the project's.
    private static readonly ValidationFailed s_onlyDefault = new("PolicyName must be default: a KMS key has one key policy, named default.");

    public static KmsResult GetKeyPolicy(GetKeyPolicyRequest request, KmsRequestContext context) =>
        Unless(CheckName(request.PolicyName), () => context.Read(request.KeyId, KmsOperation.GetKeyPolicy, key => KmsResult.Json(
            new GetKeyPolicyResponse { Policy = KeyPolicies.GetKeyPolicy(PolicyOf(context.Store, key.Arn)), PolicyName = KeyPolicy.PolicyName },
            KmsJsonContext.Default.GetKeyPolicyResponse)));

    public static KmsResult PutKeyPolicy(ValidPutKeyPolicyRequest request, KmsRequestContext context) =>
        Unless(CheckName(request.PolicyName), () => context.Run(() => context.Resolve(request.KeyId, KmsOperation.PutKeyPolicy,
                RequestConditions.Value("kms:BypassPolicyLockoutSafetyCheck", request.BypassPolicyLockoutSafetyCheck))
            .Then(key => KeyPolicies.PutKeyPolicy(request.Policy, CallerRequest(context, key.Arn), request.BypassPolicyLockoutSafetyCheck).ToOutcome()
                // The key's compare-and-swap guards the policy: a key deleted meanwhile is not given one.
                .Map(policy => new Plan(new KeyStoreCommit().Expect(key).PutKeyPolicy(key.Arn, policy), KmsResult.Empty)))));

    public static KmsResult ListKeyPolicies(ListKeyPoliciesRequest request, KmsRequestContext context)
    {
        if (!Paging.TryReadMarker(request.Marker, out var after))
        {
            return KmsResult.Error(InvalidMarker.Instance);
        }

        return context.Read(request.KeyId, KmsOperation.ListKeyPolicies, _ =>
        {
            var page = Paging.Page(KeyPolicies.ListKeyPolicies(), name => name, after, request.Limit ?? 100);
            return KmsResult.Json(
                new ListKeyPoliciesResponse { PolicyNames = [.. page.Items], NextMarker = page.NextMarker, Truncated = page.NextMarker is not null },
                KmsJsonContext.Default.ListKeyPoliciesResponse);
        });
    }

    /// <summary>The policy a new key is given: the one in the request, checked, or <see langword="null"/> for the default, which is not stored.</summary>
    public static KmsOutcome<KeyPolicy?> ForNewKey(KmsRequestContext context, KeyArn keyArn, string? policyText, bool bypassPolicyLockoutSafetyCheck) =>
        policyText is null
            ? (KeyPolicy?)null
            : KeyPolicies.ForNewKey(policyText, CallerRequest(context, keyArn), bypassPolicyLockoutSafetyCheck).ToOutcome().Map(policy => (KeyPolicy?)policy);

    public static KeyPolicy DefaultFor(KeyArn keyArn) => KeyPolicy.CreateDefault(keyArn.Partition, keyArn.AccountId);

    private static KeyPolicy PolicyOf(IKmsKeyStore store, KeyArn keyArn) => store.FindKeyPolicy(keyArn) ?? DefaultFor(keyArn);

    // The lockout check asks whether the calling principal could put a policy again under the new one; the domain
    // assumes its identity policies allow that, since it is allowed to make this call.
    private static PolicyRequest CallerRequest(KmsRequestContext context, KeyArn keyArn) => PolicyRequest.Create(
        context.Caller.Principal, KmsAction.For(KmsOperation.PutKeyPolicy), keyArn, PolicyOutcome.Allow);

    private static ValidationFailed? CheckName(string? policyName) => policyName is null or KeyPolicy.PolicyName ? null : s_onlyDefault;

    private static KmsResult Unless(ValidationFailed? refusal, Func<KmsResult> next) => refusal is null ? next() : KmsResult.Error(refusal);
}
