using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyLifecycle.Testing.Conformance;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Testing.Tests.Generators;

/// <summary>A failing property reports a simple counterexample, printed readably, not the first random one it met.</summary>
public class ShrinkingTests
{
    private static Config Seeded(int maxTest) => Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithReplay(1234UL, 5677UL);

    [Fact]
    public void FailingPropertyOverKeys_ShrinksToOneTagOnAPlainEnabledKey()
    {
        KmsKey? lastFailure = null;
        var property = Prop.ForAll(KmsArbitraries.KmsKey(), key =>
        {
            var holds = key.Tags.Count == 0;
            lastFailure = holds ? lastFailure : key;
            return holds;
        });

        var error = Should.Throw<Exception>(() => Check.One(Seeded(500), property));

        error.Message.ShouldMatch(@"Falsifiable, after \d+ tests? \([1-9]\d* shrinks?\)");
        var shrunk = lastFailure.ShouldNotBeNull();
        shrunk.Tags.Count.ShouldBe(1);
        shrunk.Description.ShouldBe(string.Empty);
        shrunk.MultiRegion.ShouldBeFalse();
        shrunk.State.ShouldBe(KeyState.Enabled);
        shrunk.Origin.ShouldBe(KeyOrigin.AwsKms);
        shrunk.KeySpec.ShouldBe(KeySpec.SymmetricDefault);

        // The counterexample FsCheck prints shows the tag and the configuration, not type names.
        var tag = shrunk.Tags.Single();
        error.Message.ShouldContain($"Tags = [{tag.TagKey}={tag.TagValue}]");
        error.Message.ShouldNotContain("KeyLifecycle.KeyTagCollection");
        error.Message.ShouldNotContain("ImmutableArray");
    }

    [Fact]
    public void FailingPropertyOverMultiRegionKeys_ShrinksTheReplicasButKeepsWhatFails()
    {
        KmsKey? lastFailure = null;
        var property = Prop.ForAll(KmsArbitraries.KmsKey(), key =>
        {
            var holds = key.State != KeyState.PendingReplicaDeletion;
            lastFailure = holds ? lastFailure : key;
            return holds;
        });

        var error = Should.Throw<Exception>(() => Check.One(Seeded(500), property));

        var shrunk = lastFailure.ShouldNotBeNull();
        shrunk.State.ShouldBe(KeyState.PendingReplicaDeletion);
        shrunk.Tags.Count.ShouldBe(0);
        shrunk.Description.ShouldBe(string.Empty);
        shrunk.Origin.ShouldBe(KeyOrigin.AwsKms);
        error.Message.ShouldContain($"ReplicaKeys = [{shrunk.MultiRegionConfiguration!.ReplicaKeys.Single()}]");
    }

    [Fact]
    public void FailingPropertyOverCreationRequests_ShrinksToOneTagAndTheDefaults()
    {
        KeyCreationRequest? lastFailure = null;
        var property = Prop.ForAll(KmsArbitraries.KeyCreationRequest(), request =>
        {
            var holds = request.Tags.Count == 0;
            lastFailure = holds ? lastFailure : request;
            return holds;
        });

        var error = Should.Throw<Exception>(() => Check.One(Seeded(500), property));

        var shrunk = lastFailure.ShouldNotBeNull();
        shrunk.ShouldBe(new KeyCreationRequest { Tags = shrunk.Tags }, "everything but the one tag is the default");
        shrunk.Tags.Count.ShouldBe(1);
        error.Message.ShouldContain($"Tags = [{shrunk.Tags[0].TagKey}={shrunk.Tags[0].TagValue}]");
    }

    [Fact]
    public void FailingPropertyOverScenarios_ShrinksToTheFewestStepsAndKeys()
    {
        LifecycleScenario? lastFailure = null;
        var property = Prop.ForAll(KmsArbitraries.LifecycleScenario(), scenario =>
        {
            var holds = scenario.Steps.Count < 3;
            lastFailure = holds ? lastFailure : scenario;
            return holds;
        });

        Should.Throw<Exception>(() => Check.One(Seeded(200), property));

        var shrunk = lastFailure.ShouldNotBeNull();
        shrunk.Steps.Count.ShouldBe(3);
        shrunk.Keys.Count.ShouldBe(1);
        shrunk.Keys[0].Tags.ShouldBeEmpty();
        shrunk.Keys[0].MultiRegion.ShouldBeFalse();
    }

    [Fact]
    public void ShrinkKey_OfAKeyNotMadeByTheGenerators_OffersNothing() =>
        KmsGen.ShrinkKey(KmsKey.Create(Identifiers.KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"), DateTimeOffset.UnixEpoch))
            .ShouldBeEmpty();
}
