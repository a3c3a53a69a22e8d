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
}
