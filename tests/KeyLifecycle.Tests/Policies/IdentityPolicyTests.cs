using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using KeyLifecycle.Testing;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Policies;

/// <summary>
/// IAM identity-based policies: IAM's two rules for them (no principal, resources required; the texts IAM answers for a
/// policy that breaks them, https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_policies.html), and their
/// evaluation against the naive reference evaluator on generated policies and requests.
/// </summary>
public sealed class IdentityPolicyTests
{
    private const string KeyArnText = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    [Property(MaxTest = 2000)]
    public Property Evaluate_AgreesWithTheReferenceEvaluator() =>
        Prop.ForAll(
            KmsGen.PolicyScenarios.ToArbitrary(),
            Gen.Choose(0, 3).SelectMany(count => Gen.ArrayOf(KmsGen.IdentityPolicyDocuments, count)).ToArbitrary(),
            (scenario, documents) =>
            {
                var request = scenario.ToRequest();
                var actual = IdentityPolicy.Evaluate(documents.Select(text => IdentityPolicy.Parse(text).AsT0).ToArray(), request).ToString();
                var expected = ReferenceEvaluator.DecideIdentity(documents, KeyPolicyEvaluatorProperties.ToQuestion(scenario));
                return (actual == expected).Label($"expected {expected}, got {actual}\n{string.Join("\n", documents)}\n{scenario.Principal} {scenario.Action} {scenario.KeyArn}");
            });

    [Property(MaxTest = 1000)]
    public Property KeyPolicyAndIdentityPolicies_Together_AgreeWithTheReferenceEvaluator() =>
        Prop.ForAll(
            KmsGen.PolicyScenarios.ToArbitrary(),
            Gen.Choose(0, 2).SelectMany(count => Gen.ArrayOf(KmsGen.IdentityPolicyDocuments, count)).ToArbitrary(),
            (scenario, documents) =>
            {
                var policies = documents.Select(text => IdentityPolicy.Parse(text).AsT0).ToArray();
                var request = scenario.ToRequest();
                request = request.WithIdentityDecision(IdentityPolicy.Evaluate(policies, request));
                var actual = KeyPolicyEvaluatorProperties.Describe(KeyPolicyEvaluator.Evaluate(scenario.Policy, scenario.Grants, request));

                var question = KeyPolicyEvaluatorProperties.ToQuestion(scenario);
                var expected = ReferenceEvaluator.Decide(question with { IdentityDecision = ReferenceEvaluator.DecideIdentity(documents, question) });
                return (actual == expected).Label($"expected {expected}, got {actual}");
            });

    [Theory]
    [InlineData("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:Encrypt\",\"Resource\":\"*\"}]}")]
    [InlineData("{\"Statement\":[{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"111122223333\"},\"Action\":\"kms:Encrypt\",\"Resource\":\"*\"}]}")]
    public void Principal_IsRefused_WithIamsText(string document)
    {
        var error = IdentityPolicy.Parse(document).AsT1;
        error.ShouldBe(MalformedPolicyDocument.PrincipalInIdentityPolicy);
        error.Message.ShouldBe("Policy document should not specify a principal.");
        error.ErrorCode.ShouldBe("MalformedPolicyDocumentException");
    }

    [Fact]
    public void StatementWithoutResource_IsRefused_WithIamsText()
    {
        var error = IdentityPolicy.Parse("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"kms:Encrypt\"}}").AsT1;
        error.Message.ShouldBe("Policy statement must contain resources.");
    }

    [Fact]
    public void KeyPolicyGrammar_StillApplies()
    {
        IdentityPolicy.Parse("{\"Statement\":[{\"Effect\":\"Perhaps\",\"Action\":\"kms:Encrypt\",\"Resource\":\"*\"}]}").AsT1.ShouldBe(MalformedPolicyDocument.SyntaxErrors);
        IdentityPolicy.Parse("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:a:b\",\"Resource\":\"*\"}]}").AsT1.ShouldBe(MalformedPolicyDocument.ActionColons);
        IdentityPolicy.Parse("not json").AsT1.ShouldBe(MalformedPolicyDocument.SyntaxErrors);
    }

    [Fact]
    public void ParsedPolicy_KeepsItsTextVersionAndStatements()
    {
        const string Text = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Action\":\"kms:Encrypt\",\"Resource\":\"*\"},{\"Effect\":\"Deny\",\"NotAction\":\"kms:*\",\"NotResource\":\"*\"}]}";
        var policy = IdentityPolicy.Parse(Text).AsT0;
        policy.Text.ShouldBe(Text);
        policy.ToString().ShouldBe(Text);
        policy.Version.ShouldBe("2012-10-17");
        policy.Statements.Select(statement => (statement.Sid, statement.Effect)).ShouldBe([("A", PolicyEffect.Allow), (null, PolicyEffect.Deny)]);
    }

    [Theory]
    [InlineData("Allow", "kms:Encrypt", "*", "Allow")]
    [InlineData("Allow", "kms:Decrypt", "*", "ImplicitDeny")]
    [InlineData("Allow", "kms:*", "arn:aws:kms:us-east-1:111122223333:key/*", "Allow")]
    [InlineData("Allow", "kms:*", "arn:aws:kms:us-west-2:111122223333:key/*", "ImplicitDeny")]
    [InlineData("Deny", "kms:Encrypt", "*", "ExplicitDeny")]
    public void Evaluate_OneStatement(string effect, string action, string resource, string expected)
    {
        var policy = IdentityPolicy.Parse($"{{\"Statement\":[{{\"Effect\":\"{effect}\",\"Action\":\"{action}\",\"Resource\":\"{resource}\"}}]}}").AsT0;
        var request = PolicyRequest.Create(KmsPrincipal.Parse("arn:aws:iam::111122223333:user/Alice"), KmsAction.Parse("kms:Encrypt"), KeyArn.Parse(KeyArnText), PolicyOutcome.ImplicitDeny);
        IdentityPolicy.Evaluate([policy], request).ToString().ShouldBe(expected);
    }

