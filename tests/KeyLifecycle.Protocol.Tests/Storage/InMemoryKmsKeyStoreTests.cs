using System;
using System.Linq;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Storage;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Storage;

/// <summary>The contract for <see cref="InMemoryKmsKeyStore"/>.</summary>
public class InMemoryKmsKeyStoreTests : KmsKeyStoreContract
{
    protected override IKmsKeyStore NewStore() => new InMemoryKmsKeyStore();
}

/// <summary>The index properties for <see cref="InMemoryKmsKeyStore"/>.</summary>
public class StoreIndexProperties : StoreIndexContract
{
    protected override IKmsKeyStore NewStore() => new InMemoryKmsKeyStore();
}

/// <summary>The due index after a change that takes a key's due time away.</summary>
public class StoreIndexTests
{
    private static readonly KeyArn s_arn = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    private static readonly DateTimeOffset s_now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AKeyWhoseDeletionIsCancelled_LeavesTheDueIndex()
    {
        var store = new InMemoryKmsKeyStore();
        var key = KmsKey.Create(s_arn, s_now);
        store.TryAdd(key);
        var scheduled = KeyTransitions.ScheduleKeyDeletion(key, 7, s_now).AsT0;
        store.TryReplace(key, scheduled);
        store.ListDue(s_arn.AccountId, s_now.AddDays(7)).Single().ShouldBe(scheduled);

        var cancelled = KeyTransitions.CancelKeyDeletion(scheduled).AsT0;
        store.TryReplace(scheduled, cancelled);

        store.ListDue(s_arn.AccountId, DateTimeOffset.MaxValue).ShouldBeEmpty();
    }
}
