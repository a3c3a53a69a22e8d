using System.Collections.Generic;
using KeyLifecycle.Errors;
using KeyLifecycle.Grants;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Policies;

public sealed class KeyPolicyEvaluatorTests
{
    private const string KeyArnText = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private static readonly KeyArn s_key = KeyArn.Parse(KeyArnText);
    private static readonly KmsGrant[] s_noGrants = [];
    private static readonly KmsPrincipal s_root = KmsPrincipal.Parse("arn:aws:iam::111122223333:root");
    private static readonly KmsPrincipal s_session = KmsPrincipal.Parse("arn:aws:sts::111122223333:assumed-role/Encryptor/worker");
    private static readonly KmsPrincipal s_alice = KmsPrincipal.Parse("arn:aws:iam::111122223333:user/Alice");
    private static readonly KmsPrincipal s_carol = KmsPrincipal.Parse("arn:aws:iam::444455556666:user/Carol");
    private static readonly KeyPolicy s_default = KeyPolicy.CreateDefault(AwsPartition.Aws, AwsAccountId.Parse("111122223333"));

    private static KeyPolicy Policy(string statements) => KeyPolicy.Parse("{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}").AsT0;

    private static PolicyRequest Request(KmsPrincipal principal, string action, PolicyOutcome identity = PolicyOutcome.ImplicitDeny) =>
        PolicyRequest.Create(principal, KmsAction.Parse(action), s_key, identity);

    private static string Refusal(KeyPolicy policy, PolicyRequest request, IReadOnlyList<KmsGrant>? grants = null)
    {
        var result = KeyPolicyEvaluator.Authorize(policy, grants ?? s_noGrants, request);
        result.IsT1.ShouldBeTrue();
        result.AsT1.ErrorCode.ShouldBe("AccessDeniedException");
        return result.AsT1.Message;
    }

    private static bool Allowed(KeyPolicy policy, PolicyRequest request, IReadOnlyList<KmsGrant>? grants = null) =>
        KeyPolicyEvaluator.Evaluate(policy, grants ?? s_noGrants, request).IsAllowed;

    [Fact]
    public void Evaluate_DefaultPolicy_AllocatesNothing()
    {
        var request = Request(s_session, "kms:DescribeKey", PolicyOutcome.Allow);
        KeyPolicyEvaluator.Evaluate(s_default, s_noGrants, request);

        var before = System.GC.GetAllocatedBytesForCurrentThread();
        var decision = KeyPolicyEvaluator.Evaluate(s_default, s_noGrants, request);
        var allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;

        decision.IsAllowed.ShouldBeTrue();
        allocated.ShouldBe(0);
    }

