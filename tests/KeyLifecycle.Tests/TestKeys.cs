using System;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Tests;

/// <summary>Keys in any state for unit tests of single cells, built from the public factory then placed in the state under test.</summary>
internal static class TestKeys
{
    public const string ArnText = "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    public static readonly KeyArn Arn = KeyArn.Parse(ArnText);

    public static readonly DateTimeOffset Created = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static KmsKey Enabled() => KmsKey.Create(Arn, Created);

    public static KmsKey InState(KeyState state, KeyOrigin origin = KeyOrigin.AwsKms, KeyManager manager = KeyManager.Customer) =>
        Enabled() with
        {
            State = state,
            Origin = origin,
            KeyManager = manager,
            HasKeyMaterial = origin != KeyOrigin.External || state != KeyState.PendingImport,
            CustomKeyStoreId = origin is KeyOrigin.AwsCloudHsm or KeyOrigin.ExternalKeyStore ? "cks-1234567890abcdef0" : null,
            StateWhenAvailable = state == KeyState.Unavailable ? KeyState.Enabled : null,
            DeletionDate = state == KeyState.PendingDeletion ? Created.AddDays(30) : null,
            PendingDeletionWindowInDays = state is KeyState.PendingDeletion or KeyState.PendingReplicaDeletion ? 30 : null,
        };
}
