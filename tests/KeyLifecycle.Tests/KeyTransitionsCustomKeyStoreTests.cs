using System;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

/// <summary>KeyStoreDisconnected and KeyStoreConnected against sections 1 and 2.2 (footnotes 12 and 13) of the specification.</summary>
public class KeyTransitionsCustomKeyStoreTests
{
    public static TheoryData<string> StoreOrigins => new() { "AWS_CLOUDHSM", "EXTERNAL_KEY_STORE" };

    private static KmsKey InStore(string origin) => origin == "AWS_CLOUDHSM" ? LifecycleKeys.CloudHsm() : LifecycleKeys.ExternalKeyStore();

    [Theory]
    [MemberData(nameof(StoreOrigins))]
    public void KeyStoreDisconnected_Enabled_IsUnavailableAndRemembersEnabled(string origin)
    {
        var key = KeyTransitions.KeyStoreDisconnected(InStore(origin));

        key.State.ShouldBe(KeyState.Unavailable);
        key.Enabled.ShouldBeFalse();
        key.StateWhenAvailable.ShouldBe(KeyState.Enabled);
    }

    [Fact]
    public void KeyStoreDisconnected_Disabled_IsUnavailableAndRemembersDisabled()
    {
        var key = KeyTransitions.KeyStoreDisconnected(LifecycleKeys.Disabled(LifecycleKeys.CloudHsm()));

        key.State.ShouldBe(KeyState.Unavailable);
        key.StateWhenAvailable.ShouldBe(KeyState.Disabled);
    }

    [Fact]
    public void KeyStoreDisconnected_PendingDeletion_StaysPendingDeletion()
    {
        var scheduled = LifecycleKeys.Scheduled(LifecycleKeys.ExternalKeyStore());

        KeyTransitions.KeyStoreDisconnected(scheduled).ShouldBeSameAs(scheduled);
    }

    [Fact]
    public void KeyStoreDisconnected_Unavailable_ReturnsTheSameInstance()
    {
        var key = LifecycleKeys.InState(KeyState.Unavailable);

        KeyTransitions.KeyStoreDisconnected(key).ShouldBeSameAs(key);
    }

    [Theory]
    [InlineData(KeyState.Enabled, KeyState.Enabled)]
    [InlineData(KeyState.Disabled, KeyState.Disabled)]
    public void KeyStoreConnected_Unavailable_ReturnsToTheRememberedState(KeyState before, KeyState after)
    {
        var key = before == KeyState.Enabled ? LifecycleKeys.CloudHsm() : LifecycleKeys.Disabled(LifecycleKeys.CloudHsm());

        var connected = KeyTransitions.KeyStoreConnected(KeyTransitions.KeyStoreDisconnected(key));

        connected.State.ShouldBe(after);
        connected.StateWhenAvailable.ShouldBeNull();
    }

    [Fact]
    public void KeyStoreConnected_AfterDisableKeyWhileUnavailable_AppliesTheDeferredDisable()
    {
        var unavailable = KeyTransitions.KeyStoreDisconnected(LifecycleKeys.CloudHsm());
        var deferred = KeyTransitions.DisableKey(unavailable).AsT0;
        deferred.State.ShouldBe(KeyState.Unavailable);

        KeyTransitions.KeyStoreConnected(deferred).State.ShouldBe(KeyState.Disabled);
    }

    [Fact]
    public void KeyStoreConnected_AfterEnableKeyWhileUnavailable_AppliesTheDeferredEnable()
    {
        var unavailable = KeyTransitions.KeyStoreDisconnected(LifecycleKeys.Disabled(LifecycleKeys.ExternalKeyStore()));
        var deferred = KeyTransitions.EnableKey(unavailable).AsT0;

        KeyTransitions.KeyStoreConnected(deferred).State.ShouldBe(KeyState.Enabled);
    }

    [Fact]
    public void KeyStoreConnected_UnavailableScheduledForDeletion_StaysPendingDeletion()
    {
        var scheduled = LifecycleKeys.Scheduled(LifecycleKeys.InState(KeyState.Unavailable));

        KeyTransitions.KeyStoreConnected(scheduled).ShouldBeSameAs(scheduled);
    }

    [Theory]
    [InlineData(KeyState.Enabled)]
    [InlineData(KeyState.Disabled)]
    public void KeyStoreConnected_Available_ReturnsTheSameInstance(KeyState state)
    {
        var key = state == KeyState.Enabled ? LifecycleKeys.CloudHsm() : LifecycleKeys.Disabled(LifecycleKeys.CloudHsm());

        KeyTransitions.KeyStoreConnected(key).ShouldBeSameAs(key);
    }

    [Fact]
    public void KeyStoreEvents_KeyNotInACustomKeyStore_Throw()
    {
        Should.Throw<ArgumentException>(() => KeyTransitions.KeyStoreDisconnected(LifecycleKeys.SingleRegion()))
            .Message.ShouldStartWith("The key " + LifecycleKeys.SingleRegionArn + " is not in a custom key store.");
        Should.Throw<ArgumentException>(() => KeyTransitions.KeyStoreConnected(LifecycleKeys.External()));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.KeyStoreDisconnected(null!));
        Should.Throw<ArgumentNullException>(() => KeyTransitions.KeyStoreConnected(null!));
    }
}
