using System;
using System.Collections.Generic;
using KeyLifecycle.Identifiers;

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

    /// <summary>Stands in for <see cref="System.Console"/> so that the examples' output can be asserted.</summary>
    private sealed class Output
    {
        public List<string> Lines { get; } = [];

        public void WriteLine(object? value) => Lines.Add(value?.ToString() ?? string.Empty);
    }
}
