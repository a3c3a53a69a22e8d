using System.Collections.Immutable;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

/// <summary>Records that hold collections compare them by value, so two keys reached by different paths are equal when their contents are.</summary>
public class ValueEqualityTests
{
    private static readonly KmsKey s_key = LifecycleKeys.SingleRegion();

    [Fact]
    public void KeyTagCollection_SameTagsAddedInAnotherOrder_AreEqualWithEqualHashes()
    {
        var a = KeyTransitions.TagResource(s_key, [new("Team", "Blue"), new("Cost", "42")]).AsT0.Tags;
        var b = KeyTransitions.TagResource(KeyTransitions.TagResource(s_key, [new("Cost", "42")]).AsT0, [new("Team", "Blue")]).AsT0.Tags;

        a.ShouldNotBeSameAs(b);
        a.Equals(b).ShouldBeTrue();
        a.Equals((object)b).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.ShouldBe([new KeyTag("Cost", "42"), new KeyTag("Team", "Blue")]);
    }

    [Fact]
    public void KeyTagCollection_ThatAChangeLeavesAsItWas_IsTheSameInstance()
    {
        // So that a store holding many keys created without tags holds one empty collection, not one per key.
        s_key.Tags.ShouldBeSameAs(KeyTagCollection.Empty);
        var tagged = KeyTransitions.TagResource(s_key, [new("Team", "Blue")]).AsT0;

        KeyTransitions.UntagResource(tagged, ["Cost"]).AsT0.Tags.ShouldBeSameAs(tagged.Tags);
        KeyTransitions.TagResource(s_key, []).AsT0.Tags.ShouldBeSameAs(KeyTagCollection.Empty);
    }

    [Fact]
    public void AKeyWhoseDeletionWasScheduledAndCancelled_EqualsTheSameKeyDisabled_WithEqualHashes()
    {
        // CancelKeyDeletion leaves a key Disabled with no deletion date or window ("the key state is Disabled",
        // API_CancelKeyDeletion), as DisableKey does: two paths, one key.
        var cancelled = KeyTransitions.CancelKeyDeletion(KeyTransitions.ScheduleKeyDeletion(s_key, 7, s_key.CreationDate).AsT0).AsT0;
        var disabled = KeyTransitions.DisableKey(s_key).AsT0;

        cancelled.DeletionDate.ShouldBeNull();
        cancelled.Equals(disabled).ShouldBeTrue();
        cancelled.GetHashCode().ShouldBe(disabled.GetHashCode());
        cancelled.ToString().ShouldBe(disabled.ToString());
        KeyTransitions.ScheduleKeyDeletion(s_key, 7, s_key.CreationDate).AsT0.Equals(KeyTransitions.ScheduleKeyDeletion(s_key, 8, s_key.CreationDate).AsT0).ShouldBeFalse();
    }

    [Fact]
    public void KeyTagCollection_DifferentValueOrKeyOrCount_AreNotEqual()
    {
        var tags = KeyTransitions.TagResource(s_key, [new("Team", "Blue")]).AsT0.Tags;

        tags.Equals(KeyTransitions.TagResource(s_key, [new("Team", "Red")]).AsT0.Tags).ShouldBeFalse();
        tags.Equals(KeyTransitions.TagResource(s_key, [new("Crew", "Blue")]).AsT0.Tags).ShouldBeFalse();
        tags.Equals(KeyTransitions.TagResource(s_key, [new("Team", "Blue"), new("Cost", "1")]).AsT0.Tags).ShouldBeFalse();
        tags.Equals(null).ShouldBeFalse();
    }

    [Fact]
    public void KeyTagCollection_TryGetValue_FindsOnlyPresentKeys()
    {
        var tags = KeyTransitions.TagResource(s_key, [new("Team", "Blue")]).AsT0.Tags;

        tags.TryGetValue("Team", out var value).ShouldBeTrue();
        value.ShouldBe("Blue");
        tags.TryGetValue("team", out var missing).ShouldBeFalse();
        missing.ShouldBe("");
    }

    [Fact]
    public void MultiRegionConfiguration_SameReplicasReachedSeparately_AreEqual()
    {
        var first = LifecycleKeys.PrimaryWithReplica().Primary.MultiRegionConfiguration!;
        var second = LifecycleKeys.PrimaryWithReplica().Primary.MultiRegionConfiguration!;

        first.ShouldNotBeSameAs(second);
        first.Equals(second).ShouldBeTrue();
        first.GetHashCode().ShouldBe(second.GetHashCode());
    }

    [Fact]
    public void MultiRegionConfiguration_DifferentRoleOrReplicas_AreNotEqual()
    {
        var (primary, replica) = LifecycleKeys.PrimaryWithReplica();
        var primaryConfiguration = primary.MultiRegionConfiguration!;

        primaryConfiguration.Equals(replica.MultiRegionConfiguration).ShouldBeFalse();
        primaryConfiguration.Equals(LifecycleKeys.Primary().MultiRegionConfiguration).ShouldBeFalse();
        primaryConfiguration.Equals(null).ShouldBeFalse();
        (primaryConfiguration with { ReplicaKeys = ImmutableArray<KeyArn>.Empty }).Equals(primaryConfiguration).ShouldBeFalse();
    }
}
