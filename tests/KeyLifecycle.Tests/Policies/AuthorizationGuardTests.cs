using System;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Policies;

/// <summary>The argument rules of the authorization API: what each refuses, and the parameter and words it names.</summary>
public sealed class AuthorizationGuardTests
{
    private static readonly KeyArn Key = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    private static readonly KmsPrincipal Alice = KmsPrincipal.Parse("arn:aws:iam::111122223333:user/Alice");
    private static readonly KmsAction Encrypt = KmsAction.Parse("kms:Encrypt");

    [Fact]
    public void KmsCaller_NamesWhatIsWrong()
    {
        var caller = KmsCaller.Create(AwsRegion.Parse("us-east-1"), AwsAccountId.Parse("111122223333"));
        var service = Should.Throw<ArgumentException>(() => caller.As(KmsPrincipal.Parse("logs.amazonaws.com"), null));
        service.ParamName.ShouldBe("principal");
        service.Message.ShouldStartWith("A caller is an account root, an IAM user or role, or a session: not a service principal or no principal.");
        var partition = Should.Throw<ArgumentException>(() => caller.As(KmsPrincipal.Parse("arn:aws-cn:iam::111122223333:user/Dan"), null));
        partition.ParamName.ShouldBe("principal");
        partition.Message.ShouldStartWith("The principal 'arn:aws-cn:iam::111122223333:user/Dan' is in the partition 'aws-cn', the caller's Region in 'aws'.");

        var account = Should.Throw<ArgumentException>(() => KmsCaller.Create(AwsRegion.Parse("us-east-1"), default));
        account.ParamName.ShouldBe("accountId");
        account.Message.ShouldStartWith("The account ID is the default value, which is not an account ID.");
        var region = Should.Throw<ArgumentException>(() => KmsCaller.Create(AwsRegion.Parse("xx-nowhere-1"), AwsAccountId.Parse("111122223333")));
        region.ParamName.ShouldBe("region");
        region.Message.ShouldStartWith("The Region 'xx-nowhere-1' belongs to no known AWS partition.");
    }

    [Fact]
    public void NullArguments_AreRefused_ByName()
    {
        var request = PolicyRequest.Create(Alice, Encrypt, Key, PolicyOutcome.Allow);
        var policy = KeyPolicy.CreateDefault(AwsPartition.Aws, AwsAccountId.Parse("111122223333"));
        Should.Throw<ArgumentNullException>(() => IdentityPolicy.Parse(null!)).ParamName.ShouldBe("text");
        Should.Throw<ArgumentNullException>(() => IdentityPolicy.Evaluate(null!, request)).ParamName.ShouldBe("policies");
        Should.Throw<ArgumentNullException>(() => IdentityPolicy.Evaluate([], null!)).ParamName.ShouldBe("request");
        Should.Throw<ArgumentNullException>(() => KeyPolicyEvaluator.Evaluate(null!, [], request)).ParamName.ShouldBe("policy");
        Should.Throw<ArgumentNullException>(() => KeyPolicyEvaluator.Evaluate(policy, null!, request)).ParamName.ShouldBe("grants");
        Should.Throw<ArgumentNullException>(() => KeyPolicyEvaluator.Evaluate(policy, [], null!)).ParamName.ShouldBe("request");
        Should.Throw<ArgumentNullException>(() => KeyPolicyEvaluator.AuthorizeIdentity(null!)).ParamName.ShouldBe("request");
        Should.Throw<ArgumentNullException>(() => request.WithValues("kms:ViaService", null!)).ParamName.ShouldBe("values");
        Should.Throw<ArgumentException>(() => request.WithValues(string.Empty, "x")).ParamName.ShouldBe("key");
    }

    [Fact]
    public void ForResource_RefusesADefaultPrincipalOrAction_OrNoResource()
    {
        Should.Throw<ArgumentException>(() => PolicyRequest.ForResource(default, Encrypt, "*", PolicyOutcome.Allow))
            .Message.ShouldBe("The principal and the action must not be default values.");
        Should.Throw<ArgumentException>(() => PolicyRequest.ForResource(Alice, default, "*", PolicyOutcome.Allow))
            .Message.ShouldBe("The principal and the action must not be default values.");
        Should.Throw<ArgumentException>(() => PolicyRequest.ForResource(Alice, Encrypt, string.Empty, PolicyOutcome.Allow)).ParamName.ShouldBe("resource");
    }

    [Fact]
    public void Authorize_AnswersSuccess_WhenThePolicyAllows()
    {
        var policy = KeyPolicy.CreateDefault(AwsPartition.Aws, AwsAccountId.Parse("111122223333"));
        KeyPolicyEvaluator.Authorize(policy, [], PolicyRequest.Create(Alice, Encrypt, Key, PolicyOutcome.Allow)).IsT0.ShouldBeTrue();
        KeyPolicyEvaluator.Authorize(policy, [], PolicyRequest.Create(Alice, Encrypt, Key, PolicyOutcome.ImplicitDeny)).AsT1.Message
            .ShouldBe($"User: {Alice} is not authorized to perform: kms:Encrypt on resource: {Key} because no identity-based policy allows the kms:Encrypt action");
    }
}
