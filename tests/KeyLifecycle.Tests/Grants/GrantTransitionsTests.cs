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
    public void CreateGrant_SameNameButAnotherPart_IsANewGrant()
    {
        // Only a retry "with identical parameters" returns the original grant (API_CreateGrant.html, Name).
        var request = new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt, GrantOperation.Encrypt])
        {
            Name = "retry",
            RetiringPrincipal = s_bob.ToString(),
            EncryptionContextSubset = new Dictionary<string, string> { ["purpose"] = "test" },
        };
        var first = Create(request);

        Create(request with { Operations = [GrantOperation.Decrypt, GrantOperation.Encrypt, GrantOperation.Decrypt] }, "g2", "t2", [first]).GrantId.ShouldBe("grant-1");
        Create(request with { Operations = [GrantOperation.Decrypt, GrantOperation.GenerateDataKey] }, "g3", "t3", [first]).GrantId.ShouldBe("g3");
        Create(request with { GranteePrincipal = s_bob.ToString() }, "g4", "t4", [first]).GrantId.ShouldBe("g4");
        Create(request with { RetiringPrincipal = null }, "g5", "t5", [first]).GrantId.ShouldBe("g5");
        Create(request with { RetiringPrincipal = s_alice.ToString() }, "g6", "t6", [first]).GrantId.ShouldBe("g6");
        Create(request with { EncryptionContextSubset = null }, "g7", "t7", [first]).GrantId.ShouldBe("g7");
        Create(request with { EncryptionContextSubset = null, EncryptionContextEquals = request.EncryptionContextSubset }, "g8", "t8", [first]).GrantId.ShouldBe("g8");
        Create(request with { KeyArn = s_otherKey }, "g9", "t9", [first]).GrantId.ShouldBe("g9");
        Create(request with { Name = null }, "g10", "t10", [first]).GrantId.ShouldBe("g10");
    }

    [Fact]
    public void CreateGrant_RepeatedOperations_AreKeptOnce_AndCreateGrantTwiceIsStillOnlyCreateGrant()
    {
        Create(new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt, GrantOperation.Decrypt, GrantOperation.CreateGrant]))
            .Operations.ShouldBe([GrantOperation.Decrypt, GrantOperation.CreateGrant]);
        GrantTransitions.CreateGrant(new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.CreateGrant, GrantOperation.CreateGrant]), s_root, [], "g", "t")
            .AsT1.Message.ShouldBe("Grants must not contain only the CreateGrant operation.");
    }

    [Fact]
    public void CreateGrant_ASubsetConstraint_IsKept()
    {
        var grant = Create(new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt])
        {
            EncryptionContextSubset = new Dictionary<string, string> { ["team"] = "a" },
        });

        grant.Constraints!.IsEquals.ShouldBeFalse();
        grant.Constraints.Pairs.ShouldBe(new Dictionary<string, string> { ["team"] = "a" });
        grant.RetiringPrincipal.ShouldBeNull();
        grant.Name.ShouldBeNull();
    }

    [Fact]
    public void CreateGrant_ByAServiceOrAUser_IsIssuedByTheServiceOrTheUsersAccount()
    {
        var service = KmsPrincipal.Parse("dynamodb.amazonaws.com");
        GrantTransitions.CreateGrant(new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt]), service, [], "g", "t")
            .AsT0.IssuingAccount.ShouldBe(service);
        GrantTransitions.CreateGrant(new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt]), KmsPrincipal.Parse("arn:aws-cn:iam::444455556666:user/Carol"), [], "g", "t")
            .AsT0.IssuingAccount.ToString().ShouldBe("arn:aws-cn:iam::444455556666:root");
    }

    [Fact]
    public void CreateGrant_AnInvalidRetiringPrincipal_IsRefusedWithTheProjectsText() =>
        GrantTransitions.CreateGrant(new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt]) { RetiringPrincipal = "Bob" }, s_root, [], "g", "t")
            .AsT1.Message.ShouldBe("Invalid principal: 'Bob'");

    [Fact]
    public void CreateGrant_MissingArguments_Throw()
    {
        var request = new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt]);

        Should.Throw<ArgumentNullException>(() => GrantTransitions.CreateGrant(null!, s_root, [], "g", "t"));
        Should.Throw<ArgumentNullException>(() => GrantTransitions.CreateGrant(request, s_root, null!, "g", "t"));
        Should.Throw<ArgumentException>(() => GrantTransitions.CreateGrant(request, s_root, [], "", "t"));
        Should.Throw<ArgumentException>(() => GrantTransitions.CreateGrant(request, s_root, [], "g", ""));
        Should.Throw<ArgumentNullException>(() => GrantTransitions.CreateGrant(request with { Operations = null! }, s_root, [], "g", "t"));
    }

    [Fact]
    public void MayRetire_IsTheRetiringPrincipalOrItsRoleSessions_TheGranteeWithRetireGrant_OrTheIssuingAccount()
    {
        // "You can retire a grant if you are the retiring principal, the grantee principal of a grant that includes the
        // RetireGrant operation, or the AWS account in which the grant was created" (grant-delete.html).
        var worker = "arn:aws:iam::111122223333:role/Worker";
        var session = KmsPrincipal.Parse("arn:aws:sts::111122223333:assumed-role/Worker/s1");
        var retiredByRole = Create(new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt]) { RetiringPrincipal = worker });
        var granteeRole = Create(new CreateGrantRequest(s_key, worker, [GrantOperation.Decrypt, GrantOperation.RetireGrant]));
        var granteeWithout = Create(new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt]));

        GrantTransitions.MayRetire(retiredByRole, session).ShouldBeTrue();
        GrantTransitions.MayRetire(retiredByRole, KmsPrincipal.Parse(worker)).ShouldBeTrue();
        GrantTransitions.MayRetire(retiredByRole, s_alice).ShouldBeFalse();
        GrantTransitions.MayRetire(granteeRole, session).ShouldBeTrue();
        GrantTransitions.MayRetire(granteeWithout, s_alice).ShouldBeFalse();
        GrantTransitions.MayRetire(granteeWithout, s_bob).ShouldBeFalse();
        GrantTransitions.MayRetire(granteeWithout, s_root).ShouldBeTrue();
        GrantTransitions.MayRetire(granteeWithout, KmsPrincipal.Parse("arn:aws:iam::444455556666:root")).ShouldBeFalse();
        Should.Throw<ArgumentNullException>(() => GrantTransitions.MayRetire(null!, s_root));
    }

    [Fact]
    public void RetireGrant_ByTokenOrId_FindsTheGrantOfThatTokenOrKeyAndId()
    {
        var first = Create(new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt]), "grant-1", "token-1");
        var second = Create(new CreateGrantRequest(s_otherKey, s_alice.ToString(), [GrantOperation.Decrypt]), "grant-1", "token-2");
        KmsGrant[] grants = [first, second];

        GrantTransitions.RetireGrant("token-2", s_root, grants).AsT0.ShouldBeSameAs(second);
        GrantTransitions.RetireGrant(s_otherKey, "grant-1", s_root, grants).AsT0.ShouldBeSameAs(second);
        GrantTransitions.RevokeGrant(s_otherKey, "grant-1", grants).AsT0.ShouldBeSameAs(second);
        GrantTransitions.RetireGrant(s_key, "grant-1", s_bob, grants).AsT2.ErrorCode.ShouldBe("AccessDeniedException");
        Should.Throw<ArgumentNullException>(() => GrantTransitions.RetireGrant(null!, s_root, grants));
        Should.Throw<ArgumentNullException>(() => GrantTransitions.RetireGrant("token-1", s_root, null!));
        Should.Throw<ArgumentNullException>(() => GrantTransitions.RevokeGrant(s_key, null!, grants));
        Should.Throw<ArgumentNullException>(() => GrantTransitions.RevokeGrant(s_key, "grant-1", null!));
    }

    [Fact]
    public void ListGrants_BothFilters_MustBothMatch_AndRetirableGrantsNeedARetiringPrincipal()
    {
        var alice = Create(new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt]), "a");
        var bob = Create(new CreateGrantRequest(s_key, s_bob.ToString(), [GrantOperation.Decrypt]) { RetiringPrincipal = s_bob.ToString() }, "b");
        KmsGrant[] grants = [alice, bob];

        GrantTransitions.ListGrants(s_key, grants, grantId: "a", granteePrincipal: s_alice.ToString()).ShouldBe([alice]);
        GrantTransitions.ListGrants(s_key, grants, grantId: "a", granteePrincipal: s_bob.ToString()).ShouldBeEmpty();
        GrantTransitions.ListGrants(s_otherKey, grants).ShouldBeEmpty();
        GrantTransitions.ListRetirableGrants(s_bob.ToString(), grants).ShouldBe([bob]);
        GrantTransitions.ListRetirableGrants(s_alice.ToString(), grants).ShouldBeEmpty();
        Should.Throw<ArgumentNullException>(() => GrantTransitions.ListGrants(s_key, null!));
        Should.Throw<ArgumentNullException>(() => GrantTransitions.ListRetirableGrants(null!, grants));
        Should.Throw<ArgumentNullException>(() => GrantTransitions.ListRetirableGrants(s_bob.ToString(), null!));
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
