using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.Runtime;
using KeyLifecycle.Protocol.Tests.Sdk;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Emulator.Tests.Storage;

/// <summary>
/// The SQLite store's promise, tested on the built emulator: clients make changes (create, disable, enable, schedule and
/// cancel deletion, tags, descriptions, aliases, imported material); the process is killed with SIGKILL at a random
/// point while requests are in flight; restarted on the same file, it has every change a client saw acknowledged, and of
/// the changes in flight each is there whole or not at all. The oracle is a model of what each acknowledged response
/// said, kept by the clients.
/// </summary>
public sealed class DurabilityTests : IDisposable
{
    private const int Clients = 4;
    private readonly string _folder = Directory.CreateTempSubdirectory("kms-durability-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task EveryAcknowledgedChange_SurvivesSigkill_AndNothingHalfMadeAppears(int seed)
    {
        var store = $"--Kms:Store=sqlite:{Path.Combine(_folder, $"kms-{seed}.db")}";
        var model = new Model();
        var random = new Random(seed);
        for (var round = 0; round < 3; round++)
        {
            await using var emulator = EmulatorProcess.Start("--urls=http://127.0.0.1:0", store);
            var url = await emulator.WaitForBannerAsync();
            await model.CheckAsync(url, $"after restart {round}");

            // The kill comes once this many more changes are acknowledged, while the other clients have requests in flight.
            var killAfter = 20 + random.Next(60);
            var acknowledged = 0;
            using var killed = new CancellationTokenSource();
            var clients = Enumerable.Range(0, Clients).Select(client => Task.Run(() => model.RunClientAsync(url, client + (Clients * round), seed, () =>
            {
                if (Interlocked.Increment(ref acknowledged) == killAfter)
                {
                    emulator.KillAsync().GetAwaiter().GetResult();
                    killed.Cancel();
                }
            }, killed.Token))).ToArray();
            await Task.WhenAll(clients);
            killed.IsCancellationRequested.ShouldBeTrue("the emulator was killed while the clients ran");
        }

        await using var last = EmulatorProcess.Start("--urls=http://127.0.0.1:0", store);
        await model.CheckAsync(await last.WaitForBannerAsync(), "after the last restart");
        model.AcknowledgedKeys.ShouldBeGreaterThan(10);
    }

    /// <summary>What a key is, as far as these tests change it.</summary>
    private sealed record Facts(string State, string Description, string Tags);

    /// <summary>Per key, the facts of its last acknowledged change and of the change in flight when the process died.</summary>
    private sealed class Model
    {
        private readonly ConcurrentDictionary<string, Facts> _acknowledged = new();
        private readonly ConcurrentDictionary<string, Facts> _inFlight = new();
        private readonly ConcurrentDictionary<string, string> _aliases = new();
        private readonly ConcurrentDictionary<string, string> _aliasesInFlight = new();
        private readonly ConcurrentDictionary<string, Facts> _createsInFlight = new();   // by description, which is unique

        public int AcknowledgedKeys => _acknowledged.Count;

        public async Task RunClientAsync(Uri url, int client, int seed, Action acknowledged, CancellationToken killed)
        {
            using var kms = Client(url);
            var random = new Random(seed * 1000 + client);
            var mine = new List<string>();
            for (var n = 0; !killed.IsCancellationRequested; n++)
            {
                try
                {
                    if (mine.Count == 0 || random.Next(5) == 0)
                    {
                        var external = random.Next(4) == 0;
                        var created = new Facts(external ? "PendingImport" : "Enabled", $"c{client}-{n}", $"n={n}");
                        _createsInFlight[created.Description] = created;
                        var response = await kms.CreateKeyAsync(new CreateKeyRequest
                        {
                            Description = created.Description,
                            Origin = external ? OriginType.EXTERNAL : OriginType.AWS_KMS,
                            Tags = [new Tag { TagKey = "n", TagValue = $"{n}" }],
                        }, killed);
                        _acknowledged[response.KeyMetadata.KeyId] = created;
                        _createsInFlight.TryRemove(created.Description, out _);
                        mine.Add(response.KeyMetadata.KeyId);
                    }
                    else
                    {
                        var key = mine[random.Next(mine.Count)];
                        var now = _acknowledged[key];
                        var (next, call) = Change(kms, key, now, client, n, random.Next(6), killed);
                        if (call is null)
                        {
                            continue;
                        }

                        if (next is not null)
                        {
                            _inFlight[key] = next;
                        }

                        await call();
                        if (next is not null)
                        {
                            _acknowledged[key] = next;
                            _inFlight.TryRemove(key, out _);
                        }
                    }

                    acknowledged();
                }
                catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or AmazonServiceException { InnerException: HttpRequestException or IOException })
                {
                    return;   // the process is gone; what was in flight stays in flight
                }
            }
        }

        // The change a step makes to a key in the state the model knows, and the call that makes it; an alias change
        // returns no facts (it changes the alias map).
        private (Facts? Next, Func<Task>? Call) Change(AmazonKeyManagementServiceClient kms, string key, Facts now, int client, int n, int pick, CancellationToken killed) =>
            (now.State, pick) switch
            {
                ("PendingImport", _) => (now with { State = "Enabled" }, () => KeyMaterial.ImportAsync(kms, key, RandomNumberGenerator.GetBytes(32))),
                ("Enabled", 0) => (now with { State = "Disabled" }, () => kms.DisableKeyAsync(new DisableKeyRequest { KeyId = key }, killed)),
                ("Disabled", 0) => (now with { State = "Enabled" }, () => kms.EnableKeyAsync(new EnableKeyRequest { KeyId = key }, killed)),
                ("Enabled" or "Disabled", 1) => (now with { State = "PendingDeletion" }, () => kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key, PendingWindowInDays = 7 }, killed)),
                ("PendingDeletion", _) => (now with { State = "Disabled" }, () => kms.CancelKeyDeletionAsync(new CancelKeyDeletionRequest { KeyId = key }, killed)),
                (_, 2) => (now with { Tags = $"{now.Tags},t{n}={n}" }, () => kms.TagResourceAsync(new TagResourceRequest { KeyId = key, Tags = [new Tag { TagKey = $"t{n}", TagValue = $"{n}" }] }, killed)),
                (_, 3) => (now with { Description = $"d{client}-{n}" }, () => kms.UpdateKeyDescriptionAsync(new UpdateKeyDescriptionRequest { KeyId = key, Description = $"d{client}-{n}" }, killed)),
                ("Enabled", _) => (null, AliasAsync(kms, key, $"alias/c{client}-{n}", killed)),
                _ => (null, null),
            };

        private Func<Task> AliasAsync(AmazonKeyManagementServiceClient kms, string key, string alias, CancellationToken killed) => async () =>
        {
            _aliasesInFlight[alias] = key;
            await kms.CreateAliasAsync(new CreateAliasRequest { AliasName = alias, TargetKeyId = key }, killed);
            _aliases[alias] = key;
            _aliasesInFlight.TryRemove(alias, out _);
        };

        // Every key and alias the restarted emulator has is one the model allows: the acknowledged facts, or those of the
        // change in flight. A create in flight that landed becomes an acknowledged key, and a change in flight that landed
        // becomes acknowledged, so the next round starts from what the file has.
        public async Task CheckAsync(Uri url, string when)
        {
            using var kms = Client(url);
            var listed = new List<string>();
            string? marker = null;
            do
            {
                var page = await kms.ListKeysAsync(new ListKeysRequest { Limit = 100, Marker = marker });
                listed.AddRange(page.Keys.Select(key => key.KeyId));
                marker = page.Truncated == true ? page.NextMarker : null;
            }
            while (marker is not null);

            foreach (var key in _acknowledged.Keys)
            {
                listed.ShouldContain(key, $"{when}: the acknowledged key {key} is missing");
            }

            foreach (var key in listed)
            {
                var metadata = (await kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key })).KeyMetadata;
                var tags = (await kms.ListResourceTagsAsync(new ListResourceTagsRequest { KeyId = key })).Tags;
                var actual = new Facts(metadata.KeyState.Value, metadata.Description, string.Join(",", tags.Select(tag => $"{tag.TagKey}={tag.TagValue}")));
                if (_acknowledged.TryGetValue(key, out var acknowledged))
                {
                    var allowed = _inFlight.TryGetValue(key, out var flying) ? new[] { acknowledged, flying } : [acknowledged];
                    allowed.Select(Sorted).ShouldContain(Sorted(actual), $"{when}: key {key} is {actual}, not one of {string.Join(" or ", allowed)}");
                    _acknowledged[key] = actual;
                }
                else
                {
                    _createsInFlight.TryRemove(actual.Description, out var created).ShouldBeTrue($"{when}: key {key} ({actual}) was never created by a client");
                    Sorted(actual).ShouldBe(Sorted(created!), $"{when}: the key {key} created in flight is half made");
                    _acknowledged[key] = actual;
                }
            }

            _inFlight.Clear();
            _createsInFlight.Clear();
            var aliases = (await kms.ListAliasesAsync(new ListAliasesRequest { Limit = 1000 })).Aliases
                .Where(alias => !alias.AliasName.StartsWith("alias/aws/", StringComparison.Ordinal))
                .ToDictionary(alias => alias.AliasName, alias => alias.TargetKeyId);
            foreach (var (alias, key) in _aliases)
            {
                aliases.GetValueOrDefault(alias).ShouldBe(key, $"{when}: the acknowledged alias {alias}");
            }

            foreach (var (alias, key) in aliases)
            {
                (_aliases.TryGetValue(alias, out var known) ? known : _aliasesInFlight.GetValueOrDefault(alias)).ShouldBe(key, $"{when}: alias {alias} was never made");
                _aliases[alias] = key;
            }

            _aliasesInFlight.Clear();
        }

        private static Facts Sorted(Facts facts) =>
            facts with { Tags = string.Join(",", facts.Tags.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)) };

        private static AmazonKeyManagementServiceClient Client(Uri url) => new(
            new BasicAWSCredentials("test", "test"),
            new AmazonKeyManagementServiceConfig { ServiceURL = url.ToString(), AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });
    }
}
