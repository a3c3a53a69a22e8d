using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Wire;

/// <summary>
/// Parallel clients hammer a few keys with EnableKey, DisableKey, ScheduleKeyDeletion and CancelKeyDeletion. Every
/// response must be one the key-state table allows, and the responses and final states must be those of some serial
/// order of the acknowledged calls: the test builds that order and replays it through the domain's transitions.
/// </summary>
public class ConcurrencyTests
{
    private const int Clients = 8;
    private const int CallsPerClient = 1250;
    private const int Keys = 3;
    private static readonly string[] s_operations = ["EnableKey", "DisableKey", "ScheduleKeyDeletion", "CancelKeyDeletion"];

    [Fact]
    public async Task MixedLifecycleCalls_FromParallelClients_AreSerializable()
    {
        await using var kms = await KmsTestServer.StartAsync();
        var initial = new List<KmsKey>();
        using (var setup = kms.CreateHttpClient())
        {
            for (var i = 0; i < Keys; i++)
            {
                var created = await CallAsync(setup, "CreateKey", "{}");
                var arn = KeyArn.Parse(JsonDocument.Parse(created.Body).RootElement.GetProperty("KeyMetadata").GetProperty("Arn").GetString()!);
                initial.Add(kms.Store.FindKey(arn)!);
            }
        }

        var calls = new ConcurrentBag<Call>();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            using var http = kms.CreateHttpClient();
            var random = new Random(client);
            for (var i = 0; i < CallsPerClient; i++)
            {
                var key = initial[random.Next(Keys)];
                var operation = s_operations[random.Next(s_operations.Length)];
                var body = operation == "ScheduleKeyDeletion"
                    ? $"{{\"KeyId\":\"{key.Arn}\",\"PendingWindowInDays\":7}}"
                    : $"{{\"KeyId\":\"{key.KeyId}\"}}";
                var response = await CallAsync(http, operation, body);
                calls.Add(new Call(key.Arn, operation, response.Status, response.Body));
            }
        })));

        calls.Count.ShouldBe(Clients * CallsPerClient);
        foreach (var call in calls)
        {
            AssertAllowed(call);
        }

        foreach (var key in initial)
        {
            var final = kms.Store.FindKey(key.Arn)!;
            var replayed = ReplaySerialOrder(key, [.. calls.Where(call => call.Arn == key.Arn)], final.State, kms.Clock.GetUtcNow());
            replayed.State.ShouldBe(final.State);
            replayed.DeletionDate.ShouldBe(final.DeletionDate);
        }
    }

    // The table allows exactly these outcomes for a customer managed AWS_KMS key that only these four calls touch.
    private static void AssertAllowed(Call call)
    {
        if (call.Status == 200)
        {
            switch (call.Operation)
            {
                case "ScheduleKeyDeletion":
                    var scheduled = JsonDocument.Parse(call.Body).RootElement;
                    scheduled.GetProperty("KeyId").GetString().ShouldBe(call.Arn.ToString());
                    scheduled.GetProperty("KeyState").GetString().ShouldBe("PendingDeletion");
                    scheduled.GetProperty("PendingWindowInDays").GetInt32().ShouldBe(7);
                    break;
                case "CancelKeyDeletion":
                    JsonDocument.Parse(call.Body).RootElement.GetProperty("KeyId").GetString().ShouldBe(call.Arn.ToString());
                    break;
                default:
                    call.Body.ShouldBeEmpty();
                    break;
            }

            return;
        }

        call.Status.ShouldBe(400, call.Body);
        var error = JsonDocument.Parse(call.Body).RootElement;
        error.GetProperty("__type").GetString().ShouldBe("KMSInvalidStateException");
        error.GetProperty("message").GetString().ShouldBe(call.Operation == "CancelKeyDeletion"
            ? $"{call.Arn} is not pending deletion."
            : $"{call.Arn} is pending deletion.");
    }

    // Builds a serial order of one key's calls that explains every response, and replays it through the domain.
    // Successful schedules and cancels alternate (schedule first); calls refused as pending deletion go right after the
    // first schedule; the successful enables and disables and the refused cancels go in one period when the key is not
    // pending deletion, ordered to end in the server's final state. If any serial order explains the responses, this one does.
    private static KmsKey ReplaySerialOrder(KmsKey initial, IReadOnlyList<Call> calls, KeyState finalState, DateTimeOffset now)
    {
        IReadOnlyList<Call> Of(string operation, bool succeeded) =>
            [.. calls.Where(call => call.Operation == operation && (call.Status == 200) == succeeded)];

        var schedules = Of("ScheduleKeyDeletion", true);
        var cancels = Of("CancelKeyDeletion", true);
        var refusedAsPending = Of("EnableKey", false).Concat(Of("DisableKey", false)).Concat(Of("ScheduleKeyDeletion", false)).ToList();
        var enables = Of("EnableKey", true);
        var disables = Of("DisableKey", true);
        var refusedCancels = Of("CancelKeyDeletion", false);

        var endsPending = schedules.Count == cancels.Count + 1;
        (endsPending || schedules.Count == cancels.Count).ShouldBeTrue($"{schedules.Count} schedules and {cancels.Count} cancels cannot alternate");
        (refusedAsPending.Count == 0 || schedules.Count > 0).ShouldBeTrue("calls were refused as pending deletion, but the key never was");

        // The active period with the enables and disables is ordered to end in the state the server ended in; the replay
        // below fails if no order of them can.
        var lastActive = new List<Call>(refusedCancels);
        lastActive.AddRange(finalState == KeyState.Disabled ? enables.Concat(disables) : disables.Concat(enables));

        var order = new List<Call>();
        if (endsPending)
        {
            order.AddRange(lastActive);
        }

        for (var i = 0; i < schedules.Count; i++)
        {
            order.Add(schedules[i]);
            if (i == 0)
            {
                order.AddRange(refusedAsPending);
            }

            if (i < cancels.Count)
            {
                order.Add(cancels[i]);
            }
        }

        if (!endsPending)
        {
            order.AddRange(lastActive);
        }

        order.Count.ShouldBe(calls.Count);
        var key = initial;
        foreach (var call in order)
        {
            IKmsError? error = null;
            switch (call.Operation)
            {
                case "EnableKey":
                    KeyTransitions.EnableKey(key).Switch(next => key = next, refused => error = refused, denied => error = denied);
                    break;
                case "DisableKey":
                    KeyTransitions.DisableKey(key).Switch(next => key = next, refused => error = refused, denied => error = denied);
                    break;
                case "ScheduleKeyDeletion":
                    KeyTransitions.ScheduleKeyDeletion(key, 7, now).Switch(next => key = next, invalid => error = invalid, refused => error = refused, denied => error = denied);
                    break;
                default:
                    KeyTransitions.CancelKeyDeletion(key).Switch(next => key = next, refused => error = refused, denied => error = denied);
                    break;
            }

            (error is null).ShouldBe(call.Status == 200, $"{call.Operation} answered {call.Status} where the serial order gives {error?.ErrorCode ?? "success"}");
            if (error is not null)
            {
                JsonDocument.Parse(call.Body).RootElement.GetProperty("message").GetString().ShouldBe(error.Message);
            }
        }

        return key;
    }

    private static async Task<(int Status, string Body)> CallAsync(HttpClient http, string operation, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative));
        request.Headers.Add("X-Amz-Target", "TrentService." + operation);
        request.Content = new StringContent(body, Encoding.UTF8);
        request.Content.Headers.ContentType = new("application/x-amz-json-1.1");
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private sealed record Call(KeyArn Arn, string Operation, int Status, string Body);
}
