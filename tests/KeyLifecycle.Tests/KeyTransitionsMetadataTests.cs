using System;
using System.Linq;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

/// <summary>UpdateKeyDescription, TagResource and UntagResource against section 2.1 of the specification and the service's tag limits.</summary>
public class KeyTransitionsMetadataTests
{
    private const string Single = LifecycleKeys.SingleRegionArn;
    private const string Primary = LifecycleKeys.PrimaryArn;
    private static readonly KeyTag[] s_team = [new("Team", "Blue")];

    [Theory]
    [InlineData(KeyState.Creating, "ok: Creating")]
    [InlineData(KeyState.Enabled, "ok: Enabled")]
    [InlineData(KeyState.Disabled, "ok: Disabled")]
    [InlineData(KeyState.PendingDeletion, "KMSInvalidStateException: " + Single + " is pending deletion.")]
    [InlineData(KeyState.PendingImport, "ok: PendingImport")]
    [InlineData(KeyState.PendingReplicaDeletion, "KMSInvalidStateException: " + Primary + " is pending replica deletion.")]
    [InlineData(KeyState.Unavailable, "ok: Unavailable")]
    [InlineData(KeyState.Updating, "ok: Updating")]
    public void UpdateKeyDescription_InEachState_FollowsTheKeyStateTable(KeyState state, string expected) =>
        LifecycleKeys.Outcome(KeyTransitions.UpdateKeyDescription(LifecycleKeys.InState(state), "Key for the billing service").Value).ShouldBe(expected);

    [Theory]
    [InlineData(KeyState.Creating, "ok: Creating")]
    [InlineData(KeyState.Enabled, "ok: Enabled")]
    [InlineData(KeyState.Disabled, "ok: Disabled")]
    [InlineData(KeyState.PendingDeletion, "KMSInvalidStateException: " + Single + " is pending deletion.")]
    [InlineData(KeyState.PendingImport, "ok: PendingImport")]
    [InlineData(KeyState.PendingReplicaDeletion, "KMSInvalidStateException: " + Primary + " is pending replica deletion.")]
    [InlineData(KeyState.Unavailable, "ok: Unavailable")]
    [InlineData(KeyState.Updating, "ok: Updating")]
    public void TagResource_InEachState_FollowsTheKeyStateTable(KeyState state, string expected) =>
        LifecycleKeys.Outcome(KeyTransitions.TagResource(LifecycleKeys.InState(state), s_team).Value).ShouldBe(expected);

    [Theory]
    [InlineData(KeyState.Creating, "ok: Creating")]
    [InlineData(KeyState.Enabled, "ok: Enabled")]
    [InlineData(KeyState.Disabled, "ok: Disabled")]
    [InlineData(KeyState.PendingDeletion, "KMSInvalidStateException: " + Single + " is pending deletion.")]
    [InlineData(KeyState.PendingImport, "ok: PendingImport")]
    [InlineData(KeyState.PendingReplicaDeletion, "KMSInvalidStateException: " + Primary + " is pending replica deletion.")]
    [InlineData(KeyState.Unavailable, "ok: Unavailable")]
    [InlineData(KeyState.Updating, "ok: Updating")]
    public void UntagResource_InEachState_FollowsTheKeyStateTable(KeyState state, string expected) =>
        LifecycleKeys.Outcome(KeyTransitions.UntagResource(LifecycleKeys.InState(state), ["Team"]).Value).ShouldBe(expected);

    [Fact]
    public void UpdateKeyDescription_NewText_ReplacesTheDescription() =>
        KeyTransitions.UpdateKeyDescription(LifecycleKeys.SingleRegion(), "billing").AsT0.Description.ShouldBe("billing");

    [Fact]
    public void UpdateKeyDescription_SameText_ReturnsTheSameInstance()
    {
        var key = KeyTransitions.UpdateKeyDescription(LifecycleKeys.SingleRegion(), "billing").AsT0;

        KeyTransitions.UpdateKeyDescription(key, "billing").AsT0.ShouldBeSameAs(key);
    }

    [Fact]
    public void UpdateKeyDescription_EmptyOrAtTheLimit_IsAccepted()
    {
        KeyTransitions.UpdateKeyDescription(LifecycleKeys.SingleRegion(), string.Empty).IsT0.ShouldBeTrue();
        KeyTransitions.UpdateKeyDescription(LifecycleKeys.SingleRegion(), new string('d', 8192)).AsT0.Description.Length.ShouldBe(8192);
    }

    [Fact]
    public void UpdateKeyDescription_OverTheLimit_IsTheModelsValidationException()
    {
        var text = new string('d', 8193);

        LifecycleKeys.Outcome(KeyTransitions.UpdateKeyDescription(LifecycleKeys.SingleRegion(), text).Value).ShouldBe(
            "ValidationException: 1 validation error detected: Value '" + text
            + "' at 'description' failed to satisfy constraint: Member must have length less than or equal to 8192");
    }

    [Fact]
    public void UpdateKeyDescription_OverTheLimitOnAKeyPendingDeletion_ValidatesBeforeTheState() =>
        KeyTransitions.UpdateKeyDescription(LifecycleKeys.InState(KeyState.PendingDeletion), new string('d', 8193)).AsT1.ErrorCode
            .ShouldBe("ValidationException");

    [Fact]
    public void TagResource_ExistingKey_ReplacesTheValueAndKeepsTheOthers()
    {
        var key = KeyTransitions.TagResource(LifecycleKeys.SingleRegion(), [new("Team", "Blue"), new("Cost", "42")]).AsT0;

        var retagged = KeyTransitions.TagResource(key, [new("Team", "Red"), new("Env", string.Empty)]).AsT0;

        retagged.Tags.ShouldBe([new("Cost", "42"), new("Env", string.Empty), new("Team", "Red")]);
    }

