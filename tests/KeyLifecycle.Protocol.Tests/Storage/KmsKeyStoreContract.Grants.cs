using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using KeyLifecycle.Grants;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using KeyLifecycle.Protocol.Storage;
using Shouldly;

namespace KeyLifecycle.Protocol.Tests.Storage;

/// <summary>What every store does with grants: read back member for member in creation order, listed by retiring principal, changed by compare-and-swap, kept only for a stored key and removed with it.</summary>
public abstract partial class KmsKeyStoreContract
{
    private static readonly KeyArn s_westArn = KeyArn.Parse("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    private static readonly KeyArn s_secondArn = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    private static readonly KmsPrincipal s_retiring = KmsPrincipal.Parse("arn:aws:iam::111122223333:role/retirer");
    private static readonly KmsPrincipal s_otherRetiring = KmsPrincipal.Parse("arn:aws:iam::111122223333:user/someone");

    [StoreFact]
    public void Grants_AreTheKeys_InCreationOrder_MemberForMember_AndGoWithIt()
    {
        var store = NewStore();
        var key = KmsKey.Create(s_arn, s_created);
        store.TryCommit(new KeyStoreCommit().Add(key).Add(KmsKey.Create(s_westArn, s_created))).ShouldBeTrue();
        var later = Grant(s_arn, 1, s_created.AddMinutes(2), s_retiring, name: "later", equals: true);
        var earlier = Grant(s_arn, 2, s_created.AddMinutes(1), null, name: null, equals: false);
        var wests = Grant(s_westArn, 3, s_created, s_retiring);

        store.ListGrants(s_arn).ShouldBeEmpty();
        store.TryCommit(new KeyStoreCommit().Expect(key).AddGrant(later)).ShouldBeTrue();
        store.TryCommit(new KeyStoreCommit().Expect(key).AddGrant(earlier)).ShouldBeTrue();
        store.TryCommit(new KeyStoreCommit().AddGrant(wests)).ShouldBeTrue();

        Described(store.ListGrants(s_arn)).ShouldBe([Describe(earlier), Describe(later)]);
        Described(store.ListGrants(s_westArn)).ShouldBe([Describe(wests)]);

        // CreateGrant retried by name replaces the grant with one more token.
        var retried = WithToken(store.ListGrants(s_arn)[1], "second-token");
        store.TryCommit(new KeyStoreCommit().Expect(key).ReplaceGrant(store.ListGrants(s_arn)[1], retried)).ShouldBeTrue();
        Described(store.ListGrants(s_arn)).ShouldBe([Describe(earlier), Describe(retried)]);
        store.ListGrants(s_arn)[1].GrantTokens.ShouldBe(["token-1", "second-token"]);

        // A removed key takes its grants; a key made again with the same ARN has none; the other key keeps its own.
        store.TryCommit(new KeyStoreCommit().Remove(store.FindKey(s_arn)!)).ShouldBeTrue();
        store.ListGrants(s_arn).ShouldBeEmpty();
        store.TryAdd(KmsKey.Create(s_arn, s_created)).ShouldBeTrue();
        store.ListGrants(s_arn).ShouldBeEmpty();
        store.ListRetirableGrants(s_arn.AccountId, s_arn.Region, s_retiring).ShouldBeEmpty();
        Described(store.ListGrants(s_westArn)).ShouldBe([Describe(wests)]);
    }

    [StoreFact]
    public void ListRetirableGrants_IsTheRegionsGrantsOfThatPrincipal_InCreationOrder()
    {
        var store = NewStore();
        store.TryCommit(new KeyStoreCommit().Add(KmsKey.Create(s_arn, s_created)).Add(KmsKey.Create(s_secondArn, s_created)).Add(KmsKey.Create(s_westArn, s_created))).ShouldBeTrue();
        var third = Grant(s_arn, 1, s_created.AddMinutes(3), s_retiring);
        var first = Grant(s_secondArn, 2, s_created.AddMinutes(1), s_retiring);
        var second = Grant(s_arn, 3, s_created.AddMinutes(2), s_retiring);
        var someoneElses = Grant(s_secondArn, 4, s_created, s_otherRetiring);
        var noRetiring = Grant(s_arn, 5, s_created, null);
        var otherRegion = Grant(s_westArn, 6, s_created, s_retiring);
        var commit = new KeyStoreCommit();
        foreach (var grant in new[] { third, first, second, someoneElses, noRetiring, otherRegion })
        {
            commit.AddGrant(grant);
        }

        store.TryCommit(commit).ShouldBeTrue();

        Described(store.ListRetirableGrants(s_arn.AccountId, s_arn.Region, s_retiring)).ShouldBe([Describe(first), Describe(second), Describe(third)]);
        Described(store.ListRetirableGrants(s_arn.AccountId, s_arn.Region, s_otherRetiring)).ShouldBe([Describe(someoneElses)]);
        Described(store.ListRetirableGrants(s_arn.AccountId, s_westArn.Region, s_retiring)).ShouldBe([Describe(otherRegion)]);
        store.ListRetirableGrants(AwsAccountId.Parse("444455556666"), s_arn.Region, s_retiring).ShouldBeEmpty();

        // A role's sessions are not the role here: the listing compares the principal exactly.
        store.ListRetirableGrants(s_arn.AccountId, s_arn.Region, KmsPrincipal.Parse("arn:aws:sts::111122223333:assumed-role/retirer/session")).ShouldBeEmpty();

        // A removed grant leaves the listing, and so do the grants of a removed key.
        store.TryCommit(new KeyStoreCommit().RemoveGrant(store.ListGrants(s_arn).Single(grant => grant.GrantId == second.GrantId))).ShouldBeTrue();
        Described(store.ListRetirableGrants(s_arn.AccountId, s_arn.Region, s_retiring)).ShouldBe([Describe(first), Describe(third)]);
        store.TryCommit(new KeyStoreCommit().Remove(store.FindKey(s_secondArn)!)).ShouldBeTrue();
        Described(store.ListRetirableGrants(s_arn.AccountId, s_arn.Region, s_retiring)).ShouldBe([Describe(third)]);
        store.ListRetirableGrants(s_arn.AccountId, s_arn.Region, s_otherRetiring).ShouldBeEmpty();
    }

    [StoreFact]
    public void GrantChanges_AreCompareAndSwap_AndNeverForAKeyThatIsGone()
    {
        var store = NewStore();
        var key = KmsKey.Create(s_arn, s_created);
        store.TryAdd(key).ShouldBeTrue();
        var grant = Grant(s_arn, 1, s_created, s_retiring);
        store.TryCommit(new KeyStoreCommit().Expect(key).AddGrant(grant)).ShouldBeTrue();
        var stored = store.ListGrants(s_arn).Single();

        // A grant ID is the key's once.
        store.TryCommit(new KeyStoreCommit().AddGrant(Grant(s_arn, 1, s_created.AddDays(1), null))).ShouldBeFalse();

        // An equal grant that is not the stored instance, or one replaced meanwhile, is stale.
        store.TryCommit(new KeyStoreCommit().ReplaceGrant(Grant(s_arn, 1, s_created, s_retiring), WithToken(grant, "x"))).ShouldBeFalse();
        var winner = WithToken(stored, "winner");
        store.TryCommit(new KeyStoreCommit().ReplaceGrant(stored, winner)).ShouldBeTrue();
        store.TryCommit(new KeyStoreCommit().ReplaceGrant(stored, WithToken(stored, "loser"))).ShouldBeFalse();
        store.TryCommit(new KeyStoreCommit().RemoveGrant(stored)).ShouldBeFalse();
        store.ListGrants(s_arn).Single().GrantTokens.ShouldBe(["token-1", "winner"]);

        // A stale key keeps a grant out, and so does a key that is not stored (or was removed).
        store.TryCommit(new KeyStoreCommit().Expect(KmsKey.Create(s_arn, s_created)).AddGrant(Grant(s_arn, 2, s_created, null))).ShouldBeFalse();
        store.TryCommit(new KeyStoreCommit().AddGrant(Grant(s_secondArn, 3, s_created, null))).ShouldBeFalse();
        store.ListGrants(s_secondArn).ShouldBeEmpty();

        // A commit with a stale change applies none of its changes.
        store.TryCommit(new KeyStoreCommit().AddGrant(Grant(s_arn, 4, s_created, null)).RemoveGrant(stored)).ShouldBeFalse();
        store.ListGrants(s_arn).Select(g => g.GrantId).ShouldBe([grant.GrantId]);

        // A grant that is gone cannot go twice.
        var current = store.ListGrants(s_arn).Single();
        store.TryCommit(new KeyStoreCommit().RemoveGrant(current)).ShouldBeTrue();
        store.TryCommit(new KeyStoreCommit().RemoveGrant(current)).ShouldBeFalse();
        store.ListGrants(s_arn).ShouldBeEmpty();
    }

    [StoreFact]
    public async Task Grants_WrittenInParallel_LoseNothing()
    {
        var store = NewStore();
        store.TryAdd(KmsKey.Create(s_arn, s_created));
        var named = Grant(s_arn, 99, s_created, s_retiring);
        store.TryCommit(new KeyStoreCommit().AddGrant(named)).ShouldBeTrue();

        // Eight writers each add six grants and six tokens to one named grant, retrying from a fresh read when they lose.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(() =>
        {
            for (var i = 0; i < 6; i++)
            {
                var grant = Grant(s_arn, (writer * 10) + i, s_created.AddSeconds(i), s_retiring);
                while (!store.TryCommit(new KeyStoreCommit().Expect(store.FindKey(s_arn)!).AddGrant(grant)))
                {
                }

                while (true)
                {
                    var current = store.ListGrants(s_arn).Single(g => g.GrantId == named.GrantId);
                    if (store.TryCommit(new KeyStoreCommit().Expect(store.FindKey(s_arn)!).ReplaceGrant(current, WithToken(current, $"w{writer}-t{i}"))))
                    {
                        break;
                    }
                }
            }
        })));

        var grants = store.ListGrants(s_arn);
        grants.Select(grant => grant.GrantId).Order(StringComparer.Ordinal).ShouldBe(
            Enumerable.Range(0, 8).SelectMany(writer => Enumerable.Range(0, 6).Select(i => GrantId((writer * 10) + i))).Append(named.GrantId).Order(StringComparer.Ordinal));
        grants.Single(grant => grant.GrantId == named.GrantId).GrantTokens.Order(StringComparer.Ordinal).ShouldBe(
            Enumerable.Range(0, 8).SelectMany(writer => Enumerable.Range(0, 6).Select(i => $"w{writer}-t{i}")).Append("token-99").Order(StringComparer.Ordinal));
        store.ListRetirableGrants(s_arn.AccountId, s_arn.Region, s_retiring).Count.ShouldBe(49);
    }

    private static string GrantId(int n) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes($"grant {n}")));

    // A grant as CreateGrant makes it, with every optional member set unless told otherwise.
    private static KmsGrant Grant(KeyArn key, int n, DateTimeOffset created, KmsPrincipal? retiring, string? name = "grant", bool equals = false)
    {
        var pairs = new Dictionary<string, string> { ["purpose"] = "test", ["Team"] = $"t{n}" };
        var request = new CreateGrantRequest(key, "arn:aws:iam::111122223333:role/app", [GrantOperation.Decrypt, GrantOperation.RetireGrant, GrantOperation.GenerateDataKey])
        {
            RetiringPrincipal = retiring?.ToString(),
            EncryptionContextEquals = equals ? pairs : null,
            EncryptionContextSubset = equals ? null : pairs,
            Name = name,
            Now = created,
        };
        return GrantTransitions.CreateGrant(request, KmsPrincipal.Parse("arn:aws:iam::111122223333:user/issuer"), [], GrantId(n), $"token-{n}").AsT0;
    }

    private static KmsGrant WithToken(KmsGrant grant, string token) =>
        KmsGrant.FromSnapshot(grant.GrantId, [.. grant.GrantTokens, token], grant.KeyArn, grant.GranteePrincipal, grant.RetiringPrincipal, grant.Operations, grant.Constraints, grant.Name, grant.CreationDate, grant.IssuingAccount).AsT0;

    // Every member of a grant: what a store that writes records down must read back.
    private static string Describe(KmsGrant grant) =>
        $"{grant.KeyArn} {grant.GrantId} [{string.Join(",", grant.GrantTokens)}] {grant.GranteePrincipal} {grant.RetiringPrincipal?.ToString() ?? "-"} "
        + $"[{string.Join(",", grant.Operations)}] {(grant.Constraints is null ? "-" : (grant.Constraints.IsEquals ? "equals" : "subset") + "{" + string.Join(",", grant.Constraints.Pairs.Select(p => p.Key + "=" + p.Value)) + "}")} "
        + $"{grant.Name ?? "-"} {grant.CreationDate:O} {grant.IssuingAccount}";

    private static string[] Described(IEnumerable<KmsGrant> grants) => [.. grants.Select(Describe)];
}
