using System;
using System.Collections.Generic;
using KeyLifecycle.Algorithms;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Guards;

/// <summary>The small rules around the big ones: argument checks, the texts of misuse, and the table cells no other test reads.</summary>
public sealed class SmallRulesTests
{
    private static readonly KeyArn s_key = TestKeys.Arn;
    private static readonly KmsPrincipal s_alice = KmsPrincipal.Parse("arn:aws:iam::111122223333:user/Alice");

    [Fact]
    public void AlgorithmWireNames_OfUndefinedValues_ThrowNamingTheType()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ((EncryptionAlgorithm)99).ToWireName()).Message.ShouldStartWith("Not a defined EncryptionAlgorithm value.");
        Should.Throw<ArgumentOutOfRangeException>(() => ((SigningAlgorithm)99).ToWireName()).Message.ShouldStartWith("Not a defined SigningAlgorithm value.");
        Should.Throw<ArgumentOutOfRangeException>(() => ((MacAlgorithm)99).ToWireName()).Message.ShouldStartWith("Not a defined MacAlgorithm value.");
        Should.Throw<ArgumentOutOfRangeException>(() => ((MessageType)99).ToWireName()).Message.ShouldStartWith("Not a defined MessageType value.");
        Should.Throw<ArgumentOutOfRangeException>(() => ((KeyAgreementAlgorithm)99).ToWireName()).Message.ShouldStartWith("Not a defined KeyAgreementAlgorithm value.");
        Should.Throw<ArgumentOutOfRangeException>(() => ((DataKeySpec)99).ToWireName()).Message.ShouldStartWith("Not a defined DataKeySpec value.");
        Should.Throw<ArgumentOutOfRangeException>(() => ((DataKeyPairSpec)99).ToWireName()).Message.ShouldStartWith("Not a defined DataKeyPairSpec value.");

        // The model's one KeyAgreementAlgorithm value.
        KeyAgreementAlgorithm.Ecdh.ToWireName().ShouldBe("ECDH");
    }

    [Fact]
    public void KeyStateRules_Describe_OfUndefinedValues_ThrowsNamingTheType()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => KeyStateRules.Describe((KmsOperation)999, KeyState.Enabled)).Message.ShouldStartWith("Not a defined KmsOperation value.");
        Should.Throw<ArgumentOutOfRangeException>(() => KeyStateRules.Describe(KmsOperation.EnableKey, (KeyState)999)).Message.ShouldStartWith("Not a defined KeyState value.");
    }

    [Theory]
    [InlineData(KeySpec.EccNistP256)]
    [InlineData(KeySpec.EccNistP384)]
    [InlineData(KeySpec.EccNistP521)]
    [InlineData(KeySpec.EccSecgP256K1)]
    [InlineData(KeySpec.EccNistEdwards25519)]
    [InlineData(KeySpec.Hmac224)]
    [InlineData(KeySpec.Hmac256)]
    [InlineData(KeySpec.Hmac384)]
    [InlineData(KeySpec.Hmac512)]
    [InlineData(KeySpec.MlDsa44)]
    [InlineData(KeySpec.MlDsa65)]
    [InlineData(KeySpec.MlDsa87)]
    public void KeySpecs_ASpecThatCannotEncrypt_HasNoEncryptionAlgorithmsEvenWithEncryptDecrypt(KeySpec spec) =>
        KeySpecs.EncryptionAlgorithms(spec, KeyUsage.EncryptDecrypt).ShouldBeEmpty();

    [Theory]
    [InlineData("kms:ReEncryptFrom", KmsOperation.ReEncrypt)]
    [InlineData("kms:ReEncryptTo", KmsOperation.ReEncrypt)]
    [InlineData("kms:Decrypt", KmsOperation.Decrypt)]
    [InlineData("kms:CreateKey", default(KmsOperation))]
    public void AccessDenied_ByPolicy_NamesTheActionAndItsOperation(string action, KmsOperation operation)
    {
        var denied = AccessDenied.ByPolicy(s_alice, KmsAction.Parse(action), s_key, DenialReason.NoIdentityBasedPolicyAllows);

        denied.Operation.ShouldBe(operation);
        denied.Message.ShouldBe($"User: {s_alice} is not authorized to perform: {action} on resource: {s_key} because no identity-based policy allows the {action} action");
    }

    [Fact]
    public void AccessDenied_WithoutAnAction_NamesKmsAndTheOperation() =>
        new AccessDenied(s_alice.ToString(), KmsOperation.DisableKey, s_key).Message.ShouldBe(
            $"User: {s_alice} is not authorized to perform: kms:DisableKey on resource: {s_key} because no resource-based policy allows the kms:DisableKey action");

    [Theory]
    [InlineData(DenialReason.ExplicitDenyInIdentityBasedPolicy, PolicyOutcome.ExplicitDeny)]
    [InlineData(DenialReason.ExplicitDenyInResourceBasedPolicy, PolicyOutcome.ExplicitDeny)]
    [InlineData(DenialReason.NoIdentityBasedPolicyAllows, PolicyOutcome.ImplicitDeny)]
    [InlineData(DenialReason.NoResourceBasedPolicyAllows, PolicyOutcome.ImplicitDeny)]
    public void PolicyDecision_Deny_IsExplicitOnlyForAnExplicitDeny(DenialReason reason, PolicyOutcome outcome)
    {
        var decision = PolicyDecision.Deny(reason);

        decision.Outcome.ShouldBe(outcome);
        decision.Reason.ShouldBe(reason);
        decision.IsAllowed.ShouldBeFalse();
        decision.AllowedByGrant.ShouldBeFalse();
    }

    [Fact]
    public void PolicyDecision_Allow_SaysWhetherAGrantAllowed()
    {
        PolicyDecision.Allow.ShouldBe(new PolicyDecision(PolicyOutcome.Allow, DenialReason.None, false));
        PolicyDecision.AllowGrant.ShouldBe(new PolicyDecision(PolicyOutcome.Allow, DenialReason.None, true));
        PolicyDecision.Allow.IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void PolicyRequest_MisusedArguments_Throw()
    {
        var request = PolicyRequest.Create(s_alice, KmsAction.Parse("kms:Encrypt"), s_key, PolicyOutcome.Allow);

        Should.Throw<ArgumentException>(() => PolicyRequest.Create(default, KmsAction.Parse("kms:Encrypt"), s_key, PolicyOutcome.Allow))
            .Message.ShouldBe("The principal, the action and the key ARN must not be default values.");
        Should.Throw<ArgumentException>(() => request.WithAction(default)).Message.ShouldStartWith("The action must not be the default value.");
        Should.Throw<ArgumentException>(() => request.WithValues(string.Empty, "x"));
        Should.Throw<ArgumentNullException>(() => request.WithValues("k", (IEnumerable<string>)null!));
        Should.Throw<ArgumentNullException>(() => request.WithEncryptionContext(null!));
        Should.Throw<ArgumentNullException>(() => request.WithKey(null!));
    }

    [Fact]
    public void PolicyRequest_WithKey_GivesTheKeysConditionKeys()
    {
        var primary = LifecycleKeys.Primary();
        var single = TestKeys.Enabled();

        PolicyRequest.Create(s_alice, KmsAction.Parse("kms:Encrypt"), primary.Arn, PolicyOutcome.Allow).WithKey(primary).TryGetValues("kms:MultiRegion", out var multi).ShouldBeTrue();
        multi.ShouldBe(["true"]);
        PolicyRequest.Create(s_alice, KmsAction.Parse("kms:Encrypt"), primary.Arn, PolicyOutcome.Allow).WithKey(primary).TryGetValues("kms:MultiRegionKeyType", out var type).ShouldBeTrue();
        type.ShouldBe(["PRIMARY"]);

        var request = PolicyRequest.Create(s_alice, KmsAction.Parse("kms:Encrypt"), s_key, PolicyOutcome.Allow).WithKey(single);
        request.TryGetValues("kms:MultiRegion", out var notMulti).ShouldBeTrue();
        notMulti.ShouldBe(["false"]);
        request.TryGetValues("kms:MultiRegionKeyType", out _).ShouldBeFalse();
    }

    [Fact]
    public void KeyPolicies_MissingArguments_Throw()
    {
        var request = PolicyRequest.Create(s_alice, KmsAction.Parse("kms:PutKeyPolicy"), s_key, PolicyOutcome.Allow);
        var policy = KeyPolicy.CreateDefault(AwsPartition.Aws, AwsAccountId.Parse("111122223333"));

        Should.Throw<ArgumentNullException>(() => KeyPolicies.ForNewKey(null, null!, false));
        Should.Throw<ArgumentNullException>(() => KeyPolicies.PutKeyPolicy(null!, request, false));
        Should.Throw<ArgumentNullException>(() => KeyPolicies.PutKeyPolicy(policy.Text, null!, false));
        Should.Throw<ArgumentNullException>(() => KeyPolicies.CheckLockout(null!, request, false));
        Should.Throw<ArgumentNullException>(() => KeyPolicies.CheckLockout(policy, null!, false));
        Should.Throw<ArgumentNullException>(() => KeyPolicies.GetKeyPolicy(null!));
        Should.Throw<ArgumentNullException>(() => KeyPolicy.Parse(null!));
    }

    // The default key policy's shape: one statement allowing kms:* (or *) on * to the account's root, with nothing else.
    [Theory]
    [InlineData("{\"Sid\":\"Enable IAM User Permissions\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}", true)]
    [InlineData("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"*\",\"Resource\":\"*\"}", true)]
    [InlineData("{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}", false)]
    [InlineData("{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}", false)]
    [InlineData("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"NotAction\":\"kms:*\",\"Resource\":\"*\"}", false)]
    [InlineData("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"kms:*\",\"NotResource\":\"*\"}", false)]
    [InlineData("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"kms:*\",\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"true\"}}}", false)]
    [InlineData("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"arn:aws:iam::111122223333:root\",\"arn:aws:iam::444455556666:root\"]},\"Action\":\"kms:*\",\"Resource\":\"*\"}", false)]
    [InlineData("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:user/Alice\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}", false)]
    [InlineData("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}", false)]
    [InlineData("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":[\"kms:*\",\"kms:Encrypt\"],\"Resource\":\"*\"}", false)]
    [InlineData("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"kms:Encrypt\",\"Resource\":\"*\"}", false)]
    [InlineData("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"kms:*\",\"Resource\":[\"*\",\"*\"]}", false)]
    [InlineData("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"kms:*\",\"Resource\":\"arn:aws:kms:*\"}", false)]
    public void KeyPolicy_IsDefaultShape_OnlyForTheDefaultStatement(string statement, bool isDefault) =>
        KeyPolicy.Parse("{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}").AsT0.IsDefaultShape.ShouldBe(isDefault);

    [Fact]
    public void KeyMaterialId_MisusedArguments_ThrowWithTheirTexts()
    {
        Should.Throw<ArgumentException>(() => KeyMaterialId.FromBytes(new byte[31])).Message.ShouldStartWith("A key material ID is 32 bytes.");
        Should.Throw<ArgumentNullException>(() => KeyMaterialId.Parse(null!));
        Should.Throw<FormatException>(() => KeyMaterialId.Parse("ab")).Message.ShouldBe("'ab' is not a key material ID: it must be 64 lower-case hexadecimal digits.");
        Should.Throw<InvalidOperationException>(() => default(KeyMaterialId).WriteBytes(new byte[32])).Message.ShouldBe("The default KeyMaterialId has no bytes.");

        var id = KeyMaterialId.FromBytes(new byte[32]);
        Should.Throw<ArgumentException>(() => id.WriteBytes(new byte[31])).Message.ShouldStartWith("The destination must hold 32 bytes.");
        var exact = new byte[32];
        id.WriteBytes(exact);
        exact.ShouldBe(new byte[32]);
        var larger = new byte[33];
        KeyMaterialId.FromBytes([.. new byte[31], 7]).WriteBytes(larger);
        larger[31].ShouldBe((byte)7);
    }

    [Fact]
    public void TagRules_CheckKeys_AMissingKeyIsEmpty_And128CharactersIsTheLongest()
    {
        TagRules.CheckKeys([new string('k', 128)]).ShouldBeNull();
        TagRules.CheckKeys([null!])!.Value.AsT0.Message.ShouldBe(
            "1 validation error detected: Value '' at 'tagKeys.1.member' failed to satisfy constraint: Member must have length greater than or equal to 1");
        TagRules.CheckKeys(["ok", new string('k', 129)])!.Value.AsT0.Message.ShouldStartWith(
            "1 validation error detected: Value '" + new string('k', 129) + "' at 'tagKeys.2.member' failed to satisfy constraint: Member must have length less than or equal to 128");
    }
}