    [Theory]
    [InlineData("aws:createdBy", "TagException: Tags beginning with aws: are reserved")]
    [InlineData("AWS:createdBy", "TagException: Tags beginning with aws: are reserved")]
    [InlineData("", "ValidationException: 1 validation error detected: Value '' at 'tags.1.member.tagKey' failed to satisfy constraint: Member must have length greater than or equal to 1")]
    public void TagResource_RefusedKey_IsRefused(string tagKey, string expected) =>
        LifecycleKeys.Outcome(KeyTransitions.TagResource(LifecycleKeys.SingleRegion(), [new(tagKey, "v")]).Value).ShouldBe(expected);

    [Fact]
    public void TagResource_KeyOf128Characters_IsAcceptedAnd129IsNot()
    {
        KeyTransitions.TagResource(LifecycleKeys.SingleRegion(), [new(new string('k', 128), "v")]).IsT0.ShouldBeTrue();
        LifecycleKeys.Outcome(KeyTransitions.TagResource(LifecycleKeys.SingleRegion(), [new(new string('k', 129), "v")]).Value)
            .ShouldBe("ValidationException: 1 validation error detected: Value '" + new string('k', 129)
                + "' at 'tags.1.member.tagKey' failed to satisfy constraint: Member must have length less than or equal to 128");
    }

    [Fact]
    public void TagResource_ValueOf256Characters_IsAcceptedAnd257IsNot()
    {
        KeyTransitions.TagResource(LifecycleKeys.SingleRegion(), [new("Team", new string('v', 256))]).IsT0.ShouldBeTrue();
        LifecycleKeys.Outcome(KeyTransitions.TagResource(LifecycleKeys.SingleRegion(), [new("Team", new string('v', 257))]).Value)
            .ShouldBe("ValidationException: 1 validation error detected: Value '" + new string('v', 257)
                + "' at 'tags.1.member.tagValue' failed to satisfy constraint: Member must have length less than or equal to 256");
    }

    [Fact]
    public void TagResource_FiftyTags_IsAcceptedAndTheFiftyFirstIsNot()
    {
        var fifty = Enumerable.Range(0, 50).Select(i => new KeyTag($"k{i:00}", "v")).ToArray();
        var key = KeyTransitions.TagResource(LifecycleKeys.SingleRegion(), fifty).AsT0;

        key.Tags.Count.ShouldBe(50);
        KeyTransitions.TagResource(key, [new("k00", "replaced")]).IsT0.ShouldBeTrue();
        LifecycleKeys.Outcome(KeyTransitions.TagResource(key, [new("k50", "v")]).Value).ShouldBe("TagException: Too many tags");
    }

    [Fact]
    public void TagResource_ReservedKeyOnAKeyPendingDeletion_ChecksTheTagFirst() =>
        KeyTransitions.TagResource(LifecycleKeys.InState(KeyState.PendingDeletion), [new("aws:x", "v")]).AsT2.Message
            .ShouldBe("Tags beginning with aws: are reserved");

    [Fact]
    public void TagResource_DuplicateKeysInOneRequest_IsTagException() =>
        LifecycleKeys.Outcome(KeyTransitions.TagResource(LifecycleKeys.SingleRegion(), [new("Team", "a"), new("Team", "b")]).Value)
            .ShouldBe("TagException: Duplicate tag keys");

    [Fact]
    public void TagResource_SecondTagTooLong_NamesItsPosition() =>
        LifecycleKeys.Outcome(KeyTransitions.TagResource(LifecycleKeys.SingleRegion(), [new("Team", "a"), new("Cost", new string('v', 257))]).Value)
            .ShouldBe("ValidationException: 1 validation error detected: Value '" + new string('v', 257)
                + "' at 'tags.2.member.tagValue' failed to satisfy constraint: Member must have length less than or equal to 256");

    [Fact]
    public void UntagResource_EmptyKey_IsValidationExceptionAtItsPosition() =>
        LifecycleKeys.Outcome(KeyTransitions.UntagResource(LifecycleKeys.SingleRegion(), ["Team", ""]).Value)
            .ShouldBe("ValidationException: 1 validation error detected: Value '' at 'tagKeys.2.member' failed to satisfy constraint: Member must have length greater than or equal to 1");

    [Fact]
    public void UntagResource_KeysPresentAndAbsent_RemovesThePresentOnes()
    {
        var key = KeyTransitions.TagResource(LifecycleKeys.SingleRegion(), [new("Team", "Blue"), new("Cost", "42")]).AsT0;

        KeyTransitions.UntagResource(key, ["Team", "Absent"]).AsT0.Tags.ShouldBe([new("Cost", "42")]);
    }

    [Fact]
    public void UntagResource_ReservedKey_IsTagException() =>
        LifecycleKeys.Outcome(KeyTransitions.UntagResource(LifecycleKeys.SingleRegion(), ["aws:cloudformation:stack-name"]).Value)
            .ShouldBe("TagException: Tags beginning with aws: are reserved");

    [Fact]
    public void MetadataTransitions_NullArguments_Throw()
    {
        var key = LifecycleKeys.SingleRegion();
        Should.Throw<ArgumentNullException>(() => KeyTransitions.UpdateKeyDescription(null!, "d"));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.UpdateKeyDescription(key, null!));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.TagResource(null!, s_team));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.TagResource(key, null!));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.UntagResource(null!, ["Team"]));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.UntagResource(key, null!));
    }
}
