using System;
using System.Collections.Generic;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Resolution;

namespace KeyLifecycle.Tests.Docs;

/// <summary>The README's code examples, compiled and run by <see cref="ReadmeTests"/>, which also checks that the README shows them verbatim.</summary>
internal static class ReadmeExamples
{
    public static IReadOnlyList<string> QuickStart()
    {
        var console = new Output();
        var Console = console;

        #region quick-start
        var arn = KeyArn.Parse("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
        var key = KmsKey.Create(arn, DateTimeOffset.UtcNow);      // Enabled, SYMMETRIC_DEFAULT, AWS_KMS

        var disabled = KeyTransitions.DisableKey(key);            // OneOf<KmsKey, InvalidKeyState, AccessDenied>
        Console.WriteLine(disabled.Match(
            newKey => $"{newKey.KeyId} in {newKey.Region} is {newKey.State}",
            invalidState => $"{invalidState.ErrorCode}: {invalidState.Message}",
            accessDenied => $"{accessDenied.ErrorCode}: {accessDenied.Message}"));

        if (disabled.TryPickT0(out var disabledKey, out _))
        {
            Console.WriteLine(KeyTransitions.EnableKey(disabledKey).AsT0.State);   // Enabled
        }
        #endregion

        return console.Lines;
    }

    public static IReadOnlyList<string> Identifiers()
    {
        var console = new Output();
        var Console = console;

        #region identifiers
        foreach (var text in new[] { "alias/ExampleAlias", "arn:aws:kms:us-west-2:111122223333:key/1234ABCD-12AB-34CD-56EF-1234567890AB", "fake-key-id" })
        {
            Console.WriteLine(KmsIdentifier.Parse(text).Match(
                keyId => $"key ID {keyId}",
                keyArn => $"key ARN in {keyArn.Region}, account {keyArn.AccountId}, key {keyArn.KeyId}",
                aliasName => $"alias {aliasName}, reserved: {aliasName.IsReserved}",
                aliasArn => $"alias ARN {aliasArn}",
                invalid => $"not an identifier: {invalid.Reason}"));
        }
        #endregion

        return console.Lines;
    }

    public static IReadOnlyList<string> Resolution()
    {
        var console = new Output();
        var Console = console;

        #region resolution
        var caller = KmsCaller.Create(AwsRegion.Parse("us-east-1"), AwsAccountId.Parse("111122223333"));
        IKeyLookup store = new EmptyStore();

        foreach (var keyId in new[] { "1234abcd-12ab-34cd-56ef-1234567890ab", "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "alias/my-key" })
        {
            var resolved = KeyResolver.Resolve(keyId, caller, KmsOperation.EnableKey, store);
            Console.WriteLine(resolved.TryPick(out var key, out var error) ? key.Arn.ToString() : error.Message);
        }
        #endregion

        return console.Lines;
    }

    private sealed class EmptyStore : IKeyLookup
    {
        public KmsKey? FindKey(KeyArn keyArn) => null;

        public KeyArn? FindAliasTarget(AliasArn aliasArn) => null;
    }

    /// <summary>Stands in for <see cref="System.Console"/> so that the examples' output can be asserted.</summary>
    private sealed class Output
    {
        public List<string> Lines { get; } = [];

        public void WriteLine(object? value) => Lines.Add(value?.ToString() ?? string.Empty);
    }
}
