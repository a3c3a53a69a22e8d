using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Testing.Tests.Generators;

/// <summary>Creation requests are ones the domain accepts, and generated keys reach every state of every origin.</summary>
[Properties(Arbitrary = [typeof(KmsArbitraries)], MaxTest = 300)]
public class KeyGeneratorTests
{
    [Property]
    public bool KeyCreationRequest_IsAcceptedInEveryPartition(KeyCreationRequest request, KmsCaller caller, Guid id) =>
        KmsKey.Create(request, id, caller, DateTimeOffset.UnixEpoch).IsT0;

    [Property]
    public Property KmsKey_IsInAStateItsOriginAllows(KmsKey key) =>
        (KmsGen.OriginStates.Contains((key.Origin, key.State)) || (key.KeyManager == KeyManager.Aws && key.State == KeyState.Enabled))
            .ToProperty()
            .Collect(key.State);

    [Property]
    public bool KmsKey_IsEnabledExactlyInTheEnabledState(KmsKey key) => key.Enabled == (key.State == KeyState.Enabled);

    [Fact]
    public void Keys_EveryOriginAndStateAppearsInTheDistribution()
    {
        var seen = Gen.Sample(KmsGen.Keys, 3000).Select(key => (key.Origin, key.State)).ToHashSet();

        KmsGen.OriginStates.Where(pair => !seen.Contains(pair)).ShouldBeEmpty();
    }

    [Fact]
    public void Keys_EveryStateIsReachable()
    {
        var states = Gen.Sample(KmsGen.Keys, 2000).Select(key => key.State).ToHashSet();

        states.ShouldBe(Enum.GetValues<KeyState>(), ignoreOrder: true);
    }

    public static IEnumerable<object[]> OriginStates() => KmsGen.OriginStates.Select(pair => new object[] { pair.Origin, pair.State });

    [Theory]
    [MemberData(nameof(OriginStates))]
    public void KeysIn_OriginAndState_GivesKeysThere(KeyOrigin origin, KeyState state)
    {
        var keys = Gen.Sample(KmsGen.KeysIn(origin, state), 25);

        keys.ShouldAllBe(key => key.Origin == origin && key.State == state && key.KeyManager == KeyManager.Customer);
        if (state is KeyState.Creating or KeyState.Updating or KeyState.PendingReplicaDeletion)
        {
            keys.ShouldAllBe(key => key.MultiRegion);
        }

        if (state == KeyState.PendingDeletion)
        {
            keys.ShouldAllBe(key => key.DeletionDate != null);
        }
    }

    [Fact]
    public void KeysIn_AStateNoKeyOfThatOriginCanBeIn_Throws() =>
        Should.Throw<ArgumentException>(() => KmsGen.KeysIn(KeyOrigin.AwsKms, KeyState.Unavailable));
}
