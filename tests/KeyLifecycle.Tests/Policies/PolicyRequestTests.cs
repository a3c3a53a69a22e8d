using System;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Policies;

public sealed class PolicyRequestTests
{
    private static readonly KeyArn s_key = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");

    private static string[] Values(PolicyRequest request, string key) =>
        request.TryGetValues(key, out var values) ? [.. values] : ["<missing>"];

    [Fact]
    public void Create_ForAnAssumedRoleSession_ImpliesTheCallerKeysWithTheRoleAsPrincipalArn()
    {
        // "aws:PrincipalArn ... For IAM roles, the request context returns the ARN of the role, not the ARN of the user that
        // assumed the role" (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalarn).
        var request = PolicyRequest.Create(KmsPrincipal.Parse("arn:aws:sts::444455556666:assumed-role/App/worker"), KmsAction.For(KmsOperation.Encrypt), s_key, PolicyOutcome.Allow);

        Values(request, "kms:CallerAccount").ShouldBe(["444455556666"]);
        Values(request, "AWS:PRINCIPALACCOUNT").ShouldBe(["444455556666"]);
        Values(request, "aws:PrincipalArn").ShouldBe(["arn:aws:iam::444455556666:role/App"]);
        Values(request, "aws:username").ShouldBe(["<missing>"]);
        request.IsCrossAccount.ShouldBeTrue();
        request.KeyAccountId.ToString().ShouldBe("111122223333");
    }

    [Fact]
    public void Create_ForAnIamUser_ImpliesTheUserName()
    {
        var request = PolicyRequest.Create(KmsPrincipal.Parse("arn:aws:iam::111122223333:user/ops/Alice"), KmsAction.For(KmsOperation.Encrypt), s_key, PolicyOutcome.Allow);

        Values(request, "aws:username").ShouldBe(["Alice"]);
        Values(request, "aws:PrincipalArn").ShouldBe(["arn:aws:iam::111122223333:user/ops/Alice"]);
        request.IsCrossAccount.ShouldBeFalse();
    }

    [Fact]
    public void WithKey_AddsTheKeysFactsAndResourceTags()
    {
        var key = KeyTransitions.TagResource(KmsKey.Create(s_key, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), [new("Project", "Alpha")]).AsT0;

        var request = PolicyRequest.Create(KmsPrincipal.Parse("dynamodb.amazonaws.com"), KmsAction.For(KmsOperation.Decrypt), s_key, PolicyOutcome.ImplicitDeny).WithKey(key);

        Values(request, "kms:KeySpec").ShouldBe(["SYMMETRIC_DEFAULT"]);
        Values(request, "kms:KeyUsage").ShouldBe(["ENCRYPT_DECRYPT"]);
        Values(request, "kms:KeyOrigin").ShouldBe(["AWS_KMS"]);
        Values(request, "kms:MultiRegion").ShouldBe(["false"]);
        Values(request, "aws:ResourceTag/Project").ShouldBe(["Alpha"]);
        Values(request, "kms:CallerAccount").ShouldBe(["<missing>"]);
        request.IsCrossAccount.ShouldBeFalse();
    }

    [Fact]
    public void WithValues_NoValues_RemovesTheKeyAndOthersKeepTheirTypesText()
    {
        var request = PolicyRequest.Create(KmsPrincipal.Parse("arn:aws:iam::111122223333:root"), KmsAction.For(KmsOperation.ScheduleKeyDeletion), s_key, PolicyOutcome.Allow)
            .WithValue("kms:ScheduleKeyDeletionPendingWindowInDays", 7)
            .WithValue("kms:BypassPolicyLockoutSafetyCheck", false)
            .WithValues("aws:TagKeys", "Project", "Owner")
            .WithEncryptionContext([new("purpose", "test")]);

        Values(request, "kms:ScheduleKeyDeletionPendingWindowInDays").ShouldBe(["7"]);
        Values(request, "kms:BypassPolicyLockoutSafetyCheck").ShouldBe(["false"]);
        Values(request, "aws:TagKeys").ShouldBe(["Project", "Owner"]);
        Values(request, "kms:EncryptionContext:purpose").ShouldBe(["test"]);
        Values(request, "kms:EncryptionContextKeys").ShouldBe(["purpose"]);
        request.EncryptionContext["purpose"].ShouldBe("test");
        Values(request.WithValues("aws:TagKeys"), "aws:TagKeys").ShouldBe(["<missing>"]);
        request.WithAction(KmsAction.ReEncryptFrom).EncryptionContext.Count.ShouldBe(1);
        Should.Throw<ArgumentException>(() => PolicyRequest.Create(default, KmsAction.ReEncryptTo, s_key, PolicyOutcome.Allow));
    }
}
