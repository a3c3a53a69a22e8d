using System;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Sdk;

/// <summary>
/// GetKeyPolicy, PutKeyPolicy and ListKeyPolicies through the AWS SDK for .NET, and the policies CreateKey and ReplicateKey
/// give a key (https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyPolicy.html, API_PutKeyPolicy.html,
/// API_ListKeyPolicies.html; key-policy-default.html for the default key policy).
/// </summary>
public class KeyPolicyTests
{
    // A policy that keeps the account's root in, so the caller (the root) passes the lockout safety check.
    private const string RootPolicy = """
        {"Version":"2012-10-17","Id":"team-policy","Statement":[{"Sid":"Root","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}
        """;

    // A policy that lets only a role use the key: the root could not call PutKeyPolicy again.
    private const string RoleOnlyPolicy = """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/App"},"Action":"kms:Encrypt","Resource":"*"}]}
        """;

    [Fact]
    public async Task KeyCreatedWithoutPolicy_HasTheDefaultKeyPolicy_AsKmsWritesIt()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;

        var policy = await client.GetKeyPolicyAsync(new GetKeyPolicyRequest { KeyId = key.KeyId });

        // The default key policy as GetKeyPolicy returns it (key-policy-default.html, "Allows access to the AWS account
        // and enables IAM policies"), in the service's layout.
        policy.Policy.ShouldBe("""
            {
              "Version" : "2012-10-17",
              "Id" : "key-default-1",
              "Statement" : [ {
                "Sid" : "Enable IAM User Permissions",
                "Effect" : "Allow",
                "Principal" : {
                  "AWS" : "arn:aws:iam::111122223333:root"
                },
                "Action" : "kms:*",
                "Resource" : "*"
              } ]
            }
            """.ReplaceLineEndings("\n"));
        policy.PolicyName.ShouldBe("default");
    }

    [Fact]
    public async Task PolicyGivenToCreateKey_OrPut_IsReturnedAsGiven()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Policy = RootPolicy })).KeyMetadata;

        (await client.GetKeyPolicyAsync(new GetKeyPolicyRequest { KeyId = key.Arn, PolicyName = "default" })).Policy.ShouldBe(RootPolicy);

        var changed = RootPolicy.Replace("team-policy", "team-policy-2", StringComparison.Ordinal);
        await client.PutKeyPolicyAsync(new PutKeyPolicyRequest { KeyId = key.KeyId, Policy = changed });
        (await client.GetKeyPolicyAsync(new GetKeyPolicyRequest { KeyId = key.KeyId })).Policy.ShouldBe(changed);
    }

    [Fact]
    public async Task PolicyThatLocksTheCallerOut_IsRefused_UnlessTheCheckIsBypassed()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        const string Lockout = "The new key policy will not allow you to update the key policy in the future.";

        await SdkErrors.ShouldFailAsync<MalformedPolicyDocumentException>(
            () => client.PutKeyPolicyAsync(new PutKeyPolicyRequest { KeyId = key.KeyId, Policy = RoleOnlyPolicy }),
            "MalformedPolicyDocumentException", Lockout);
        await SdkErrors.ShouldFailAsync<MalformedPolicyDocumentException>(
            () => client.CreateKeyAsync(new CreateKeyRequest { Policy = RoleOnlyPolicy }),
            "MalformedPolicyDocumentException", Lockout);
        (await client.GetKeyPolicyAsync(new GetKeyPolicyRequest { KeyId = key.KeyId })).Policy.ShouldContain("key-default-1");

        await client.PutKeyPolicyAsync(new PutKeyPolicyRequest { KeyId = key.KeyId, Policy = RoleOnlyPolicy, BypassPolicyLockoutSafetyCheck = true });
        kms.Store.FindKeyPolicy(KeyLifecycle.Identifiers.KeyArn.Parse(key.Arn))!.Text.ShouldBe(RoleOnlyPolicy);

        // What the check was for: the policy names only the role, so the account's root may no longer read it (nor put
        // another). The message is IAM's form for a resource-based policy that allows nothing to the caller.
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.GetKeyPolicyAsync(new GetKeyPolicyRequest { KeyId = key.KeyId }),
            "AccessDeniedException",
            $"User: arn:aws:iam::111122223333:root is not authorized to perform: kms:GetKeyPolicy on resource: {key.Arn} because no resource-based policy allows the kms:GetKeyPolicy action");
    }

    [Fact]
    public async Task MalformedPolicy_IsRefused_AndChangesNothing()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Policy = RootPolicy })).KeyMetadata;

        var error = await Should.ThrowAsync<MalformedPolicyDocumentException>(
            () => client.PutKeyPolicyAsync(new PutKeyPolicyRequest { KeyId = key.KeyId, Policy = "{\"Statement\":" }));

        error.ErrorCode.ShouldBe("MalformedPolicyDocumentException");
        (await client.GetKeyPolicyAsync(new GetKeyPolicyRequest { KeyId = key.KeyId })).Policy.ShouldBe(RootPolicy);
    }

    [Fact]
    public async Task ListKeyPolicies_NamesTheOnePolicy_AndAnotherNameIsRefused()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;

        var listed = await client.ListKeyPoliciesAsync(new ListKeyPoliciesRequest { KeyId = key.KeyId });
        listed.PolicyNames.ShouldBe(["default"]);
        listed.Truncated.ShouldBe(false);

        // "The only valid name is default." (GetKeyPolicy, PolicyName); the text is the project's.
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.GetKeyPolicyAsync(new GetKeyPolicyRequest { KeyId = key.KeyId, PolicyName = "other" }),
            "ValidationException", "PolicyName must be default: a KMS key has one key policy, named default.");
        var badName = string.Concat("no", "-dashes");   // the SDK's analyzer refuses a literal that breaks the pattern; the server must too
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.GetKeyPolicyAsync(new GetKeyPolicyRequest { KeyId = key.KeyId, PolicyName = badName }),
            "ValidationException", "1 validation error detected: Value 'no-dashes' at 'policyName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w]+");
        await SdkErrors.ShouldFailAsync<NotFoundException>(
            () => client.GetKeyPolicyAsync(new GetKeyPolicyRequest { KeyId = "1234abcd-12ab-34cd-56ef-1234567890ab" }),
            "NotFoundException", "Key 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' does not exist");
    }

    [Fact]
    public async Task Replica_GetsThePolicyGivenToReplicateKey_OrTheDefault_NotThePrimarys()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var east = kms.CreateClient("us-east-1");
        using var west = kms.CreateClient("us-west-2");
        using var south = kms.CreateClient("eu-south-1");
        var primary = (await east.CreateKeyAsync(new CreateKeyRequest { MultiRegion = true, Policy = RootPolicy })).KeyMetadata;

        var withPolicy = await east.ReplicateKeyAsync(new ReplicateKeyRequest { KeyId = primary.KeyId, ReplicaRegion = "us-west-2", Policy = RootPolicy });
        var withDefault = await east.ReplicateKeyAsync(new ReplicateKeyRequest { KeyId = primary.KeyId, ReplicaRegion = "eu-south-1" });

        withPolicy.ReplicaPolicy.ShouldBe(RootPolicy);
        (await west.GetKeyPolicyAsync(new GetKeyPolicyRequest { KeyId = primary.KeyId })).Policy.ShouldBe(RootPolicy);
        withDefault.ReplicaPolicy.ShouldContain("key-default-1");
        (await south.GetKeyPolicyAsync(new GetKeyPolicyRequest { KeyId = primary.KeyId })).Policy.ShouldBe(withDefault.ReplicaPolicy);
        await SdkErrors.ShouldFailAsync<MalformedPolicyDocumentException>(
            () => east.ReplicateKeyAsync(new ReplicateKeyRequest { KeyId = primary.KeyId, ReplicaRegion = "ap-south-1", Policy = RoleOnlyPolicy }),
            "MalformedPolicyDocumentException", "The new key policy will not allow you to update the key policy in the future.");
    }
}
