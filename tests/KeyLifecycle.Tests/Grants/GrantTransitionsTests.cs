using System;
using System.Collections.Generic;
using KeyLifecycle.Grants;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Grants;

public sealed class GrantTransitionsTests
{
    private static readonly KeyArn s_key = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    private static readonly KeyArn s_otherKey = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321");
    private static readonly KmsPrincipal s_root = KmsPrincipal.Parse("arn:aws:iam::111122223333:root");
    private static readonly KmsPrincipal s_alice = KmsPrincipal.Parse("arn:aws:iam::111122223333:user/Alice");
    private static readonly KmsPrincipal s_bob = KmsPrincipal.Parse("arn:aws:iam::111122223333:user/Bob");
    private static readonly DateTimeOffset s_now = new(2026, 12, 1, 7, 0, 0, TimeSpan.Zero);

    private static KmsGrant Create(CreateGrantRequest request, string id = "grant-1", string token = "token-1", IReadOnlyList<KmsGrant>? existing = null) =>
        GrantTransitions.CreateGrant(request, s_root, existing ?? [], id, token).AsT0;

    [Fact]
    public void CreateGrant_ValidRequest_ReturnsTheGrantWithItsParts()
    {
        var grant = Create(new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt, GrantOperation.Encrypt, GrantOperation.Decrypt])
        {
            RetiringPrincipal = s_bob.ToString(),
            EncryptionContextEquals = new Dictionary<string, string> { ["purpose"] = "test" },
            Name = "my-grant",
            Now = s_now,
        });

        grant.GrantId.ShouldBe("grant-1");
        grant.GrantTokens.ShouldBe(["token-1"]);
        grant.KeyArn.ShouldBe(s_key);
        grant.GranteePrincipal.ShouldBe(s_alice);
        grant.RetiringPrincipal.ShouldBe(s_bob);
        grant.Operations.ShouldBe([GrantOperation.Decrypt, GrantOperation.Encrypt]);
        grant.Constraints!.IsEquals.ShouldBeTrue();
        grant.Constraints.Pairs["purpose"].ShouldBe("test");
        grant.Name.ShouldBe("my-grant");
        grant.CreationDate.ShouldBe(s_now);
        grant.IssuingAccount.ToString().ShouldBe("arn:aws:iam::111122223333:root");
    }

    [Fact]
    public void CreateGrant_OnlyCreateGrant_IsRefused()
    {
        // Recorded: "ValidationException ... Grants must not contain only the CreateGrant operation."
        // (https://github.com/ansible/ansible/pull/31960)
        var refused = GrantTransitions.CreateGrant(new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.CreateGrant]), s_root, [], "g", "t");

        refused.AsT1.ErrorCode.ShouldBe("ValidationException");
        refused.AsT1.Message.ShouldBe("Grants must not contain only the CreateGrant operation.");
    }

    [Fact]
    public void CreateGrant_BothConstraints_IsRefused()
    {
        // Recorded: "More than one constraint supplied (Service: AWSKMS; Status Code: 400; Error Code: ValidationException"
        // (https://github.com/aws/aws-sdk-java/issues/328)
        var context = new Dictionary<string, string> { ["a"] = "b" };
        var refused = GrantTransitions.CreateGrant(
            new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt]) { EncryptionContextEquals = context, EncryptionContextSubset = context },
            s_root,
            [],
            "g",
            "t");

        refused.AsT1.Message.ShouldBe("More than one constraint supplied");
    }

    [Fact]
    public void CreateGrant_InvalidGrantee_IsRefusedWithTheProjectsText()
    {
        GrantTransitions.CreateGrant(new CreateGrantRequest(s_key, "Alice", [GrantOperation.Decrypt]), s_root, [], "g", "t")
            .AsT1.Message.ShouldBe("Invalid principal: 'Alice'");
    }

    [Fact]
    public void CreateGrant_SameNameAndParameters_ReturnsTheExistingGrantWithTheNewToken()
    {
        // "you can retry a CreateGrant request with identical parameters; if the grant already exists, the original GrantId is
        // returned without creating a new grant. ... the returned grant token is unique with every CreateGrant request"
        // (https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html, Name).
        var request = new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt, GrantOperation.Encrypt]) { Name = "retry", Now = s_now };
        var first = Create(request);

        var again = Create(request with { Operations = [GrantOperation.Encrypt, GrantOperation.Decrypt] }, "grant-2", "token-2", [first]);
        again.GrantId.ShouldBe("grant-1");
        again.GrantTokens.ShouldBe(["token-1", "token-2"]);

        Create(request with { Operations = [GrantOperation.Decrypt] }, "grant-3", "token-3", [first]).GrantId.ShouldBe("grant-3");
        Create(request with { Name = "other" }, "grant-4", "token-4", [first]).GrantId.ShouldBe("grant-4");
    }

    [Fact]
    public void RetireGrant_ByTheRetiringPrincipalTheGranteeWithRetireGrantOrTheIssuingAccount_IsAllowed()
    {
        var retirable = Create(new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt]) { RetiringPrincipal = s_bob.ToString() });
        var selfRetiring = Create(new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt, GrantOperation.RetireGrant]), "grant-2", "token-2");
        KmsGrant[] grants = [retirable, selfRetiring];

        GrantTransitions.RetireGrant("token-1", s_bob, grants).AsT0.ShouldBeSameAs(retirable);
        GrantTransitions.RetireGrant(s_key, "grant-1", s_root, grants).AsT0.ShouldBeSameAs(retirable);
        GrantTransitions.RetireGrant(s_key, "grant-2", s_alice, grants).AsT0.ShouldBeSameAs(selfRetiring);
        GrantTransitions.RetireGrant("token-1", s_alice, grants).AsT2.Message.ShouldBe(
            "User: arn:aws:iam::111122223333:user/Alice is not authorized to perform: kms:RetireGrant on resource: "
            + s_key + " because no resource-based policy allows the kms:RetireGrant action");
    }

    [Fact]
    public void RetireAndRevokeGrant_UnknownGrant_IsNotFound()
    {
        var grant = Create(new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt]));

        var byToken = GrantTransitions.RetireGrant("no-such-token", s_root, [grant]).AsT1;
        byToken.ErrorCode.ShouldBe("NotFoundException");
        byToken.Message.ShouldBe("Grant 'no-such-token' does not exist");
        GrantTransitions.RetireGrant(s_otherKey, "grant-1", s_root, [grant]).IsT1.ShouldBeTrue();
        GrantTransitions.RevokeGrant(s_otherKey, "grant-1", [grant]).AsT1.Message.ShouldBe("Grant 'grant-1' does not exist");
        GrantTransitions.RevokeGrant(s_key, "grant-1", [grant]).AsT0.ShouldBeSameAs(grant);
    }

    [Fact]
    public void ListGrants_FiltersByKeyGrantIdAndGrantee_InCreationOrder()
    {
        var late = Create(new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt]) { Now = s_now.AddMinutes(1) }, "late");
        var early = Create(new CreateGrantRequest(s_key, s_bob.ToString(), [GrantOperation.Encrypt]) { Now = s_now, RetiringPrincipal = s_alice.ToString() }, "early");
        var elsewhere = Create(new CreateGrantRequest(s_otherKey, s_alice.ToString(), [GrantOperation.Decrypt]) { RetiringPrincipal = s_alice.ToString() }, "elsewhere");
        KmsGrant[] grants = [late, early, elsewhere];

        GrantTransitions.ListGrants(s_key, grants).ShouldBe([early, late]);
        GrantTransitions.ListGrants(s_key, grants, grantId: "late").ShouldBe([late]);
        GrantTransitions.ListGrants(s_key, grants, granteePrincipal: s_bob.ToString()).ShouldBe([early]);
        GrantTransitions.ListRetirableGrants(s_alice.ToString(), grants).ShouldBe([elsewhere, early]);
    }

    [Fact]
    public void Allows_ARoleGrant_CoversTheRolesSessionsAndConstraintsOnlyTheContextOperations()
    {
        var role = "arn:aws:iam::111122223333:role/Worker";
        var grant = Create(new CreateGrantRequest(s_key, role, [GrantOperation.Decrypt, GrantOperation.DescribeKey])
        {
            EncryptionContextEquals = new Dictionary<string, string> { ["purpose"] = "test" },
        });
        var session = KmsPrincipal.Parse("arn:aws:sts::111122223333:assumed-role/Worker/s1");

        grant.Allows(PolicyRequest.Create(session, KmsAction.For(KmsOperation.DescribeKey), s_key, PolicyOutcome.ImplicitDeny)).ShouldBeTrue();
        grant.Allows(PolicyRequest.Create(session, KmsAction.For(KmsOperation.Decrypt), s_key, PolicyOutcome.ImplicitDeny)).ShouldBeFalse();
        grant.Allows(PolicyRequest.Create(session, KmsAction.For(KmsOperation.Decrypt), s_key, PolicyOutcome.ImplicitDeny)
            .WithEncryptionContext(new Dictionary<string, string> { ["purpose"] = "test" })).ShouldBeTrue();
        grant.Allows(PolicyRequest.Create(session, KmsAction.For(KmsOperation.Decrypt), s_otherKey, PolicyOutcome.ImplicitDeny)
            .WithEncryptionContext(new Dictionary<string, string> { ["purpose"] = "test" })).ShouldBeFalse();
        grant.Allows(PolicyRequest.Create(KmsPrincipal.Parse("arn:aws:sts::111122223333:assumed-role/Other/s1"), KmsAction.For(KmsOperation.DescribeKey), s_key, PolicyOutcome.ImplicitDeny))
            .ShouldBeFalse();
    }

    [Fact]
    public void GrantOperations_WireNames_RoundTrip()
    {
        foreach (var operation in Enum.GetValues<GrantOperation>())
        {
            GrantOperations.TryParse(operation.ToWireName(), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(operation);
            GrantOperations.TryGetFor(KmsAction.Parse("kms:" + operation.ToWireName()), out var forAction).ShouldBeTrue();
            forAction.ShouldBe(operation);
        }

        GrantOperations.TryParse("decrypt", out _).ShouldBeFalse();
        GrantOperations.TryGetFor(KmsAction.For(KmsOperation.DisableKey), out _).ShouldBeFalse();
    }
}
