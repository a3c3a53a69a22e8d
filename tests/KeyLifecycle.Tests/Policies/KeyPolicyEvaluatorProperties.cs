using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyLifecycle.Grants;
using KeyLifecycle.Policies;
using KeyLifecycle.Testing;

namespace KeyLifecycle.Tests.Policies;

/// <summary>The evaluator against the naive reference evaluator, on generated policies, grants, principals and requests.</summary>
public sealed class KeyPolicyEvaluatorProperties
{
    [Property(MaxTest = 3000)]
    public Property Evaluate_AgreesWithTheReferenceEvaluator() =>
        Prop.ForAll(KmsGen.PolicyScenarios.ToArbitrary(), scenario =>
        {
            var decision = KeyPolicyEvaluator.Evaluate(scenario.Policy, scenario.Grants, scenario.ToRequest());
            var expected = ReferenceEvaluator.Decide(ToQuestion(scenario));
            return (Describe(decision) == expected).Label($"expected {expected}, got {Describe(decision)}\n{scenario.PolicyText}\n{scenario.Principal} {scenario.Action} {scenario.KeyArn} identity={scenario.IdentityDecision}");
        });

    [Property(MaxTest = 300)]
    public Property Evaluate_OfTheDefaultPolicy_IsTheIdentityDecisionInTheKeysAccount() =>
        Prop.ForAll(KmsGen.PolicyScenarios.ToArbitrary(), scenario =>
        {
            var policy = KeyPolicy.CreateDefault(scenario.KeyArn.Partition, scenario.KeyArn.AccountId);
            var generic = KeyPolicy.Parse(policy.Text.Replace("Enable IAM User Permissions", "Not recognized as the default", System.StringComparison.Ordinal)).AsT0;
            var request = scenario.ToRequest();
            return KeyPolicyEvaluator.Evaluate(policy, scenario.Grants, request) == KeyPolicyEvaluator.Evaluate(generic, scenario.Grants, request)
                && policy.IsDefaultShape;
        });

    internal static string Describe(PolicyDecision decision) => decision.Reason switch
    {
        DenialReason.None => "Allow",
        DenialReason.ExplicitDenyInResourceBasedPolicy => "ExplicitDenyResource",
        DenialReason.ExplicitDenyInIdentityBasedPolicy => "ExplicitDenyIdentity",
        DenialReason.NoIdentityBasedPolicyAllows => "NoIdentityPolicy",
        DenialReason.NoResourceBasedPolicyAllows => "NoResourcePolicy",
    };

    internal static ReferenceEvaluator.Question ToQuestion(PolicyScenario scenario) => new(
        scenario.PolicyText,
        scenario.Grants.Select(ToReference).ToList(),
        scenario.Principal.ToString(),
        scenario.Action.ToString(),
        scenario.KeyArn.ToString(),
        scenario.IdentityDecision.ToString(),
        scenario.ConditionValues,
        scenario.EncryptionContext);

    private static ReferenceEvaluator.Grant ToReference(KmsGrant grant) => new(
        grant.GranteePrincipal.ToString(),
        grant.Operations.Select(operation => operation.ToWireName()).ToArray(),
        grant.Constraints is { IsEquals: true } equals ? new Dictionary<string, string>(equals.Pairs) : null,
        grant.Constraints is { IsEquals: false } subset ? new Dictionary<string, string>(subset.Pairs) : null);
}
