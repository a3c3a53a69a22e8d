using System;
using System.Linq;
using System.Threading.Tasks;
using KeyLifecycle.Protocol.Tests.Storage;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Storage;
using KeyLifecycle.Protocol.Tests;
using KeyLifecycle.Protocol.Tests.Sdk;
using Shouldly;

namespace KeyLifecycle.Storage.Tests;

/// <summary>
/// Random states built through the AWS SDK on an endpoint whose store is durable; the store is closed and opened again
/// under a new endpoint. Each durable store's tests derive from this class. Two oracles: everything the SDK reports (every key's metadata, tags, policy,
/// rotation status and rotations, every alias, and whether each ciphertext decrypts to the same bytes) is the same text
/// before and after; and every record the reopened store holds equals, member by member, the record the first store held.
/// </summary>
/// <typeparam name="TStore">The store under test.</typeparam>
public abstract class RestartContract<TStore>
    where TStore : IKmsKeyStore, IDisposable
{
    /// <summary>Opens the store in <paramref name="place"/> (a file, a schema), as it was left when last closed.</summary>
    protected abstract TStore Open(string place);

    /// <summary>A new, empty place for a store.</summary>
    protected abstract string NewPlace();

    [StoreProperty(MaxTest = 10)]
    public bool AStateBuiltThroughTheSdk_IsTheSameAfterARestart(int[] steps) => RestartAsync(steps).GetAwaiter().GetResult();

    private async Task<bool> RestartAsync(int[] steps)
    {
        var path = NewPlace();
        string expected;
        Records before;
        DateTimeOffset stoppedAt;
        System.Collections.Generic.List<byte[]> ciphertexts;
        using (var store = Open(path))
        {
            await using var first = await KmsTestServer.StartAsync(store: store);
            using var east = first.CreateClient();
            using var west = first.CreateClient("eu-west-1");
            ciphertexts = await RandomKmsState.BuildAsync(first, steps);
            expected = await RandomKmsState.SnapshotAsync(east, west, ciphertexts);
            before = Records.Of(store);
            stoppedAt = first.Clock.GetUtcNow();
        }

        using var reopened = Open(path);
        Records.Of(reopened).ShouldBe(before);
        await using var second = await KmsTestServer.StartAsync(store: reopened);
        second.Clock.Advance(stoppedAt - second.Clock.GetUtcNow());
        using var secondEast = second.CreateClient();
        using var secondWest = second.CreateClient("eu-west-1");
        (await RandomKmsState.SnapshotAsync(secondEast, secondWest, ciphertexts)).ShouldBe(expected);
        return true;
    }

    // Every record of the test account as text: keys by their ToString (every member), material versions as hex, policies
    // as their text, import parameters member by member, aliases and custom key stores by ToString.
    private sealed record Records(string Text)
    {
        public static Records Of(IKmsKeyStore store)
        {
            var account = AwsAccountId.Parse(KmsTestServer.AccountId);
            var lines = store.ListKeys(account).OrderBy(key => key.Arn.ToString(), StringComparer.Ordinal).SelectMany(key => new[]
            {
                key.ToString(),
                store.FindKeyMaterial(key.Arn) is { } material
                    ? $"material {material.CurrentId} {string.Join(",", material.Versions.Select(v => $"{v.Id}:{Convert.ToHexString(v.Material.Span)}"))}"
                    : "no material",
                $"policy {store.FindKeyPolicy(key.Arn)?.Text}",
                $"import parameters {string.Join(",", store.ListImportSessions(key.Arn).Select(s => $"{s.TokenId}:{s.WrappingAlgorithm}:{s.IssuedAt:O}:{s.ValidTo:O}:{Convert.ToHexString(s.WrappingPrivateKey.Span)}"))}",
                $"grants {string.Join(",", store.ListGrants(key.Arn).Select(g => $"{g.GrantId}:[{string.Join(" ", g.GrantTokens)}]:{g.GranteePrincipal}:{g.RetiringPrincipal}:[{string.Join(" ", g.Operations)}]:{g.Constraints?.IsEquals}:{string.Join(" ", g.Constraints?.Pairs ?? new System.Collections.Generic.Dictionary<string, string>())}:{g.Name}:{g.CreationDate:O}:{g.IssuingAccount}"))}",
            });
            var regions = new[] { AwsRegion.Parse("us-east-1"), AwsRegion.Parse("eu-west-1") };
            var aliases = regions.SelectMany(region => store.ListAliases(account, region)).Select(alias => alias.ToString());
            var stores = regions.SelectMany(region => store.ListCustomKeyStores(account, region)).Select(custom => custom.ToString());
            return new(string.Join(Environment.NewLine, lines.Concat(aliases).Concat(stores)));
        }
    }
}
