using System;
using System.Collections.Generic;
using KeyLifecycle.Grants;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Grants;

public sealed class KmsGrantSnapshotTests
{
    private static readonly KeyArn s_key = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    private static readonly KmsPrincipal s_root = KmsPrincipal.Parse("arn:aws:iam::111122223333:root");
    private static readonly KmsPrincipal s_alice = KmsPrincipal.Parse("arn:aws:iam::111122223333:user/Alice");
    private static readonly DateTimeOffset s_now = new(2026, 12, 1, 7, 0, 0, TimeSpan.Zero);

    private static KmsGrant Made() => GrantTransitions.CreateGrant(
        new CreateGrantRequest(s_key, s_alice.ToString(), [GrantOperation.Decrypt, GrantOperation.RetireGrant])
        {
            RetiringPrincipal = s_root.ToString(),
            EncryptionContextSubset = new Dictionary<string, string> { ["purpose"] = "test" },
            Name = "named",
            Now = s_now,
        },
        s_root, [], new string('a', 64), "token-1").AsT0;

    [Fact]
    public void FromSnapshot_OfAGrantsMembers_MakesItAgain_MemberForMember()
    {
        var grant = Made();

        var again = KmsGrant.FromSnapshot(grant.GrantId, grant.GrantTokens, grant.KeyArn, grant.GranteePrincipal, grant.RetiringPrincipal,
            grant.Operations, grant.Constraints, grant.Name, grant.CreationDate, grant.IssuingAccount).AsT0;

        again.GrantId.ShouldBe(grant.GrantId);
        again.GrantTokens.ShouldBe(grant.GrantTokens);
        again.KeyArn.ShouldBe(grant.KeyArn);
        again.GranteePrincipal.ShouldBe(grant.GranteePrincipal);
        again.RetiringPrincipal.ShouldBe(grant.RetiringPrincipal);
        again.Operations.ShouldBe(grant.Operations);
        again.Constraints.ShouldBe(grant.Constraints);
        again.Name.ShouldBe(grant.Name);
        again.CreationDate.ShouldBe(grant.CreationDate);
        again.IssuingAccount.ShouldBe(grant.IssuingAccount);
    }

    [Theory]
    [InlineData("id", "GrantId '' is not 1 to 128 characters.")]
    [InlineData("longId", "GrantId '")]
    [InlineData("key", "KeyArn is missing.")]
    [InlineData("noTokens", "GrantTokens is empty: CreateGrant returns a token with every grant.")]
    [InlineData("repeatedToken", "GrantTokens[1] is empty, longer than 8192 characters, or a repeat.")]
    [InlineData("emptyToken", "GrantTokens[0] is empty, longer than 8192 characters, or a repeat.")]
    [InlineData("grantee", "GranteePrincipal, RetiringPrincipal or IssuingAccount is no principal.")]
    [InlineData("noOperations", "Operations is empty.")]
    [InlineData("undefinedOperation", "Operations[0] (99) is not a grant operation, or a repeat.")]
    [InlineData("repeatedOperation", "Operations[1] (0) is not a grant operation, or a repeat.")]
    [InlineData("emptyName", "Name '' is not 1 to 256 characters.")]
    public void FromSnapshot_MembersNoGrantHas_AreRejected_NamingTheMember(string broken, string reasonStart)
    {
        var g = Made();
        var rejected = KmsGrant.FromSnapshot(
            broken switch { "id" => "", "longId" => new string('a', 129), _ => g.GrantId },
            broken switch { "noTokens" => [], "repeatedToken" => ["t", "t"], "emptyToken" => [""], _ => g.GrantTokens },
            broken == "key" ? default : g.KeyArn,
            broken == "grantee" ? default : g.GranteePrincipal,
            g.RetiringPrincipal,
            broken switch { "noOperations" => [], "undefinedOperation" => [(GrantOperation)99], "repeatedOperation" => [GrantOperation.Decrypt, GrantOperation.Decrypt], _ => g.Operations },
            g.Constraints,
            broken == "emptyName" ? "" : g.Name,
            g.CreationDate,
            g.IssuingAccount);

        rejected.IsT1.ShouldBeTrue();
        rejected.AsT1.Reason.ShouldStartWith(reasonStart);
    }

    [Fact]
    public void CreateGrant_WithNoOperation_IsRefused()
    {
        // Not recorded (the model sets no minimum): the project's text.
        var refused = GrantTransitions.CreateGrant(new CreateGrantRequest(s_key, s_alice.ToString(), []) { Now = s_now }, s_root, [], "id", "token");

        refused.AsT1.ErrorCode.ShouldBe("ValidationException");
        refused.AsT1.Message.ShouldBe("Grants must contain at least one operation.");
    }

    [Fact]
    public void FromSnapshot_TakesEachLimitItself_AndRefusesOneMore()
    {
        // The API model's bounds: GrantIdType 1..128, GrantTokenType 1..8192, GrantNameType 1..256; every member of
        // GrantOperation, the last (DeriveSharedSecret) included.
        OneOf.OneOf<KmsGrant, KeyLifecycle.Snapshots.SnapshotRejected> Snapshot(int idLength = 64, int tokenLength = 10, int nameLength = 5, GrantOperation operation = GrantOperation.Decrypt) =>
            KmsGrant.FromSnapshot(new string('a', idLength), [new string('t', tokenLength)], s_key, s_alice, null, [operation], null, new string('n', nameLength), s_now, s_root);

        Snapshot(idLength: 128).AsT0.GrantId.Length.ShouldBe(128);
        Snapshot(idLength: 129).AsT1.Reason.ShouldStartWith("GrantId '");
        Snapshot(tokenLength: 8192).AsT0.GrantTokens[0].Length.ShouldBe(8192);
        Snapshot(tokenLength: 8193).AsT1.Reason.ShouldBe("GrantTokens[0] is empty, longer than 8192 characters, or a repeat.");
        Snapshot(nameLength: 256).AsT0.Name!.Length.ShouldBe(256);
        Snapshot(nameLength: 257).AsT1.Reason.ShouldStartWith("Name '");
        Snapshot(operation: GrantOperation.DeriveSharedSecret).AsT0.Operations.ShouldBe([GrantOperation.DeriveSharedSecret]);
        Snapshot(operation: GrantOperation.DeriveSharedSecret + 1).AsT1.Reason.ShouldStartWith("Operations[0] (");
        Snapshot(operation: GrantOperation.Decrypt - 1).AsT1.Reason.ShouldStartWith("Operations[0] (-1)");
        Should.Throw<ArgumentNullException>(() => KmsGrant.FromSnapshot("a", null!, s_key, s_alice, null, [GrantOperation.Decrypt], null, null, s_now, s_root)).ParamName.ShouldBe("grantTokens");
        Should.Throw<ArgumentNullException>(() => KmsGrant.FromSnapshot("a", ["t"], s_key, s_alice, null, null!, null, null, s_now, s_root)).ParamName.ShouldBe("operations");
    }
}