    [Fact]
    public void Evaluate_DefaultPolicyForTheAccountRoot_Allows()
    {
        Allowed(s_default, Request(s_root, "kms:ScheduleKeyDeletion")).ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_DefaultPolicyForARoleSessionWithoutIdentityPolicy_RefusesNamingIdentityPolicies()
    {
        // Recorded: "User: arn:aws:sts::624384546187:assumed-role/cortex_xsiam.../xdr-collection is not authorized to perform:
        // kms:Decrypt on resource: arn:aws:kms:eu-west-2:624384546187:key/b997e702-... because no identity-based policy allows the
        // kms:Decrypt action" (https://github.com/ministryofjustice/modernisation-platform/pull/11726).
        Refusal(s_default, Request(s_session, "kms:Decrypt")).ShouldBe(
            "User: arn:aws:sts::111122223333:assumed-role/Encryptor/worker is not authorized to perform: kms:Decrypt on resource: "
            + KeyArnText + " because no identity-based policy allows the kms:Decrypt action");
        Allowed(s_default, Request(s_session, "kms:Decrypt", PolicyOutcome.Allow)).ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_RoleAllowedEncryptOnly_AllowsEncryptAndRefusesDecryptNamingResourcePolicies()
    {
        var policy = Policy("""
            {"Sid":"Root","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:PutKeyPolicy","Resource":"*"},
            {"Sid":"Encrypt only","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/Encryptor"},"Action":"kms:Encrypt","Resource":"*"}
            """);

        Allowed(policy, Request(s_session, "kms:Encrypt")).ShouldBeTrue();
        // Recorded: "... is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:...:key/key_ID because no resource-based
        // policy allows the kms:Decrypt action" (https://github.com/4dn-dcic/tibanna/issues/402).
        Refusal(policy, Request(s_session, "kms:Decrypt", PolicyOutcome.Allow)).ShouldBe(
            "User: arn:aws:sts::111122223333:assumed-role/Encryptor/worker is not authorized to perform: kms:Decrypt on resource: "
            + KeyArnText + " because no resource-based policy allows the kms:Decrypt action");
    }

    [Fact]
    public void Evaluate_DenyDisableKeyForEveryone_RefusesEvenTheRootWithAnExplicitDeny()
    {
        var policy = Policy("""
            {"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"kms:*","Resource":"*"},
            {"Effect":"Deny","Principal":"*","Action":"kms:DisableKey","Resource":"*"}
            """);

        // The IAM form "... with an explicit deny in a resource-based policy"
        // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_access-denied-error-messages.html; recorded for S3
        // in https://github.com/noobaa/noobaa-core/issues/10060).
        Refusal(policy, Request(s_root, "kms:DisableKey")).ShouldBe(
            "User: arn:aws:iam::111122223333:root is not authorized to perform: kms:DisableKey on resource: " + KeyArnText
            + " with an explicit deny in a resource-based policy");
        Allowed(policy, Request(s_root, "kms:EnableKey")).ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_IdentityPolicyDenies_RefusesWithAnExplicitDenyInAnIdentityBasedPolicy()
    {
        Refusal(s_default, Request(s_alice, "kms:Encrypt", PolicyOutcome.ExplicitDeny)).ShouldBe(
            "User: arn:aws:iam::111122223333:user/Alice is not authorized to perform: kms:Encrypt on resource: " + KeyArnText
            + " with an explicit deny in an identity-based policy");
    }

    [Fact]
    public void Evaluate_CrossAccount_NeedsKeyPolicyAndIdentityPolicyAndACrossAccountAction()
    {
        var policy = Policy("""
            {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"},
            {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":["kms:Encrypt","kms:DisableKey"],"Resource":"*"}
            """);

        Allowed(policy, Request(s_carol, "kms:Encrypt", PolicyOutcome.Allow)).ShouldBeTrue();
        Refusal(policy, Request(s_carol, "kms:Encrypt")).ShouldEndWith("because no identity-based policy allows the kms:Encrypt action");
        Refusal(s_default, Request(s_carol, "kms:Encrypt", PolicyOutcome.Allow)).ShouldBe(
            "User: arn:aws:iam::444455556666:user/Carol is not authorized to perform: kms:Encrypt on resource: " + KeyArnText
            + " because no resource-based policy allows the kms:Encrypt action");

        // DisableKey: "Cross-account use: No" (kms-api-permissions-reference.html), whatever the policies say.
        Refusal(policy, Request(s_carol, "kms:DisableKey", PolicyOutcome.Allow)).ShouldEndWith("because no resource-based policy allows the kms:DisableKey action");
    }

    [Fact]
    public void Evaluate_GrantWithEncryptionContextConstraint_AllowsOnlyAMatchingContextUntilRetired()
    {
        var grant = GrantTransitions.CreateGrant(
            new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt])
            {
                EncryptionContextSubset = new Dictionary<string, string> { ["purpose"] = "test" },
                RetiringPrincipal = s_root.ToString(),
            },
            s_root,
            [],
            "0c237476b39f8bc44e45212e08498fbe3151305030726c0590dd8d3e9f3d6a60",
            "token-1").AsT0;
        KmsGrant[] grants = [grant];
        var decrypt = Request(s_alice, "kms:Decrypt");

        var decision = KeyPolicyEvaluator.Evaluate(s_default, grants, decrypt.WithEncryptionContext(new Dictionary<string, string> { ["purpose"] = "test", ["team"] = "blue" }));
        decision.IsAllowed.ShouldBeTrue();
        decision.AllowedByGrant.ShouldBeTrue();
        Refusal(s_default, decrypt.WithEncryptionContext(new Dictionary<string, string> { ["purpose"] = "prod" }), grants)
            .ShouldEndWith("because no identity-based policy allows the kms:Decrypt action");
        Allowed(s_default, Request(s_alice, "kms:Encrypt"), grants).ShouldBeFalse();

        var retired = GrantTransitions.RetireGrant("token-1", s_root, grants).AsT0;
        retired.ShouldBeSameAs(grant);
        Allowed(s_default, decrypt.WithEncryptionContext(new Dictionary<string, string> { ["purpose"] = "test" }), []).ShouldBeFalse();
    }

    [Fact]
    public void Evaluate_ConditionsOnMissingKeysAndEmptySets_FollowTheDocumentedSemantics()
    {
        // IfExists: a missing key satisfies the condition; ForAllValues on an empty set is true; ForAnyValue on it is false
        // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html).
        static KeyPolicy With(string condition) => Policy(
            "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:user/Alice\"},\"Action\":\"kms:*\",\"Resource\":\"*\",\"Condition\":" + condition + "}");
        var plain = Request(s_alice, "kms:Encrypt");

        Allowed(With("{\"StringEqualsIfExists\":{\"kms:ViaService\":\"s3.us-east-1.amazonaws.com\"}}"), plain).ShouldBeTrue();
        Allowed(With("{\"StringEquals\":{\"kms:ViaService\":\"s3.us-east-1.amazonaws.com\"}}"), plain).ShouldBeFalse();
        Allowed(With("{\"StringNotEquals\":{\"kms:ViaService\":\"s3.us-east-1.amazonaws.com\"}}"), plain).ShouldBeTrue();
        Allowed(With("{\"ForAllValues:StringEquals\":{\"kms:EncryptionContextKeys\":\"purpose\"}}"), plain).ShouldBeTrue();
        Allowed(With("{\"ForAnyValue:StringEquals\":{\"kms:EncryptionContextKeys\":\"purpose\"}}"), plain).ShouldBeFalse();
        Allowed(With("{\"Null\":{\"kms:EncryptionContextKeys\":\"true\"}}"), plain).ShouldBeTrue();

        var withContext = plain.WithEncryptionContext(new Dictionary<string, string> { ["purpose"] = "test", ["team"] = "blue" });
        Allowed(With("{\"ForAllValues:StringEquals\":{\"kms:EncryptionContextKeys\":\"purpose\"}}"), withContext).ShouldBeFalse();
        Allowed(With("{\"ForAnyValue:StringEquals\":{\"kms:EncryptionContextKeys\":\"purpose\"}}"), withContext).ShouldBeTrue();
        Allowed(With("{\"StringLike\":{\"kms:EncryptionContext:purpose\":\"t?st\"}}"), withContext).ShouldBeTrue();
        Allowed(With("{\"Null\":{\"kms:EncryptionContextKeys\":\"false\"}}"), withContext).ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_IpNumericDateBoolAndArnConditions_CompareTheirOwnWay()
    {
        static KeyPolicy With(string condition) => Policy(
            "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\",\"Condition\":" + condition + "}");
        var request = Request(s_session, "kms:Encrypt")
            .WithValues("aws:SourceIp", "203.0.113.7")
            .WithValue("kms:RotationPeriodInDays", 365)
            .WithValue("kms:BypassPolicyLockoutSafetyCheck", true)
            .WithValues("aws:CurrentTime", "2026-06-30T12:00:00Z");

        Allowed(With("{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}"), request).ShouldBeTrue();
        Allowed(With("{\"NotIpAddress\":{\"aws:SourceIp\":[\"10.0.0.0/8\",\"2001:db8::/32\"]}}"), request).ShouldBeTrue();
        Allowed(With("{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}"), request).ShouldBeFalse();
        Allowed(With("{\"NumericLessThanEquals\":{\"kms:RotationPeriodInDays\":\"365\"}}"), request).ShouldBeTrue();
        Allowed(With("{\"NumericLessThan\":{\"kms:RotationPeriodInDays\":365}}"), request).ShouldBeFalse();
        Allowed(With("{\"DateGreaterThan\":{\"aws:CurrentTime\":\"2026-01-01T00:00:00Z\"}}"), request).ShouldBeTrue();
        Allowed(With("{\"DateLessThan\":{\"aws:CurrentTime\":\"1767225600\"}}"), request).ShouldBeFalse();
        Allowed(With("{\"Bool\":{\"kms:BypassPolicyLockoutSafetyCheck\":\"true\"}}"), request).ShouldBeTrue();
        Allowed(With("{\"ArnLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:role/Encrypt?r\"}}"), request).ShouldBeTrue();
        Allowed(With("{\"ArnEquals\":{\"aws:PrincipalArn\":\"arn:aws:iam::111122223333:role/Other\"}}"), request).ShouldBeFalse();
        Allowed(With("{\"StringEquals\":{\"kms:CallerAccount\":\"111122223333\"}}"), request).ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_NotPrincipalNotActionAndCaseInsensitiveActions_MatchAsIamDoes()
    {
        var policy = Policy("""
            {"Effect":"Allow","Principal":"*","Action":"KMS:ENCRYPT","Resource":"*"},
            {"Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:iam::111122223333:user/Alice"},"NotAction":["kms:Describe*","kms:Encrypt"],"Resource":"*"}
            """);

        Allowed(policy, Request(s_session, "kms:Encrypt")).ShouldBeTrue();
        Refusal(policy, Request(s_session, "kms:Decrypt")).ShouldEndWith("with an explicit deny in a resource-based policy");
        Refusal(policy, Request(s_alice, "kms:Decrypt")).ShouldEndWith("because no resource-based policy allows the kms:Decrypt action");
    }

    [Fact]
    public void Evaluate_ServicePrincipal_IsAllowedOnlyByAStatementNamingIt()
    {
        var service = KmsPrincipal.Parse("dynamodb.amazonaws.com");
        var policy = Policy("{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"dynamodb.amazonaws.com\"},\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}");

        Allowed(policy, Request(service, "kms:Decrypt")).ShouldBeTrue();
        Allowed(s_default, Request(service, "kms:Decrypt")).ShouldBeFalse();
    }

    [Fact]
    public void PutKeyPolicy_APolicyThatLocksTheCallerOut_IsRefusedUnlessBypassed()
    {
        var aliceOnly = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:user/Alice\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";
        var bob = PolicyRequest.Create(KmsPrincipal.Parse("arn:aws:iam::111122223333:user/Bob"), KmsAction.For(KmsOperation.PutKeyPolicy), s_key, PolicyOutcome.Allow);

        // Recorded: "MalformedPolicyDocumentException: The new key policy will not allow you to update the key policy in the future."
        // (https://github.com/terraform-aws-modules/terraform-aws-eks/issues/1950)
        var refused = KeyPolicies.PutKeyPolicy(aliceOnly, bob, bypassPolicyLockoutSafetyCheck: false);
        refused.AsT1.ErrorCode.ShouldBe("MalformedPolicyDocumentException");
        refused.AsT1.Message.ShouldBe("The new key policy will not allow you to update the key policy in the future.");

        KeyPolicies.PutKeyPolicy(aliceOnly, bob, bypassPolicyLockoutSafetyCheck: true).AsT0.Text.ShouldBe(aliceOnly);
        KeyPolicies.PutKeyPolicy(s_default.Text, bob, bypassPolicyLockoutSafetyCheck: false).IsT0.ShouldBeTrue();
        KeyPolicies.PutKeyPolicy(aliceOnly, bob.WithAction(KmsAction.CreateKey), false).IsT1.ShouldBeTrue();
        KeyPolicies.PutKeyPolicy("{", bob, false).AsT1.Message.ShouldBe("Syntax errors in policy.");
    }

    [Fact]
    public void ForNewKey_WithoutAPolicy_GetsTheDefaultPolicyAndWithOneChecksIt()
    {
        var creator = PolicyRequest.Create(s_alice, KmsAction.CreateKey, s_key, PolicyOutcome.Allow);

        var policy = KeyPolicies.ForNewKey(null, creator, false).AsT0;
        KeyPolicies.GetKeyPolicy(policy).ShouldBe(s_default.Text);
        KeyPolicies.ForNewKey("{\"Statement\":{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\"}}", creator, false)
            .AsT1.ShouldBe(MalformedPolicyDocument.Lockout);
    }

    [Fact]
    public void KmsAction_ForReEncrypt_NeedsTheTwoActions()
    {
        Should.Throw<System.ArgumentException>(() => KmsAction.For(KmsOperation.ReEncrypt));
        KmsAction.ReEncryptFrom.ToString().ShouldBe("kms:ReEncryptFrom");
        KmsAction.ReEncryptTo.AllowsCrossAccount.ShouldBeTrue();
        KmsAction.For(KmsOperation.PutKeyPolicy).AllowsCrossAccount.ShouldBeFalse();
        KmsAction.TryParse("kms:", out _).ShouldBeFalse();
        KmsAction.TryParse("s3:GetObject", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("arn:aws:iam::111122223333:root", PrincipalKind.AccountRoot, "")]
    [InlineData("arn:aws:iam::111122223333:user/division/Alice", PrincipalKind.IamUser, "Alice")]
    [InlineData("arn:aws:iam::111122223333:role/service-role/Admin", PrincipalKind.IamRole, "Admin")]
    [InlineData("arn:aws:sts::111122223333:assumed-role/Admin/my-session", PrincipalKind.AssumedRole, "Admin")]
    [InlineData("arn:aws:sts::111122223333:federated-user/Bob", PrincipalKind.FederatedUser, "Bob")]
    [InlineData("logs.us-east-1.amazonaws.com", PrincipalKind.Service, "")]
    public void KmsPrincipal_Parse_ReadsTheKindAndName(string text, PrincipalKind kind, string name)
    {
        var principal = KmsPrincipal.Parse(text);

        principal.Kind.ShouldBe(kind);
        principal.Name.ShouldBe(name);
        principal.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("arn:aws:iam:us-east-1:111122223333:root")]
    [InlineData("arn:aws:iam::11112222333:root")]
    [InlineData("arn:aws:sts::111122223333:assumed-role/Admin")]
    [InlineData("arn:aws:iam::111122223333:group/Admins")]
    [InlineData("Logs.amazonaws.com")]
    [InlineData("")]
    public void KmsPrincipal_TryParse_RefusesWhatIsNoPrincipal(string text)
    {
        KmsPrincipal.TryParse(text, out _).ShouldBeFalse();
        Should.Throw<System.FormatException>(() => KmsPrincipal.Parse(text));
    }
}
