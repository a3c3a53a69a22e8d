using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.KeyManagementService.Model;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Sdk;

/// <summary>ListKeys pages through the store's ordered index from the marker: while keys come and go, every key that is there throughout is listed exactly once, in order.</summary>
public class PagingTests
{
    [Fact]
    public async Task ListKeys_ListsEveryKeyOnce_WhileOtherKeysAreCreatedAndDeleted()
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        using var churn = kms.CreateClient();
        var stable = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 150; i++)
        {
            stable.Add((await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId);
        }

        // Keys created, scheduled for deletion and deleted (the clock moved past their date) while the pages are read.
        using var stop = new CancellationTokenSource();
        var churned = 0;
        var background = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var key = (await churn.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
                await churn.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key, PendingWindowInDays = 7 });
                kms.Clock.Advance(TimeSpan.FromDays(8));
                churned++;
            }
        });

        var listed = new List<string>();
        for (var pass = 0; pass < 3; pass++)
        {
            listed.Clear();
            string? marker = null;
            do
            {
                var page = await client.ListKeysAsync(new ListKeysRequest { Limit = 7, Marker = marker });
                listed.AddRange(page.Keys.Select(entry => entry.KeyId));
                marker = page.Truncated == true ? page.NextMarker : null;
            }
            while (marker is not null);

            listed.SequenceEqual(listed.Order(StringComparer.Ordinal)).ShouldBeTrue("pages follow the key order");
            listed.Distinct(StringComparer.Ordinal).Count().ShouldBe(listed.Count, "no key is listed twice");
            stable.Except(listed).ShouldBeEmpty("every key that was there throughout is listed");
        }

        await stop.CancelAsync();
        await background;
        churned.ShouldBeGreaterThan(0);
    }
}
