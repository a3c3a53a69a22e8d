using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Sdk;

/// <summary>
/// Key policies enforced on requests, through the AWS SDK for .NET, with account roots as callers (an access key ID of
/// twelve digits calls as that account's root). What is expected comes from AWS's documentation, not from the code:
/// <list type="bullet">
/// <item>the evaluation rules: https://docs.aws.amazon.com/kms/latest/developerguide/determining-access.html and
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html (an explicit deny wins, also over the root);</item>
/// <item>the condition keys of each operation: https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html;</item>
/// <item>cross-account use: https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html;</item>
/// <item>the message forms: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_access-denied-error-messages.html.</item>
/// </list>
/// The order (an identifier that names no key is NotFoundException, then AccessDeniedException, then the key's state) is
/// the project's pipeline (ARCHITECTURE: resolve, authorize, key-state rules), recorded in the README.
/// </summary>
public class AuthorizationTests
{
    private const string Root = "arn:aws:iam::111122223333:root";
    private const string OtherAccount = "444455556666";

    private static string Policy(params string[] statements) =>
        "{\"Version\":\"2012-10-17\",\"Statement\":[" + string.Join(",", statements) + "]}";

    private static readonly string AllowRoot =
        $"{{\"Sid\":\"Root\",\"Effect\":\"Allow\",\"Principal\":{{\"AWS\":\"{Root}\"}},\"Action\":\"kms:*\",\"Resource\":\"*\"}}";

    private static string Denied(string principal, string action, string resource, string ending) =>
        $"User: {principal} is not authorized to perform: {action} on resource: {resource} {ending}";

    private static string NoResourcePolicy(string action) => $"because no resource-based policy allows the {action} action";

    private const string ExplicitResourceDeny = "with an explicit deny in a resource-based policy";

