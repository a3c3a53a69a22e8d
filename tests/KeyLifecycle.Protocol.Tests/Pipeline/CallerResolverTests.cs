using System;
using KeyLifecycle.Protocol.Pipeline;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Pipeline;

public class CallerResolverTests
{
    private static readonly CallerResolver s_resolver = new(new KmsOptions());

    [Theory]
    [InlineData(null, "us-east-1", "111122223333", "aws")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260301/eu-west-1/kms/aws4_request, SignedHeaders=host, Signature=abc", "eu-west-1", "111122223333", "aws")]
    [InlineData("AWS4-HMAC-SHA256 Credential=444455556666/20260301/cn-north-1/kms/aws4_request, SignedHeaders=host, Signature=abc", "cn-north-1", "444455556666", "aws-cn")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKID/20260301/local/kms/aws4_request, Signature=abc", "us-east-1", "111122223333", "aws")]
    [InlineData("AWS4-HMAC-SHA256 Credential=garbage", "us-east-1", "111122223333", "aws")]
    [InlineData("Bearer token", "us-east-1", "111122223333", "aws")]
    public void Resolve_AuthorizationHeader_GivesRegionAccountAndPartition(string? authorization, string region, string account, string partition)
    {
        var caller = s_resolver.Resolve(authorization);

        caller.Region.ToString().ShouldBe(region);
        caller.AccountId.ToString().ShouldBe(account);
        caller.Partition.ToString().ShouldBe(partition);
    }

    [Theory]
    [InlineData("nowhere-1", "111122223333")]
    [InlineData("us-east-1", "12345")]
    public void Create_InvalidOptions_Throws(string region, string account) =>
        Should.Throw<System.InvalidOperationException>(() => new CallerResolver(new KmsOptions { Region = region, AccountId = account }));

    [Theory]
    [InlineData(null, "secret", "arn:aws:iam::444455556666:user/alice",
        "Kms:Principals:1:AccessKeyId is missing: each principal needs the access key ID its requests are signed with.")]
    [InlineData("AKIA/BOB", "secret", "arn:aws:iam::444455556666:user/bob",
        "Kms:Principals:1:AccessKeyId 'AKIA/BOB' cannot be an access key ID: it has a space, ',', '/' or '=', which the SigV4 credential cannot carry.")]
    [InlineData("AKIAALICE", "secret", "arn:aws:iam::444455556666:user/bob",
        "Kms:Principals:1:AccessKeyId 'AKIAALICE' is already the access key ID of Kms:Principals:0; an access key ID names one principal.")]
    [InlineData("AKIABOB", "", "arn:aws:iam::444455556666:user/bob",
        "Kms:Principals:1:SecretAccessKey is missing: the principal with access key ID 'AKIABOB' needs the secret its requests are signed with.")]
    [InlineData("AKIABOB", "secret", null,
        "Kms:Principals:1:Arn is missing: write the ARN of the IAM user, role, session or account root that signs with 'AKIABOB', e.g. arn:aws:iam::111122223333:user/alice.")]
    [InlineData("AKIABOB", "secret", "arn:aws:iam::444455556666:group/admins",
        "Kms:Principals:1:Arn 'arn:aws:iam::444455556666:group/admins' is not the ARN of an IAM user, role, session or account root, such as arn:aws:iam::111122223333:user/alice.")]
    [InlineData("AKIABOB", "secret", "logs.us-east-1.amazonaws.com",
        "Kms:Principals:1:Arn 'logs.us-east-1.amazonaws.com' is not the ARN of an IAM user, role, session or account root, such as arn:aws:iam::111122223333:user/alice.")]
    public void Create_BadPrincipal_ThrowsNamingThePrincipalAndTheField(string? accessKeyId, string? secret, string? arn, string message)
    {
        var options = new KmsOptions();
        options.Principals.Add(new KmsPrincipalOptions { AccessKeyId = "AKIAALICE", SecretAccessKey = "secret", Arn = "arn:aws:iam::444455556666:user/alice" });
        options.Principals.Add(new KmsPrincipalOptions { AccessKeyId = accessKeyId, SecretAccessKey = secret, Arn = arn });

        Should.Throw<InvalidOperationException>(() => new CallerResolver(options)).Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("not json", "MalformedPolicyDocumentException: Syntax errors in policy.")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"kms:*","Resource":"*"}]}""",
        "MalformedPolicyDocumentException: Policy document should not specify a principal.")]
    public void Create_MalformedIdentityPolicy_ThrowsWithTheMalformedPolicyDocumentText(string policy, string refusal)
    {
        var options = new KmsOptions();
        var alice = new KmsPrincipalOptions { AccessKeyId = "AKIAALICE", SecretAccessKey = "secret", Arn = "arn:aws:sts::444455556666:assumed-role/App/worker" };
        alice.IdentityPolicies.Add("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:*","Resource":"*"}]}""");
        alice.IdentityPolicies.Add(policy);
        options.Principals.Add(alice);

        Should.Throw<InvalidOperationException>(() => new CallerResolver(options)).Message
            .ShouldBe($"Kms:Principals:0:IdentityPolicies:1 is not an identity-based policy: {refusal}");
    }

    [Fact]
    public void Create_GoodPrincipals_CountsThem()
    {
        var options = new KmsOptions();
        options.Principals.Add(new KmsPrincipalOptions { AccessKeyId = "AKIAALICE", SecretAccessKey = "secret", Arn = "arn:aws:iam::444455556666:root" });
        options.Principals.Add(new KmsPrincipalOptions { AccessKeyId = "AKIABOB", SecretAccessKey = "secret", Arn = "arn:aws:iam::444455556666:role/path/Bob" });

        new CallerResolver(options).PrincipalCount.ShouldBe(2);
        new CallerResolver(new KmsOptions()).PrincipalCount.ShouldBe(0);
    }
}
