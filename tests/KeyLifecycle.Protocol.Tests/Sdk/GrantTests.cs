using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Sdk;

/// <summary>
/// The grant operations through the real AWS SDK: CreateGrant, ListGrants, ListRetirableGrants, RetireGrant and RevokeGrant.
/// </summary>
/// <remarks>
/// Shapes and limits are the KMS API model's (botocore <c>botocore/data/kms/2014-11-01/service-2.json</c>: <c>GrantIdType</c>
/// 1..128, <c>GrantTokenList</c> at most 10 tokens of 1..8192, <c>PrincipalIdType</c> <c>^[\w+=,.@:/-]+$</c>, the errors each
/// operation lists). Where the service's text is not recorded, the test names the text as the project's choice.
/// </remarks>
public class GrantTests
{
    private const string Grantee = "arn:aws:iam::111122223333:role/app";
    private const string Retiring = "arn:aws:iam::111122223333:user/retirer";

    // The model's descriptions of the errors (botocore service-2.json), which the emulator sends as their messages since the
    // service's texts are not recorded.
    private const string InvalidGrantTokenText = "The request was rejected because the specified grant token is not valid.";
    private const string InvalidGrantIdText = "The request was rejected because the specified GrantId is not valid.";

    [Fact]
    public async Task CreateGrant_ThenListGrants_ShowsTheGrantMemberForMember()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;

        var created = await client.CreateGrantAsync(new CreateGrantRequest
        {
            KeyId = key.KeyId,
            GranteePrincipal = Grantee,
            RetiringPrincipal = Retiring,
            Operations = [GrantOperation.Encrypt, GrantOperation.Decrypt, GrantOperation.RetireGrant],
            Constraints = new GrantConstraints { EncryptionContextSubset = new Dictionary<string, string> { ["purpose"] = "test" } },
            Name = "app-grant",
        });

        // "A grant ID is a 64 character unique identifier of a grant" (API_RetireGrant); KMS's are lowercase hexadecimal.
        created.GrantId.ShouldMatch("^[0-9a-f]{64}$");
        created.GrantToken.ShouldNotBeNullOrEmpty();

        var listed = await client.ListGrantsAsync(new ListGrantsRequest { KeyId = key.KeyId });
        listed.Truncated.ShouldBe(false);
        listed.NextMarker.ShouldBeNull();
        var entry = listed.Grants.ShouldHaveSingleItem();
        entry.KeyId.ShouldBe(key.Arn);
        entry.GrantId.ShouldBe(created.GrantId);
        entry.Name.ShouldBe("app-grant");
        entry.CreationDate.ShouldBe(FakeClock.DefaultStart.UtcDateTime);
        entry.GranteePrincipal.ShouldBe(Grantee);
        entry.RetiringPrincipal.ShouldBe(Retiring);
        entry.IssuingAccount.ShouldBe("arn:aws:iam::111122223333:root");
        entry.Operations.ShouldBe(["Encrypt", "Decrypt", "RetireGrant"]);
        entry.Constraints.EncryptionContextSubset.ShouldBe(new Dictionary<string, string> { ["purpose"] = "test" });
        entry.Constraints.EncryptionContextEquals.ShouldBeNull();

