using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Docs;

public partial class ReadmeTests
{
    [Fact]
    public void KeyPolicies_IsTheCompiledExample() =>
        ReadSnippet("key-policies").ShouldBe(ReadRegion(nameof(PolicyReadmeExamples), "key-policies"));

    [Fact]
    public void KeyPolicies_Runs() =>
        PolicyReadmeExamples.KeyPolicies().ShouldBe(
            [
                "kms:Encrypt: allowed",
                "User: arn:aws:sts::111122223333:assumed-role/App/worker is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:Decrypt action",
                "User: arn:aws:sts::111122223333:assumed-role/App/worker is not authorized to perform: kms:DisableKey on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab with an explicit deny in a resource-based policy",
            ]);
}