    [Fact]
    public async Task DenyOfDisableKeyForEveryone_RefusesTheRootToo_AndChangesNothing()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var policy = Policy(AllowRoot, "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"kms:DisableKey\",\"Resource\":\"*\"}");
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Policy = policy })).KeyMetadata;

        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.DisableKeyAsync(new DisableKeyRequest { KeyId = key.KeyId }),
            "AccessDeniedException", Denied(Root, "kms:DisableKey", key.Arn, ExplicitResourceDeny));

        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId })).KeyMetadata.KeyState.Value.ShouldBe("Enabled");
        await client.EnableKeyAsync(new EnableKeyRequest { KeyId = key.KeyId });
    }

    [Fact]
    public async Task RefusalComesAfterNotFound_AndBeforeTheKeyState()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var policy = Policy(AllowRoot, "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":[\"kms:Encrypt\",\"kms:EnableKeyRotation\"],\"Resource\":\"*\"}");
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Policy = policy })).KeyMetadata;
        await client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key.KeyId, PendingWindowInDays = 7 });

        // A pending-deletion key refuses Encrypt with KMSInvalidStateException to a caller who may use it; this caller may not.
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.EncryptAsync(new EncryptRequest { KeyId = key.KeyId, Plaintext = new MemoryStream([1, 2, 3]) }),
            "AccessDeniedException", Denied(Root, "kms:Encrypt", key.Arn, ExplicitResourceDeny));
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = key.KeyId }),
            "AccessDeniedException", Denied(Root, "kms:EnableKeyRotation", key.Arn, ExplicitResourceDeny));

        var missing = "arn:aws:kms:us-east-1:111122223333:key/0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
        await SdkErrors.ShouldFailAsync<NotFoundException>(
            () => client.EncryptAsync(new EncryptRequest { KeyId = missing, Plaintext = new MemoryStream([1]) }),
            "NotFoundException", $"Key '{missing}' does not exist");
    }

    [Fact]
    public async Task PolicyWithoutTheRoot_LeavesTheRootNothing_ButDescribeKeyAndEncryptWhereAllowed()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var policy = Policy($"{{\"Effect\":\"Allow\",\"Principal\":{{\"AWS\":\"{Root}\"}},\"Action\":[\"kms:Encrypt\",\"kms:DescribeKey\"],\"Resource\":\"*\"}}");
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Policy = policy, BypassPolicyLockoutSafetyCheck = true })).KeyMetadata;

        await client.EncryptAsync(new EncryptRequest { KeyId = key.KeyId, Plaintext = new MemoryStream([7]) });
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId })).KeyMetadata.KeyId.ShouldBe(key.KeyId);
        foreach (var (action, call) in new (string, System.Func<Task>)[]
        {
            ("kms:Decrypt", () => client.DecryptAsync(new DecryptRequest { KeyId = key.KeyId, CiphertextBlob = new MemoryStream(new byte[64]) })),
            ("kms:GenerateDataKey", () => client.GenerateDataKeyAsync(new GenerateDataKeyRequest { KeyId = key.KeyId, NumberOfBytes = 16 })),
            ("kms:TagResource", () => client.TagResourceAsync(new TagResourceRequest { KeyId = key.KeyId, Tags = [new Tag { TagKey = "a", TagValue = "b" }] })),
            ("kms:ScheduleKeyDeletion", () => client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key.KeyId })),
            ("kms:GetKeyPolicy", () => client.GetKeyPolicyAsync(new GetKeyPolicyRequest { KeyId = key.KeyId })),
            ("kms:ListResourceTags", () => client.ListResourceTagsAsync(new ListResourceTagsRequest { KeyId = key.KeyId })),
            ("kms:CreateAlias", () => client.CreateAliasAsync(new CreateAliasRequest { AliasName = "alias/locked", TargetKeyId = key.KeyId })),
        })
        {
            await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(call, "AccessDeniedException", Denied(Root, action, key.Arn, NoResourcePolicy(action)));
        }

        // Listing keys is an IAM permission, which the root has: the key is listed.
        (await client.ListKeysAsync(new ListKeysRequest())).Keys.ShouldContain(entry => entry.KeyId == key.KeyId);
    }

    [Fact]
    public async Task EncryptionContextCondition_DecidesEncryptAndDecrypt()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var policy = Policy(AllowRoot,
            "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":[\"kms:Encrypt\",\"kms:Decrypt\"],\"Resource\":\"*\","
            + "\"Condition\":{\"StringNotEquals\":{\"kms:EncryptionContext:purpose\":\"billing\"}}}");
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Policy = policy })).KeyMetadata;
        var context = new Dictionary<string, string> { ["purpose"] = "billing" };

        var encrypted = await client.EncryptAsync(new EncryptRequest { KeyId = key.KeyId, Plaintext = new MemoryStream([1, 2]), EncryptionContext = context });
        var decrypted = await client.DecryptAsync(new DecryptRequest { CiphertextBlob = encrypted.CiphertextBlob, EncryptionContext = context });
        decrypted.Plaintext.ToArray().ShouldBe(new byte[] { 1, 2 });

        // StringNotEquals on a key the request lacks is true (IAM's condition operators), so no context is denied.
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.EncryptAsync(new EncryptRequest { KeyId = key.KeyId, Plaintext = new MemoryStream([1]) }),
            "AccessDeniedException", Denied(Root, "kms:Encrypt", key.Arn, ExplicitResourceDeny));
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.EncryptAsync(new EncryptRequest { KeyId = key.KeyId, Plaintext = new MemoryStream([1]), EncryptionContext = new() { ["purpose"] = "payroll" } }),
            "AccessDeniedException", Denied(Root, "kms:Encrypt", key.Arn, ExplicitResourceDeny));

        // Decrypt by ciphertext alone names the key through the blob: it is authorized all the same, before the context is checked.
        encrypted.CiphertextBlob.Position = 0;
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.DecryptAsync(new DecryptRequest { CiphertextBlob = encrypted.CiphertextBlob, EncryptionContext = new() { ["purpose"] = "payroll" } }),
            "AccessDeniedException", Denied(Root, "kms:Decrypt", key.Arn, ExplicitResourceDeny));
    }

    [Fact]
    public async Task RequestAliasCondition_AllowsOnlyThroughTheAlias()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var policy = Policy(AllowRoot,
            "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"kms:Encrypt\",\"Resource\":\"*\","
            + "\"Condition\":{\"StringNotEquals\":{\"kms:RequestAlias\":\"alias/orders\"}}}");
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Policy = policy })).KeyMetadata;
        await client.CreateAliasAsync(new CreateAliasRequest { AliasName = "alias/orders", TargetKeyId = key.KeyId });

        await client.EncryptAsync(new EncryptRequest { KeyId = "alias/orders", Plaintext = new MemoryStream([1]) });
        await client.EncryptAsync(new EncryptRequest { KeyId = "arn:aws:kms:us-east-1:111122223333:alias/orders", Plaintext = new MemoryStream([1]) });
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.EncryptAsync(new EncryptRequest { KeyId = key.KeyId, Plaintext = new MemoryStream([1]) }),
            "AccessDeniedException", Denied(Root, "kms:Encrypt", key.Arn, ExplicitResourceDeny));
    }

    [Fact]
    public async Task ResourceTagAndRequestTagConditions_AreTheKeysAndTheRequestsTags()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var policy = Policy(AllowRoot,
            "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"kms:TagResource\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:RequestTag/team\":\"intruders\"}}}",
            "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"kms:Encrypt\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:ResourceTag/frozen\":\"yes\"}}}");
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Policy = policy })).KeyMetadata;

        await client.EncryptAsync(new EncryptRequest { KeyId = key.KeyId, Plaintext = new MemoryStream([1]) });
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.TagResourceAsync(new TagResourceRequest { KeyId = key.KeyId, Tags = [new Tag { TagKey = "team", TagValue = "intruders" }] }),
            "AccessDeniedException", Denied(Root, "kms:TagResource", key.Arn, ExplicitResourceDeny));
        await client.TagResourceAsync(new TagResourceRequest { KeyId = key.KeyId, Tags = [new Tag { TagKey = "frozen", TagValue = "yes" }] });
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.EncryptAsync(new EncryptRequest { KeyId = key.KeyId, Plaintext = new MemoryStream([1]) }),
            "AccessDeniedException", Denied(Root, "kms:Encrypt", key.Arn, ExplicitResourceDeny));
    }

    [Fact]
    public async Task SourceIpCondition_IsTheCallersAddress()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var policy = Policy(AllowRoot,
            "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"kms:Encrypt\",\"Resource\":\"*\",\"Condition\":{\"NotIpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}}",
            "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"kms:GenerateDataKey\",\"Resource\":\"*\",\"Condition\":{\"NotIpAddress\":{\"aws:SourceIp\":\"127.0.0.0/8\"}}}");
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Policy = policy })).KeyMetadata;

        // The test calls from 127.0.0.1: outside 10/8, inside 127/8.
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.EncryptAsync(new EncryptRequest { KeyId = key.KeyId, Plaintext = new MemoryStream([1]) }),
            "AccessDeniedException", Denied(Root, "kms:Encrypt", key.Arn, ExplicitResourceDeny));
        await client.GenerateDataKeyAsync(new GenerateDataKeyRequest { KeyId = key.KeyId, NumberOfBytes = 32 });
    }

    [Fact]
    public async Task ReEncrypt_AsksReEncryptFromOfTheSource_AndReEncryptToOfTheDestination()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var source = (await client.CreateKeyAsync(new CreateKeyRequest
        {
            Policy = Policy(AllowRoot, "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"kms:ReEncryptTo\",\"Resource\":\"*\"}"),
        })).KeyMetadata;
        var destination = (await client.CreateKeyAsync(new CreateKeyRequest
        {
            Policy = Policy(AllowRoot, "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"kms:ReEncryptFrom\",\"Resource\":\"*\"}"),
        })).KeyMetadata;
        var blob = (await client.EncryptAsync(new EncryptRequest { KeyId = source.KeyId, Plaintext = new MemoryStream([5]) })).CiphertextBlob.ToArray();

        // From source to destination: ReEncryptFrom on the source and ReEncryptTo on the destination, both allowed.
        var moved = await client.ReEncryptAsync(new ReEncryptRequest { CiphertextBlob = new MemoryStream(blob), DestinationKeyId = destination.KeyId });
        moved.KeyId.ShouldBe(destination.Arn);

        // Back again asks what each key's policy denies.
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.ReEncryptAsync(new ReEncryptRequest { CiphertextBlob = new MemoryStream(moved.CiphertextBlob.ToArray()), DestinationKeyId = source.KeyId }),
            "AccessDeniedException", Denied(Root, "kms:ReEncryptFrom", destination.Arn, ExplicitResourceDeny));
    }

    [Fact]
    public async Task AnotherAccount_NeedsTheKeyPolicy_AndOnlyForCrossAccountOperations()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var owner = kms.CreateClient();
        using var other = kms.CreateClient(accessKeyId: OtherAccount);
        var otherRoot = $"arn:aws:iam::{OtherAccount}:root";
        var closed = (await owner.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        var shared = (await owner.CreateKeyAsync(new CreateKeyRequest
        {
            Policy = Policy(AllowRoot, $"{{\"Effect\":\"Allow\",\"Principal\":{{\"AWS\":\"{otherRoot}\"}},\"Action\":[\"kms:Encrypt\",\"kms:DescribeKey\"],\"Resource\":\"*\"}}"),
        })).KeyMetadata;

        // The default policy names only the owner account.
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => other.EncryptAsync(new EncryptRequest { KeyId = closed.Arn, Plaintext = new MemoryStream([1]) }),
            "AccessDeniedException", Denied(otherRoot, "kms:Encrypt", closed.Arn, NoResourcePolicy("kms:Encrypt")));

        var encrypted = await other.EncryptAsync(new EncryptRequest { KeyId = shared.Arn, Plaintext = new MemoryStream([1]) });
        encrypted.KeyId.ShouldBe(shared.Arn);
        (await other.DescribeKeyAsync(new DescribeKeyRequest { KeyId = shared.Arn })).KeyMetadata.Arn.ShouldBe(shared.Arn);
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => other.GenerateDataKeyAsync(new GenerateDataKeyRequest { KeyId = shared.Arn, NumberOfBytes = 16 }),
            "AccessDeniedException", Denied(otherRoot, "kms:GenerateDataKey", shared.Arn, NoResourcePolicy("kms:GenerateDataKey")));

        // DisableKey is not a cross-account operation: a key ARN of another account names no key the caller can reach.
        await SdkErrors.ShouldFailAsync<NotFoundException>(
            () => other.DisableKeyAsync(new DisableKeyRequest { KeyId = shared.Arn }),
            "NotFoundException", $"Key '{shared.Arn}' does not exist");
    }

    [Fact]
    public async Task UpdateAlias_AsksTheCurrentKeyAndTheNewKey()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var locked = Policy(AllowRoot, "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":[\"kms:UpdateAlias\",\"kms:DeleteAlias\"],\"Resource\":\"*\"}");
        var first = (await client.CreateKeyAsync(new CreateKeyRequest { Policy = locked })).KeyMetadata;
        var second = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        await client.CreateAliasAsync(new CreateAliasRequest { AliasName = "alias/moving", TargetKeyId = first.KeyId });

        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.UpdateAliasAsync(new UpdateAliasRequest { AliasName = "alias/moving", TargetKeyId = second.KeyId }),
            "AccessDeniedException", Denied(Root, "kms:UpdateAlias", first.Arn, ExplicitResourceDeny));
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.DeleteAliasAsync(new DeleteAliasRequest { AliasName = "alias/moving" }),
            "AccessDeniedException", Denied(Root, "kms:DeleteAlias", first.Arn, ExplicitResourceDeny));
        var aliases = await client.ListAliasesAsync(new ListAliasesRequest { KeyId = first.KeyId });
        aliases.Aliases.ShouldHaveSingleItem().AliasName.ShouldBe("alias/moving");
    }

    [Fact]
    public async Task ConditionKeysOfTheRequest_ReachThePolicy()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var policy = Policy(AllowRoot,
            "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"kms:ScheduleKeyDeletion\",\"Resource\":\"*\",\"Condition\":{\"NumericLessThan\":{\"kms:ScheduleKeyDeletionPendingWindowInDays\":\"20\"}}}",
            "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"kms:EnableKeyRotation\",\"Resource\":\"*\",\"Condition\":{\"NumericGreaterThan\":{\"kms:RotationPeriodInDays\":\"180\"}}}",
            "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"kms:GenerateDataKeyPair\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"kms:DataKeyPairSpec\":\"RSA_2048\"}}}");
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Policy = policy })).KeyMetadata;

        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = key.KeyId, RotationPeriodInDays = 365 }),
            "AccessDeniedException", Denied(Root, "kms:EnableKeyRotation", key.Arn, ExplicitResourceDeny));
        await client.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = key.KeyId, RotationPeriodInDays = 90 });
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.GenerateDataKeyPairAsync(new GenerateDataKeyPairRequest { KeyId = key.KeyId, KeyPairSpec = DataKeyPairSpec.RSA_2048 }),
            "AccessDeniedException", Denied(Root, "kms:GenerateDataKeyPair", key.Arn, ExplicitResourceDeny));
        await client.GenerateDataKeyPairAsync(new GenerateDataKeyPairRequest { KeyId = key.KeyId, KeyPairSpec = DataKeyPairSpec.ECC_NIST_P256 });
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key.KeyId, PendingWindowInDays = 7 }),
            "AccessDeniedException", Denied(Root, "kms:ScheduleKeyDeletion", key.Arn, ExplicitResourceDeny));
        (await client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key.KeyId, PendingWindowInDays = 30 })).PendingWindowInDays.ShouldBe(30);
    }

    [Fact]
    public async Task Grant_LetsAnotherAccountDecrypt_UnderItsConstraint_UntilRetired()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var owner = kms.CreateClient();
        using var other = kms.CreateClient(accessKeyId: OtherAccount);
        var otherRoot = $"arn:aws:iam::{OtherAccount}:root";
        var key = (await owner.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        var billing = new Dictionary<string, string> { ["purpose"] = "billing" };
        var blob = (await owner.EncryptAsync(new EncryptRequest { KeyId = key.KeyId, Plaintext = new MemoryStream([4, 2]), EncryptionContext = billing })).CiphertextBlob.ToArray();
        Task<DecryptResponse> Decrypt(Dictionary<string, string> context) =>
            other.DecryptAsync(new DecryptRequest { KeyId = key.Arn, CiphertextBlob = new MemoryStream(blob), EncryptionContext = context });

        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => Decrypt(billing), "AccessDeniedException", Denied(otherRoot, "kms:Decrypt", key.Arn, NoResourcePolicy("kms:Decrypt")));

        var grant = await owner.CreateGrantAsync(new CreateGrantRequest
        {
            KeyId = key.KeyId,
            GranteePrincipal = otherRoot,
            RetiringPrincipal = otherRoot,
            Operations = [GrantOperation.Decrypt],
            Constraints = new GrantConstraints { EncryptionContextEquals = billing },
        });

        // A grant takes effect at once here (AWS: eventually, or at once with its token).
        (await Decrypt(billing)).Plaintext.ToArray().ShouldBe(new byte[] { 4, 2 });
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => Decrypt(new() { ["purpose"] = "billing", ["extra"] = "x" }),
            "AccessDeniedException", Denied(otherRoot, "kms:Decrypt", key.Arn, NoResourcePolicy("kms:Decrypt")));
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => other.EncryptAsync(new EncryptRequest { KeyId = key.Arn, Plaintext = new MemoryStream([1]), EncryptionContext = billing }),
            "AccessDeniedException", Denied(otherRoot, "kms:Encrypt", key.Arn, NoResourcePolicy("kms:Encrypt")));

        await other.RetireGrantAsync(new RetireGrantRequest { GrantToken = grant.GrantToken });
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => Decrypt(billing), "AccessDeniedException", Denied(otherRoot, "kms:Decrypt", key.Arn, NoResourcePolicy("kms:Decrypt")));
    }

    [Fact]
    public async Task CreateGrant_CarriesItsConditionKeys()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var policy = Policy(AllowRoot,
            "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"kms:CreateGrant\",\"Resource\":\"*\",\"Condition\":{\"ForAnyValue:StringEquals\":{\"kms:GrantOperations\":\"Encrypt\"}}}",
            "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"kms:CreateGrant\",\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"kms:GrantIsForAWSResource\":\"true\"}}}",
            "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"kms:CreateGrant\",\"Resource\":\"*\",\"Condition\":{\"Null\":{\"kms:GrantConstraintType\":\"true\"}}}");
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Policy = policy })).KeyMetadata;
        var constraint = new GrantConstraints { EncryptionContextSubset = new() { ["team"] = "blue" } };

        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.CreateGrantAsync(new CreateGrantRequest { KeyId = key.KeyId, GranteePrincipal = Root, Operations = [GrantOperation.Encrypt, GrantOperation.Decrypt], Constraints = constraint }),
            "AccessDeniedException", Denied(Root, "kms:CreateGrant", key.Arn, ExplicitResourceDeny));
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.CreateGrantAsync(new CreateGrantRequest { KeyId = key.KeyId, GranteePrincipal = Root, Operations = [GrantOperation.Decrypt] }),
            "AccessDeniedException", Denied(Root, "kms:CreateGrant", key.Arn, ExplicitResourceDeny));
        var made = await client.CreateGrantAsync(new CreateGrantRequest { KeyId = key.KeyId, GranteePrincipal = Root, Operations = [GrantOperation.Decrypt], Constraints = constraint });
        made.GrantId.Length.ShouldBe(64);
    }

    // API_UpdatePrimaryRegion, "Required permissions": kms:UpdatePrimaryRegion on the current primary and on the replica.
    [Fact]
    public async Task UpdatePrimaryRegion_AsksTheReplicaToo()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var primary = (await client.CreateKeyAsync(new CreateKeyRequest { MultiRegion = true })).KeyMetadata;
        var replica = (await client.ReplicateKeyAsync(new ReplicateKeyRequest
        {
            KeyId = primary.KeyId,
            ReplicaRegion = "us-west-2",
            Policy = Policy(AllowRoot, "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"kms:UpdatePrimaryRegion\",\"Resource\":\"*\"}"),
        })).ReplicaKeyMetadata;
        kms.Clock.Advance(System.TimeSpan.FromSeconds(5));

        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.UpdatePrimaryRegionAsync(new UpdatePrimaryRegionRequest { KeyId = primary.KeyId, PrimaryRegion = "us-west-2" }),
            "AccessDeniedException", Denied(Root, "kms:UpdatePrimaryRegion", replica.Arn, ExplicitResourceDeny));
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = primary.KeyId })).KeyMetadata.MultiRegionConfiguration.MultiRegionKeyType.Value.ShouldBe("PRIMARY");
    }

    // API_ReplicateKey, "Required permissions": kms:ReplicateKey on the primary (key policy), and kms:CreateKey (and
    // kms:TagResource for tags) in an IAM policy.
    [Fact]
    public async Task ReplicateKey_AsksCreateKeyOfTheCallersIdentityPolicies()
    {
        const string Arn = "arn:aws:iam::111122223333:user/replicator";
        await using var kms = await KmsTestServer.StartAsync(options =>
        {
            var replicator = new KmsPrincipalOptions { AccessKeyId = "AKIAREPLICATOR000001", SecretAccessKey = "replicator/Secret+Key000000000000000000", Arn = Arn };
            replicator.IdentityPolicies.Add("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"kms:ReplicateKey\",\"kms:TagResource\"],\"Resource\":\"*\"}]}");
            options.Principals.Add(replicator);
        });
        kms.SetClockToMachineTime();   // the SDK signs with the machine's time, which a verified signature must be near
        using var root = kms.CreateClient();
        using var client = kms.CreateClient(accessKeyId: "AKIAREPLICATOR000001", secretAccessKey: "replicator/Secret+Key000000000000000000");
        var primary = (await root.CreateKeyAsync(new CreateKeyRequest { MultiRegion = true })).KeyMetadata;

        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.ReplicateKeyAsync(new ReplicateKeyRequest { KeyId = primary.KeyId, ReplicaRegion = "us-west-2" }),
            "AccessDeniedException", Denied(Arn, "kms:CreateKey", "*", "because no identity-based policy allows the kms:CreateKey action"));
        (await root.DescribeKeyAsync(new DescribeKeyRequest { KeyId = primary.KeyId })).KeyMetadata.MultiRegionConfiguration.ReplicaKeys.ShouldBeEmpty();
    }
}