    [Fact]
    public void Evaluate_DenyInOnePolicy_WinsOverAllowInAnother_InEitherOrder()
    {
        var allow = IdentityPolicy.Parse("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}").AsT0;
        var deny = IdentityPolicy.Parse("{\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"kms:Encrypt\",\"Resource\":\"*\"}]}").AsT0;
        var request = PolicyRequest.Create(KmsPrincipal.Parse("arn:aws:iam::111122223333:user/Alice"), KmsAction.Parse("kms:Encrypt"), KeyArn.Parse(KeyArnText), PolicyOutcome.ImplicitDeny);
        IdentityPolicy.Evaluate([allow, deny], request).ShouldBe(PolicyOutcome.ExplicitDeny);
        IdentityPolicy.Evaluate([deny, allow], request).ShouldBe(PolicyOutcome.ExplicitDeny);
        IdentityPolicy.Evaluate([], request).ShouldBe(PolicyOutcome.ImplicitDeny);
    }

    [Fact]
    public void ForResource_MatchesTheResourceItNames_AndAuthorizeIdentityNamesIt()
    {
        var alice = KmsPrincipal.Parse("arn:aws:iam::111122223333:user/Alice");
        var create = KmsAction.Parse("kms:CreateKey");
        var onKeys = IdentityPolicy.Parse("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:CreateKey\",\"Resource\":\"arn:aws:kms:*:111122223333:key/*\"}]}").AsT0;
        var anywhere = IdentityPolicy.Parse("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:CreateKey\",\"Resource\":\"*\"}]}").AsT0;
        var request = PolicyRequest.ForResource(alice, create, "*", PolicyOutcome.ImplicitDeny);

        request.Resource.ShouldBe("*");
        request.KeyArn.ShouldBe(default);
        request.IsCrossAccount.ShouldBeFalse();
        IdentityPolicy.Evaluate([onKeys], request).ShouldBe(PolicyOutcome.ImplicitDeny);
        IdentityPolicy.Evaluate([anywhere], request).ShouldBe(PolicyOutcome.Allow);

        var refused = KeyPolicyEvaluator.AuthorizeIdentity(request).AsT1;
        refused.ErrorCode.ShouldBe("AccessDeniedException");
        refused.Message.ShouldBe("User: arn:aws:iam::111122223333:user/Alice is not authorized to perform: kms:CreateKey on resource: * because no identity-based policy allows the kms:CreateKey action");
        KeyPolicyEvaluator.AuthorizeIdentity(request.WithIdentityDecision(PolicyOutcome.ExplicitDeny)).AsT1.Message
            .ShouldBe("User: arn:aws:iam::111122223333:user/Alice is not authorized to perform: kms:CreateKey on resource: * with an explicit deny in an identity-based policy");
        KeyPolicyEvaluator.AuthorizeIdentity(request.WithIdentityDecision(PolicyOutcome.Allow)).IsT0.ShouldBeTrue();

        // The root user has no identity policies to lack: only an explicit deny refuses it.
        var root = PolicyRequest.ForResource(KmsPrincipal.Parse("arn:aws:iam::111122223333:root"), create, "*", PolicyOutcome.ImplicitDeny);
        KeyPolicyEvaluator.AuthorizeIdentity(root).IsT0.ShouldBeTrue();
        KeyPolicyEvaluator.AuthorizeIdentity(root.WithIdentityDecision(PolicyOutcome.ExplicitDeny)).IsT1.ShouldBeTrue();
    }

    [Fact]
    public void CallerAs_TakesThePrincipalsAccount_AndDecidesByItsPolicies()
    {
        var caller = KmsCaller.Create(AwsRegion.Parse("us-east-1"), AwsAccountId.Parse("111122223333"));
        caller.Principal.ToString().ShouldBe("arn:aws:iam::111122223333:root");
        caller.IdentityPolicies.ShouldBeNull();

        var deny = IdentityPolicy.Parse("{\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}").AsT0;
        var carol = caller.As(KmsPrincipal.Parse("arn:aws:iam::444455556666:user/Carol"), [deny]);
        carol.AccountId.ShouldBe(AwsAccountId.Parse("444455556666"));
        carol.Region.ShouldBe(caller.Region);
        carol.Principal.Name.ShouldBe("Carol");
        var request = PolicyRequest.Create(carol.Principal, KmsAction.Parse("kms:Encrypt"), KeyArn.Parse(KeyArnText), PolicyOutcome.ImplicitDeny);
        carol.IdentityDecision(request).ShouldBe(PolicyOutcome.ExplicitDeny);
        caller.IdentityDecision(request).ShouldBe(PolicyOutcome.Allow);

        Should.Throw<System.ArgumentException>(() => caller.As(KmsPrincipal.Parse("logs.amazonaws.com"), null));
        Should.Throw<System.ArgumentException>(() => caller.As(default, null));
        Should.Throw<System.ArgumentException>(() => caller.As(KmsPrincipal.Parse("arn:aws-cn:iam::111122223333:user/Dan"), null));
    }
}