        // The filters: by grant ID, and by grantee.
        (await client.ListGrantsAsync(new ListGrantsRequest { KeyId = key.Arn, GrantId = created.GrantId })).Grants.Single().GrantId.ShouldBe(created.GrantId);
        (await client.ListGrantsAsync(new ListGrantsRequest { KeyId = key.KeyId, GranteePrincipal = "arn:aws:iam::111122223333:role/other" })).Grants.ShouldBeEmpty();
        (await client.ListGrantsAsync(new ListGrantsRequest { KeyId = key.KeyId, GrantId = new string('0', 64) })).Grants.ShouldBeEmpty();
    }

    [Fact]
    public async Task CreateGrant_RetriedByName_ReturnsTheSameGrantWithANewToken_AndEitherTokenRetiresIt()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;

        // "When this value is present, you can retry a CreateGrant request with identical parameters; if the grant already
        // exists, the original GrantId is returned without creating a new grant" (API_CreateGrant, Name), and "the returned
        // grant token is unique with every CreateGrant request, even when a duplicate GrantId is returned".
        foreach (var retireWith in new[] { 0, 1 })
        {
            var request = new CreateGrantRequest { KeyId = key.KeyId, GranteePrincipal = Grantee, Operations = [GrantOperation.Decrypt], Name = "retried" };
            var first = await client.CreateGrantAsync(request);
            var second = await client.CreateGrantAsync(request);
            second.GrantId.ShouldBe(first.GrantId);
            second.GrantToken.ShouldNotBe(first.GrantToken);
            (await client.ListGrantsAsync(new ListGrantsRequest { KeyId = key.KeyId })).Grants.Select(grant => grant.GrantId).ShouldBe([first.GrantId]);

            var tokens = new[] { first.GrantToken, second.GrantToken };
            await client.RetireGrantAsync(new RetireGrantRequest { GrantToken = tokens[retireWith] });
            (await client.ListGrantsAsync(new ListGrantsRequest { KeyId = key.KeyId })).Grants.ShouldBeEmpty();

            // The other token names a grant that is gone.
            await SdkErrors.ShouldFailAsync<InvalidGrantTokenException>(
                () => client.RetireGrantAsync(new RetireGrantRequest { GrantToken = tokens[1 - retireWith] }), "InvalidGrantTokenException", InvalidGrantTokenText);
        }
    }

    [Fact]
    public async Task RetireGrant_ByKeyIdAndGrantId_AndRevokeGrant_RemoveTheGrant()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        var retired = await client.CreateGrantAsync(new CreateGrantRequest { KeyId = key.KeyId, GranteePrincipal = Grantee, Operations = [GrantOperation.Encrypt] });
        var revoked = await client.CreateGrantAsync(new CreateGrantRequest { KeyId = key.KeyId, GranteePrincipal = Grantee, Operations = [GrantOperation.Decrypt] });
        var kept = await client.CreateGrantAsync(new CreateGrantRequest { KeyId = key.KeyId, GranteePrincipal = Grantee, Operations = [GrantOperation.DescribeKey] });

        await client.RetireGrantAsync(new RetireGrantRequest { KeyId = key.Arn, GrantId = retired.GrantId });
        await client.RevokeGrantAsync(new RevokeGrantRequest { KeyId = key.KeyId, GrantId = revoked.GrantId });

        (await client.ListGrantsAsync(new ListGrantsRequest { KeyId = key.KeyId })).Grants.Select(grant => grant.GrantId).ShouldBe([kept.GrantId]);
        kms.Store.ListGrants(Identifiers.KeyArn.Parse(key.Arn)).Select(grant => grant.GrantId).ShouldBe([kept.GrantId]);
    }

    [Fact]
    public async Task ListRetirableGrants_AcrossTwoKeys_PagesOneByOne_InCreationOrder()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var first = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        var second = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        var expected = new List<(string GrantId, string KeyArn)>();
        foreach (var key in new[] { first, second, first, second })
        {
            var grant = await client.CreateGrantAsync(new CreateGrantRequest { KeyId = key.KeyId, GranteePrincipal = Grantee, RetiringPrincipal = Retiring, Operations = [GrantOperation.Decrypt] });
            expected.Add((grant.GrantId, key.Arn));
            kms.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        await client.CreateGrantAsync(new CreateGrantRequest { KeyId = first.KeyId, GranteePrincipal = Grantee, RetiringPrincipal = "arn:aws:iam::111122223333:user/someone", Operations = [GrantOperation.Decrypt] });
        await client.CreateGrantAsync(new CreateGrantRequest { KeyId = second.KeyId, GranteePrincipal = Grantee, Operations = [GrantOperation.Decrypt] });

        var seen = new List<(string GrantId, string KeyArn)>();
        string? marker = null;
        var pages = 0;
        do
        {
            var page = await client.ListRetirableGrantsAsync(new ListRetirableGrantsRequest { RetiringPrincipal = Retiring, Limit = 1, Marker = marker });
            pages++;
            var entry = page.Grants.ShouldHaveSingleItem();
            entry.RetiringPrincipal.ShouldBe(Retiring);
            seen.Add((entry.GrantId, entry.KeyId));
            page.Truncated.ShouldBe(page.NextMarker is not null);
            marker = page.NextMarker;
        }
        while (marker is not null);

        pages.ShouldBe(4);
        seen.ShouldBe(expected);

        // A marker this endpoint did not issue: InvalidMarkerException, worded as the other list operations word it.
        await SdkErrors.ShouldFailAsync<InvalidMarkerException>(
            () => client.ListRetirableGrantsAsync(new ListRetirableGrantsRequest { RetiringPrincipal = Retiring, Marker = "not a marker" }), "InvalidMarkerException", "Invalid marker");
    }

    [Fact]
    public async Task DeletedKey_TakesItsGrants_AndAPendingDeletionKeyRefusesNewOnes()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        var arn = Identifiers.KeyArn.Parse(key.Arn);
        await client.CreateGrantAsync(new CreateGrantRequest { KeyId = key.KeyId, GranteePrincipal = Grantee, RetiringPrincipal = Retiring, Operations = [GrantOperation.Decrypt] });

        await client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key.KeyId, PendingWindowInDays = 7 });

        // The key-state table (kms-key-lifecycle.md): CreateGrant fails on a key pending deletion with the recorded
        // "<key ARN> is pending deletion." (KMSInvalidStateException); ListGrants works in every state.
        await SdkErrors.ShouldFailAsync<KMSInvalidStateException>(
            () => client.CreateGrantAsync(new CreateGrantRequest { KeyId = key.KeyId, GranteePrincipal = Grantee, Operations = [GrantOperation.Decrypt] }),
            "KMSInvalidStateException", $"{key.Arn} is pending deletion.");
        (await client.ListGrantsAsync(new ListGrantsRequest { KeyId = key.KeyId })).Grants.Count.ShouldBe(1);

        kms.Clock.Advance(TimeSpan.FromDays(7));
        await SdkErrors.ShouldFailAsync<NotFoundException>(
            () => client.ListGrantsAsync(new ListGrantsRequest { KeyId = key.KeyId }), "NotFoundException", $"Key '{key.Arn}' does not exist");
        kms.Store.FindKey(arn).ShouldBeNull();
        kms.Store.ListGrants(arn).ShouldBeEmpty();
        (await client.ListRetirableGrantsAsync(new ListRetirableGrantsRequest { RetiringPrincipal = Retiring })).Grants.ShouldBeEmpty();
    }

    [Fact]
    public async Task DryRun_OfEachGrantChange_ChangesNothing()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        var grant = await client.CreateGrantAsync(new CreateGrantRequest { KeyId = key.KeyId, GranteePrincipal = Grantee, Operations = [GrantOperation.Decrypt] });

        // Project choice (LocalStack's wording), as for the other DryRun operations; the service's text is not recorded.
        const string DryRunText = "The request would have succeeded, but the DryRun option is set.";
        await SdkErrors.ShouldFailAsync<DryRunOperationException>(
            () => client.CreateGrantAsync(new CreateGrantRequest { KeyId = key.KeyId, GranteePrincipal = Grantee, Operations = [GrantOperation.Encrypt], DryRun = true }),
            "DryRunOperationException", DryRunText);
        await SdkErrors.ShouldFailAsync<DryRunOperationException>(
            () => client.RetireGrantAsync(new RetireGrantRequest { GrantToken = grant.GrantToken, DryRun = true }), "DryRunOperationException", DryRunText);
        await SdkErrors.ShouldFailAsync<DryRunOperationException>(
            () => client.RetireGrantAsync(new RetireGrantRequest { KeyId = key.KeyId, GrantId = grant.GrantId, DryRun = true }), "DryRunOperationException", DryRunText);
        await SdkErrors.ShouldFailAsync<DryRunOperationException>(
            () => client.RevokeGrantAsync(new RevokeGrantRequest { KeyId = key.KeyId, GrantId = grant.GrantId, DryRun = true }), "DryRunOperationException", DryRunText);

        (await client.ListGrantsAsync(new ListGrantsRequest { KeyId = key.KeyId })).Grants.Select(entry => entry.GrantId).ShouldBe([grant.GrantId]);

        // A DryRun that would fail answers its failure, not DryRunOperationException.
        await SdkErrors.ShouldFailAsync<InvalidGrantIdException>(
            () => client.RevokeGrantAsync(new RevokeGrantRequest { KeyId = key.KeyId, GrantId = "abc", DryRun = true }), "InvalidGrantIdException", InvalidGrantIdText);
    }

    [Fact]
    public async Task Refusals_HaveTheirCodesAndTexts()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        var unknownId = new string('a', 64);

        // Recorded: "Grants must not contain only the CreateGrant operation." (ansible/ansible#31960) and
        // "More than one constraint supplied" (aws/aws-sdk-java#328), both ValidationException.
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.CreateGrantAsync(new CreateGrantRequest { KeyId = key.KeyId, GranteePrincipal = Grantee, Operations = [GrantOperation.CreateGrant] }),
            "ValidationException", "Grants must not contain only the CreateGrant operation.");
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.CreateGrantAsync(new CreateGrantRequest
            {
                KeyId = key.KeyId, GranteePrincipal = Grantee, Operations = [GrantOperation.Decrypt],
                Constraints = new GrantConstraints
                {
                    EncryptionContextEquals = new Dictionary<string, string> { ["a"] = "1" },
                    EncryptionContextSubset = new Dictionary<string, string> { ["b"] = "2" },
                },
            }),
            "ValidationException", "More than one constraint supplied");

        // Project choices (not recorded): a principal the model's pattern admits but that is no principal; an empty operation list.
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.CreateGrantAsync(new CreateGrantRequest { KeyId = key.KeyId, GranteePrincipal = "arn:aws:iam::111122223333", Operations = [GrantOperation.Decrypt] }),
            "ValidationException", "Invalid principal: 'arn:aws:iam::111122223333'");

        // The model's constraint texts, as the service words every broken constraint (kms-key-lifecycle.md section 3).
        // (Built at run time: the SDK's analyzer refuses a constant that breaks the pattern; the SDK does not check it.)
        var spaced = string.Join(" ", "not", "a", "principal");
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.CreateGrantAsync(new CreateGrantRequest { KeyId = key.KeyId, GranteePrincipal = spaced, Operations = [GrantOperation.Decrypt] }),
            "ValidationException", @"1 validation error detected: Value 'not a principal' at 'granteePrincipal' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[\w+=,.@:/-]+$");
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId, GrantTokens = [.. Enumerable.Range(0, 11).Select(i => $"t{i}")] }),
            "ValidationException", "1 validation error detected: Value '[t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10]' at 'grantTokens' failed to satisfy constraint: Member must have length less than or equal to 10");

        // Up to ten tokens are accepted and change nothing: grants here take effect at once.
        (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId, GrantTokens = [.. Enumerable.Range(0, 10).Select(i => $"t{i}")] })).KeyMetadata.Arn.ShouldBe(key.Arn);

        // InvalidGrantIdException for a grant ID this endpoint could not have issued, with the model's description; a
        // well-formed ID that names no grant is NotFoundException with the project's "Grant '<ID>' does not exist".
        await SdkErrors.ShouldFailAsync<InvalidGrantIdException>(
            () => client.RevokeGrantAsync(new RevokeGrantRequest { KeyId = key.KeyId, GrantId = "not-a-grant-id" }), "InvalidGrantIdException", InvalidGrantIdText);
        await SdkErrors.ShouldFailAsync<InvalidGrantIdException>(
            () => client.RetireGrantAsync(new RetireGrantRequest { KeyId = key.KeyId, GrantId = "ABC" }), "InvalidGrantIdException", InvalidGrantIdText);
        await SdkErrors.ShouldFailAsync<InvalidGrantIdException>(
            () => client.ListGrantsAsync(new ListGrantsRequest { KeyId = key.KeyId, GrantId = "ABC" }), "InvalidGrantIdException", InvalidGrantIdText);
        await SdkErrors.ShouldFailAsync<NotFoundException>(
            () => client.RevokeGrantAsync(new RevokeGrantRequest { KeyId = key.KeyId, GrantId = unknownId }), "NotFoundException", $"Grant '{unknownId}' does not exist");
        await SdkErrors.ShouldFailAsync<NotFoundException>(
            () => client.RetireGrantAsync(new RetireGrantRequest { KeyId = key.KeyId, GrantId = unknownId }), "NotFoundException", $"Grant '{unknownId}' does not exist");

        // The key is resolved first, as for every operation: the recorded NotFoundException text.
        var missingKey = "arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
        await SdkErrors.ShouldFailAsync<NotFoundException>(
            () => client.RevokeGrantAsync(new RevokeGrantRequest { KeyId = missingKey, GrantId = "not-a-grant-id" }), "NotFoundException", $"Key '{missingKey}' does not exist");

        // A token this endpoint did not issue: InvalidGrantTokenException with the model's description.
        await SdkErrors.ShouldFailAsync<InvalidGrantTokenException>(
            () => client.RetireGrantAsync(new RetireGrantRequest { GrantToken = "AQpAM2RhZTk1MGMyNTk2ZmZmMzEyYWVhOWViN2I1MWM4Mzc0MWFiYjc0ZDE1ODkyNGFlNTIzODZhMzgyZjBlNDkxOAF4" }),
            "InvalidGrantTokenException", InvalidGrantTokenText);

        // Neither a token nor a key and grant ID (the model requires no member): the project's text.
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.RetireGrantAsync(new RetireGrantRequest { GrantId = unknownId }), "ValidationException", "Either GrantToken, or both KeyId and GrantId, must be specified.");

        // A retiring principal the pattern admits but that is no principal: InvalidArnException (listed for the operation by
        // the model), worded as the service words a malformed ARN ("Invalid arn <value>"); the project's choice.
        await SdkErrors.ShouldFailAsync<InvalidArnException>(
            () => client.ListRetirableGrantsAsync(new ListRetirableGrantsRequest { RetiringPrincipal = "arn:aws:iam::nope" }), "InvalidArnException", "Invalid arn arn:aws:iam::nope");
    }
}
