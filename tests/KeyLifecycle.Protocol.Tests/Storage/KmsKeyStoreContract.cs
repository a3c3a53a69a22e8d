using System;
using System.Linq;
using System.Threading.Tasks;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Storage;
using Shouldly;

namespace KeyLifecycle.Protocol.Tests.Storage;

/// <summary>
/// What every <see cref="IKmsKeyStore"/> does, whatever keeps its records: compare-and-swap by reference, all of a commit
/// or none of it, snapshots, custom key store names, and no update lost among parallel writers. Each store's tests derive
/// from this class and say how to make an empty store.
/// </summary>
public abstract partial class KmsKeyStoreContract
{
    private static readonly DateTimeOffset s_created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly KeyArn s_arn = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");

    /// <summary>Returns a new, empty store of the kind under test.</summary>
    protected abstract IKmsKeyStore NewStore();

    [StoreFact]
    public void TryReplace_EqualButNotTheStoredInstance_Fails()
    {
        var store = NewStore();
        var stored = KmsKey.Create(s_arn, s_created);
        store.TryAdd(stored).ShouldBeTrue();
        var equalCopy = KmsKey.Create(s_arn, s_created);
        equalCopy.ShouldBe(stored);

        store.TryReplace(equalCopy, KeyTransitions.DisableKey(equalCopy).AsT0).ShouldBeFalse();
        store.FindKey(s_arn).ShouldBe(stored);
    }

    [StoreFact]
    public void TryReplace_AfterAnotherReplace_FailsAndKeepsTheWinner()
    {
        var store = NewStore();
        var original = KmsKey.Create(s_arn, s_created);
        store.TryAdd(original);
        var disabled = KeyTransitions.DisableKey(original).AsT0;

        store.TryReplace(original, disabled).ShouldBeTrue();
        store.TryReplace(original, KeyTransitions.ScheduleKeyDeletion(original, 7, s_created).AsT0).ShouldBeFalse();

        store.FindKey(s_arn).ShouldBe(disabled);
    }

    [StoreFact]
    public void KeyPolicy_IsStoredWithItsKey_AndGoesWithIt()
    {
        var store = NewStore();
        var key = KmsKey.Create(s_arn, s_created);
        var policy = Policies.KeyPolicy.CreateDefault(AwsPartition.Aws, s_arn.AccountId);

        store.FindKeyPolicy(s_arn).ShouldBeNull();
        store.TryCommit(new KeyStoreCommit().Add(key).PutKeyPolicy(s_arn, policy)).ShouldBeTrue();
        store.FindKeyPolicy(s_arn)!.Text.ShouldBe(policy.Text);

        // A stale key in the commit keeps the policy from changing.
        var other = Policies.KeyPolicy.CreateDefault(AwsPartition.Aws, AwsAccountId.Parse("444455556666"));
        store.TryCommit(new KeyStoreCommit().Expect(KmsKey.Create(s_arn, s_created)).PutKeyPolicy(s_arn, other)).ShouldBeFalse();
        store.FindKeyPolicy(s_arn)!.Text.ShouldBe(policy.Text);

        store.TryCommit(new KeyStoreCommit().Remove(key)).ShouldBeTrue();
        store.FindKeyPolicy(s_arn).ShouldBeNull();
        store.TryAdd(KmsKey.Create(s_arn, s_created)).ShouldBeTrue();
        store.FindKeyPolicy(s_arn).ShouldBeNull();
    }

