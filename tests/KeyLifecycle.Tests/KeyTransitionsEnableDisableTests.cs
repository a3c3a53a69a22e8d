using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

/// <summary>The EnableKey and DisableKey rows of the key-state table, cell by cell, with the service's literal messages.</summary>
public class KeyTransitionsEnableDisableTests
{
    private const string Arn = TestKeys.ArnText;

    [Fact]
    public void EnableKey_Disabled_BecomesEnabled()
    {
        var key = TestKeys.InState(KeyState.Disabled);

        var enabled = KeyTransitions.EnableKey(key).AsT0;

        enabled.State.ShouldBe(KeyState.Enabled);
        enabled.Enabled.ShouldBeTrue();
    }

    [Fact]
    public void EnableKey_Enabled_ReturnsTheSameInstance()
    {
        var key = TestKeys.Enabled();

        KeyTransitions.EnableKey(key).AsT0.ShouldBeSameAs(key);
    }

    [Fact]
    public void DisableKey_Enabled_BecomesDisabled()
    {
        var disabled = KeyTransitions.DisableKey(TestKeys.Enabled()).AsT0;

        disabled.State.ShouldBe(KeyState.Disabled);
        disabled.Enabled.ShouldBeFalse();
    }

    [Fact]
    public void DisableKey_Disabled_ReturnsTheSameInstance()
    {
        var key = TestKeys.InState(KeyState.Disabled);

        KeyTransitions.DisableKey(key).AsT0.ShouldBeSameAs(key);
    }

    [Theory]
    [InlineData(KeyState.PendingDeletion, Arn + " is pending deletion.")]
    [InlineData(KeyState.PendingReplicaDeletion, Arn + " is pending replica deletion.")]
    [InlineData(KeyState.PendingImport, Arn + " is pending import.")]
    [InlineData(KeyState.Creating, Arn + " is creating.")]
    [InlineData(KeyState.Updating, Arn + " is updating.")]
    public void EnableKey_RefusedState_IsKmsInvalidStateWithTheAwsMessage(KeyState state, string message)
    {
        var key = TestKeys.InState(state, state == KeyState.PendingImport ? KeyOrigin.External : KeyOrigin.AwsKms);

        var error = KeyTransitions.EnableKey(key).AsT1;

        error.ErrorCode.ShouldBe("KMSInvalidStateException");
        error.Message.ShouldBe(message);
        error.Operation.ShouldBe(KmsOperation.EnableKey);
        error.State.ShouldBe(state);
    }

    [Theory]
    [InlineData(KeyState.PendingDeletion, Arn + " is pending deletion.")]
    [InlineData(KeyState.PendingReplicaDeletion, Arn + " is pending replica deletion.")]
    [InlineData(KeyState.PendingImport, Arn + " is pending import.")]
    [InlineData(KeyState.Creating, Arn + " is creating.")]
    [InlineData(KeyState.Updating, Arn + " is updating.")]
    public void DisableKey_RefusedState_IsKmsInvalidStateWithTheAwsMessage(KeyState state, string message)
    {
        var key = TestKeys.InState(state, state == KeyState.PendingImport ? KeyOrigin.External : KeyOrigin.AwsKms);

        var error = KeyTransitions.DisableKey(key).AsT1;

        error.ErrorCode.ShouldBe("KMSInvalidStateException");
        error.Message.ShouldBe(message);
        error.Operation.ShouldBe(KmsOperation.DisableKey);
    }

    [Fact]
    public void EnableKey_Unavailable_DefersTheStateUntilTheStoreReconnects()
    {
        var key = TestKeys.InState(KeyState.Unavailable, KeyOrigin.AwsCloudHsm) with { StateWhenAvailable = KeyState.Disabled };

        var result = KeyTransitions.EnableKey(key).AsT0;

        result.State.ShouldBe(KeyState.Unavailable);
        result.StateWhenAvailable.ShouldBe(KeyState.Enabled);
    }

    [Fact]
    public void DisableKey_Unavailable_DefersTheStateUntilTheStoreReconnects()
    {
        var key = TestKeys.InState(KeyState.Unavailable, KeyOrigin.ExternalKeyStore);

        var result = KeyTransitions.DisableKey(key).AsT0;

        result.State.ShouldBe(KeyState.Unavailable);
        result.StateWhenAvailable.ShouldBe(KeyState.Disabled);
    }

    [Fact]
    public void EnableKey_UnavailableAlreadyDeferredToEnabled_ReturnsTheSameInstance()
    {
        var key = TestKeys.InState(KeyState.Unavailable, KeyOrigin.AwsCloudHsm);

        KeyTransitions.EnableKey(key).AsT0.ShouldBeSameAs(key);
    }

    [Theory]
    [InlineData(KeyState.Enabled)]
    [InlineData(KeyState.Disabled)]
    public void EnableKey_AwsManagedKey_IsAccessDeniedToTheAccountRoot(KeyState state)
    {
        var key = TestKeys.InState(state, manager: KeyManager.Aws);

        var error = KeyTransitions.EnableKey(key).AsT2;

        error.ErrorCode.ShouldBe("AccessDeniedException");
        error.Message.ShouldBe(
            "User: arn:aws:iam::111122223333:root is not authorized to perform: kms:EnableKey on resource: "
            + Arn + " because no resource-based policy allows the kms:EnableKey action");
    }

    [Fact]
    public void DisableKey_AwsManagedKey_IsAccessDenied()
    {
        var error = KeyTransitions.DisableKey(TestKeys.InState(KeyState.Enabled, manager: KeyManager.Aws)).AsT2;

        error.Message.ShouldBe(
            "User: arn:aws:iam::111122223333:root is not authorized to perform: kms:DisableKey on resource: "
            + Arn + " because no resource-based policy allows the kms:DisableKey action");
    }

    [Fact]
    public void AccessDenied_WithAnotherPrincipal_NamesThatPrincipal()
    {
        var error = KeyTransitions.DisableKey(TestKeys.InState(KeyState.Enabled, manager: KeyManager.Aws)).AsT2
            with { Principal = "arn:aws:iam::111122223333:user/alice" };

        error.Message.ShouldStartWith("User: arn:aws:iam::111122223333:user/alice is not authorized to perform: kms:DisableKey");
    }

    [Fact]
    public void EnableKey_NullKey_Throws()
    {
        Should.Throw<System.ArgumentNullException>(() => KeyTransitions.EnableKey(null!));
        Should.Throw<System.ArgumentNullException>(() => KeyTransitions.DisableKey(null!));
    }

    [Fact]
    public void EnableAndDisableRows_RefuseOnlyThroughKeyState()
    {
        // KeyTransitions maps the rules' DisabledException and UnsupportedOperationException arms to "unreachable" for
        // these two operations; this pins the table so that an edit making them reachable fails here.
        foreach (var operation in new[] { KmsOperation.EnableKey, KmsOperation.DisableKey })
        {
            foreach (var state in System.Enum.GetValues<KeyState>())
            {
                foreach (var origin in System.Enum.GetValues<KeyOrigin>())
                {
                    var outcome = KeyStateRules.Check(operation, TestKeys.InState(state, origin));
                    outcome.IsT2.ShouldBeFalse();
                    outcome.IsT3.ShouldBeFalse();
                }
            }
        }
    }
}
