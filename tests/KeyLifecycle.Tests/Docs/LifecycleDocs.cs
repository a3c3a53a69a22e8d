using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KeyLifecycle.Errors;
using OneOf;

namespace KeyLifecycle.Tests.Docs;

/// <summary>Renders the README's lifecycle diagram and outcome tables from the transitions themselves, so that the documentation cannot drift from the code.</summary>
internal static class LifecycleDocs
{
    /// <summary>A lifecycle operation as the documentation shows it: its name and the transition to run on a key.</summary>
    public sealed record Operation(string Name, Func<KmsKey, OneOf<KmsKey, IKmsError>> Apply);

    public static IReadOnlyList<Operation> Operations { get; } =
    [
        new("EnableKey", key => KeyTransitions.EnableKey(key).Match<OneOf<KmsKey, IKmsError>>(k => k, e => e, e => e)),
        new("DisableKey", key => KeyTransitions.DisableKey(key).Match<OneOf<KmsKey, IKmsError>>(k => k, e => e, e => e)),
    ];

    /// <summary>One customer managed key for each state, of a kind that can be in it.</summary>
    public static IReadOnlyList<KmsKey> RepresentativeKeys { get; } =
        Enum.GetValues<KeyState>().Select(state => TestKeys.InState(state, state switch
        {
            KeyState.PendingImport => KeyOrigin.External,
            KeyState.Unavailable => KeyOrigin.AwsCloudHsm,
            _ => KeyOrigin.AwsKms,
        })).ToArray();

    public static string MermaidDiagram()
    {
        var edges = new SortedDictionary<(KeyState From, KeyState To), SortedSet<string>>();
        foreach (var key in RepresentativeKeys)
        {
            foreach (var operation in Operations)
            {
                if (operation.Apply(key).TryPickT0(out var next, out _) && next.State != key.State)
                {
                    if (!edges.TryGetValue((key.State, next.State), out var names))
                    {
                        edges[(key.State, next.State)] = names = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    names.Add(operation.Name);
                }
            }
        }

        var text = new StringBuilder();
        text.Append("stateDiagram-v2\n");
        foreach (var ((from, to), names) in edges)
        {
            text.Append("    ").Append(from).Append(" --> ").Append(to).Append(": ").Append(string.Join(", ", names)).Append('\n');
        }

        return text.ToString();
    }

    public static string OutcomeTable()
    {
        var text = new StringBuilder();
        text.Append("| State | ").Append(string.Join(" | ", Operations.Select(o => o.Name))).Append(" |\n");
        text.Append("|---|").Append(string.Concat(Operations.Select(_ => "---|"))).Append('\n');
        foreach (var key in RepresentativeKeys)
        {
            text.Append("| ").Append(key.State);
            foreach (var operation in Operations)
            {
                text.Append(" | ").Append(operation.Apply(key).Match(next => Describe(key, next), error => Describe(error)));
            }

            text.Append(" |\n");
        }

        return text.ToString();
    }

    private static string Describe(KmsKey before, KmsKey after) =>
        after.State == KeyState.Unavailable && after.StateWhenAvailable is { } deferred
            ? $"200, deferred: {deferred} when the key store reconnects"
        : ReferenceEquals(before, after) ? "200, no change"
        : after.State != before.State ? $"200, becomes {after.State}"
        : "200, state unchanged";

    private static string Describe(IKmsError error) =>
        $"{error.ErrorCode}: `{error.Message.Replace(TestKeys.ArnText, "<key ARN>", StringComparison.Ordinal)}`";
}