    [StoreFact]
    public void KeyMaterial_IsReadBack_VersionForVersion_AndGoesWithItsKey()
    {
        var store = NewStore();
        var westArn = KeyArn.Parse("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
        var otherArn = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");

        // The ID CreateKey gives a key's first material: SHA-256 of "<account>:<key ID>", which replicas share.
        var derived = KeyMaterialId.FromBytes(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes("111122223333:1234abcd-12ab-34cd-56ef-1234567890ab")));
        var random = KeyMaterialId.FromBytes(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var first = KeyMaterialRecord.OfOneVersion(s_arn, derived, System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var replica = first.For(westArn);
        var rotated = KeyMaterialRecord.OfOneVersion(otherArn, derived, System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))
            .WithCurrent(new StoredKeyMaterial(random, System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        store.TryCommit(new KeyStoreCommit().Add(KmsKey.Create(s_arn, s_created)).PutKeyMaterial(first)).ShouldBeTrue();
        store.TryCommit(new KeyStoreCommit().Add(KmsKey.Create(westArn, s_created)).PutKeyMaterial(replica)).ShouldBeTrue();
        store.TryCommit(new KeyStoreCommit().Add(KmsKey.Create(otherArn, s_created)).PutKeyMaterial(rotated)).ShouldBeTrue();

        Described(store.FindKeyMaterial(s_arn)).ShouldBe(Described(first));
        Described(store.FindKeyMaterial(westArn)).ShouldBe(Described(replica));
        Described(store.FindKeyMaterial(otherArn)).ShouldBe(Described(rotated));

        store.TryCommit(new KeyStoreCommit().Remove(store.FindKey(s_arn)!)).ShouldBeTrue();
        store.FindKeyMaterial(s_arn).ShouldBeNull();
        Described(store.FindKeyMaterial(westArn)).ShouldBe(Described(replica));
    }

    // Every member of a material record, the bytes as hex.
    private static string Described(KeyMaterialRecord? record) => record is null ? "none" :
        $"{record.Arn} {record.CurrentId} {record.Current?.Id} {string.Join(",", record.Versions.Select(v => $"{v.Id}:{Convert.ToHexString(v.Material.Span)}"))}";

    [StoreFact]
    public void ImportSessions_AreTheKeys_OldestFirst_MemberForMember_AndGoWithIt()
    {
        var store = NewStore();
        var key = KmsKey.Create(s_arn, s_created);
        var otherArn = KeyArn.Parse("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
        store.TryCommit(new KeyStoreCommit().Add(key).Add(KmsKey.Create(otherArn, s_created))).ShouldBeTrue();
        var later = Session(s_arn, token: 1, issuedAt: s_created.AddMinutes(2));
        var earlier = Session(s_arn, token: 2, issuedAt: s_created.AddMinutes(1));
        var others = Session(otherArn, token: 3, issuedAt: s_created);

        store.ListImportSessions(s_arn).ShouldBeEmpty();
        store.TryCommit(new KeyStoreCommit().Expect(key).AddImportSession(later)).ShouldBeTrue();
        store.TryCommit(new KeyStoreCommit().Expect(key).AddImportSession(earlier)).ShouldBeTrue();
        store.TryCommit(new KeyStoreCommit().AddImportSession(others)).ShouldBeTrue();

        Described(store.ListImportSessions(s_arn)).ShouldBe([Describe(earlier), Describe(later)]);
        Described(store.ListImportSessions(otherArn)).ShouldBe([Describe(others)]);

        // A token ID is the key's once; a session that is gone cannot go twice; a stale key keeps a session out.
        store.TryCommit(new KeyStoreCommit().AddImportSession(Session(s_arn, token: 1, issuedAt: s_created))).ShouldBeFalse();
        store.TryCommit(new KeyStoreCommit().RemoveImportSession(earlier)).ShouldBeTrue();
        store.TryCommit(new KeyStoreCommit().RemoveImportSession(earlier)).ShouldBeFalse();
        store.TryCommit(new KeyStoreCommit().Expect(KmsKey.Create(s_arn, s_created)).AddImportSession(Session(s_arn, token: 4, issuedAt: s_created))).ShouldBeFalse();
        Described(store.ListImportSessions(s_arn)).ShouldBe([Describe(later)]);

        // A removed key takes its sessions; the other key keeps its own.
        store.TryCommit(new KeyStoreCommit().Remove(store.FindKey(s_arn)!)).ShouldBeTrue();
        store.TryAdd(KmsKey.Create(s_arn, s_created)).ShouldBeTrue();
        store.ListImportSessions(s_arn).ShouldBeEmpty();
        Described(store.ListImportSessions(otherArn)).ShouldBe([Describe(others)]);
    }

    [StoreFact]
    public async Task ImportSessions_AddedInParallel_AreAllKept()
    {
        var store = NewStore();
        store.TryAdd(KmsKey.Create(s_arn, s_created));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(() =>
        {
            for (var i = 0; i < 6; i++)
            {
                var session = Session(s_arn, token: (writer * 10) + i, issuedAt: s_created.AddSeconds(i));
                while (!store.TryCommit(new KeyStoreCommit().Expect(store.FindKey(s_arn)!).AddImportSession(session)))
                {
                }
            }
        })));

        store.ListImportSessions(s_arn).Select(session => session.TokenId).Order(StringComparer.Ordinal)
            .ShouldBe(Enumerable.Range(0, 8).SelectMany(writer => Enumerable.Range(0, 6).Select(i => ImportSessionRecord.TokenIdOf([(byte)((writer * 10) + i)]))).Order(StringComparer.Ordinal));
    }

    private static ImportSessionRecord Session(KeyArn key, int token, DateTimeOffset issuedAt) => new(
        key, ImportSessionRecord.TokenIdOf([(byte)token]), "RSAES_OAEP_SHA_256", new byte[] { 0x30, (byte)token, 1, 2 }, issuedAt, issuedAt.AddHours(24));

    // Every member, the private key's bytes as hex: what a store that writes records down must read back.
    private static string Describe(ImportSessionRecord session) =>
        $"{session.KeyArn} {session.TokenId} {session.WrappingAlgorithm} {Convert.ToHexString(session.WrappingPrivateKey.Span)} {session.IssuedAt:O} {session.ValidTo:O}";

    private static string[] Described(System.Collections.Generic.IEnumerable<ImportSessionRecord> sessions) => [.. sessions.Select(Describe)];

    [StoreFact]
    public void TryAdd_ExistingArn_Fails()
    {
        var store = NewStore();

        store.TryAdd(KmsKey.Create(s_arn, s_created)).ShouldBeTrue();
        store.TryAdd(KmsKey.Create(s_arn, s_created)).ShouldBeFalse();
    }

    [StoreFact]
    public void TryCommit_OneStaleChange_AppliesNothing()
    {
        var store = NewStore();
        var east = KmsKey.Create(s_arn, s_created);
        var westArn = KeyArn.Parse("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
        store.TryAdd(east);

        var commit = new KeyStoreCommit().Add(KmsKey.Create(westArn, s_created)).Replace(KmsKey.Create(s_arn, s_created), east);

        store.TryCommit(commit).ShouldBeFalse();
        store.FindKey(westArn).ShouldBeNull();
    }

    [StoreFact]
    public void TryCommit_AcrossAccounts_Throws() =>
        Should.Throw<ArgumentException>(() => NewStore().TryCommit(new KeyStoreCommit()
            .Add(KmsKey.Create(s_arn, s_created))
            .Add(KmsKey.Create(KeyArn.Parse("arn:aws:kms:us-east-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab"), s_created))));

    [StoreFact]
    public void ListKeys_IsASnapshotOrderedByKeyId()
    {
        var store = NewStore();
        foreach (var id in new[] { "ffffffff-12ab-34cd-56ef-1234567890ab", "00000000-12ab-34cd-56ef-1234567890ab" })
        {
            store.TryAdd(KmsKey.Create(KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/" + id), s_created));
        }

        var snapshot = store.ListKeys(AwsAccountId.Parse("111122223333"), AwsRegion.UsEast1);
        store.TryAdd(KmsKey.Create(s_arn, s_created));

        snapshot.Select(key => key.KeyId.ToString()).ShouldBe(["00000000-12ab-34cd-56ef-1234567890ab", "ffffffff-12ab-34cd-56ef-1234567890ab"]);
    }

    [StoreFact]
    public void AddCustomKeyStore_NameTaken_Fails()
    {
        var store = NewStore();
        KmsCustomKeyStore Named(string id) => new()
        {
            Id = id, AccountId = AwsAccountId.Parse("111122223333"), Region = AwsRegion.UsEast1, Name = "same",
            StoreType = CustomKeyStoreType.AwsCloudHsm, CreationDate = s_created,
        };

        store.TryCommit(new KeyStoreCommit().AddCustomKeyStore(Named("cks-00000000000000001"))).ShouldBeTrue();
        store.TryCommit(new KeyStoreCommit().AddCustomKeyStore(Named("cks-00000000000000002"))).ShouldBeFalse();
    }

    [StoreFact]
    public async Task CompareAndSwapLoops_InParallel_LoseNoUpdate()
    {
        var store = NewStore();
        store.TryAdd(KmsKey.Create(s_arn, s_created));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(() =>
        {
            for (var tag = 0; tag < 6; tag++)
            {
                while (true)
                {
                    var current = store.FindKey(s_arn)!;
                    var tagged = KeyTransitions.TagResource(current, [new KeyTag($"w{writer}-t{tag}", "v")]).AsT0;
                    if (store.TryReplace(current, tagged))
                    {
                        break;
                    }
                }
            }
        })));

        store.FindKey(s_arn)!.Tags.Count.ShouldBe(48);
    }
}
