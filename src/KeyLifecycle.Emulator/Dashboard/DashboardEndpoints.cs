using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using KeyLifecycle.Emulator.Clock;
using KeyLifecycle.Emulator.CommandLine;
using KeyLifecycle.Emulator.Events;
using KeyLifecycle.Emulator.Seeding;
using KeyLifecycle.Protocol.Pipeline;
using KeyLifecycle.Protocol.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KeyLifecycle.Emulator.Dashboard;

/// <summary>The emulator's own endpoints under <c>/_kms/</c>: health, the clock, the event log, the state of every key, seed files in and out, and a page that shows them.</summary>
/// <remarks>
/// Every view first applies what has fallen due (deletions, replica creation, material expiry) in the accounts that have
/// called, as a KMS request would, so that it shows what the next request would see.
/// </remarks>
internal static class DashboardEndpoints
{
    public const string Prefix = "/_kms";

    private static readonly string s_page = ReadResource("page.html");
    private static readonly string s_diagram = ReadResource("lifecycle-diagram.mmd");

    public static void MapDashboard(this IEndpointRouteBuilder endpoints, string storeName, bool clockControl)
    {
        var kms = endpoints.ServiceProvider.GetRequiredService<KmsEndpoint>();
        var events = endpoints.ServiceProvider.GetRequiredService<KmsEventLog>();
        var clock = endpoints.ServiceProvider.GetRequiredService<EmulatorClock>();
        var view = new DashboardView(kms.Services, events);

        endpoints.MapGet(Prefix + "/health", (HttpContext http) => WriteJsonAsync(http, 200, writer =>
        {
            var keys = view.Keys();
            writer.WriteString("status", "ok");
            writer.WriteString("version", EmulatorCommandLine.Version);
            writer.WriteString("store", storeName);
            writer.WriteString("time", Format(kms.Services.Time.GetUtcNow()));
            writer.WriteNumber("keyCount", keys.Count);
            writer.WriteStartObject("keys");
            foreach (var region in keys.GroupBy(key => key.Region.ToString(), StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
            {
                writer.WriteNumber(region.Key, region.Count());
            }

            writer.WriteEndObject();
        }));

        endpoints.MapGet(Prefix + "/clock", (HttpContext http) => WriteClockAsync(http, 200, clock, clockControl));
        endpoints.MapPost(Prefix + "/clock", async (HttpContext http) =>
        {
            if (!clockControl)
            {
                await WriteMessageAsync(http, 403, "the clock is fixed; start the emulator with --Emulator:ClockControl=true to move it").ConfigureAwait(false);
                return;
            }

            var (move, problem) = await ClockMove.ReadAsync(http.Request).ConfigureAwait(false);
            if (move is null)
            {
                await WriteMessageAsync(http, 400, problem!).ConfigureAwait(false);
                return;
            }

            move.ApplyTo(clock);
            view.ApplyDueChanges();
            await WriteClockAsync(http, 200, clock, clockControl).ConfigureAwait(false);
        });

        endpoints.MapGet(Prefix + "/events", (HttpContext http) =>
        {
            var query = http.Request.Query;
            DateTimeOffset? since = null;
            if (query["since"].ToString() is { Length: > 0 } sinceText)
            {
                if (!DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    return WriteMessageAsync(http, 400, $"since '{sinceText}' is not an ISO 8601 time; write e.g. since=2026-01-01T00:00:00Z");
                }

                since = parsed;
            }

            var list = events.List(Empty(query["key"]), Empty(query["eventName"]), since);
            var body = new ArrayBufferWriter<byte>();
            CloudTrailWriter.WriteRecords(body, list);
            return WriteBytesAsync(http, 200, "application/json", body.WrittenMemory);
        });

        endpoints.MapGet(Prefix + "/export", (HttpContext http) =>
        {
            var secrets = Empty(http.Request.Query["secrets"]);
            if (secrets is not null && !bool.TryParse(secrets, out _))
            {
                return WriteMessageAsync(http, 400, $"secrets '{secrets}' is neither true nor false; write ?secrets=true to include key material");
            }

            // What has fallen due is applied first, so the file holds what the next request would see.
            view.ApplyDueChanges();
            var text = KmsSeedExport.Write(kms.Services.Store, secrets is not null && bool.Parse(secrets));
            return WriteBytesAsync(http, 200, "application/json", System.Text.Encoding.UTF8.GetBytes(text));
        });

        endpoints.MapPost(Prefix + "/seed", async (HttpContext http) =>
        {
            string text;
            using (var reader = new StreamReader(http.Request.Body, System.Text.Encoding.UTF8))
            {
                text = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
            }

            view.ApplyDueChanges();
            await EmulatorSeed.Apply(kms.Services, text).Match(
                applied => WriteJsonAsync(http, 200, writer =>
                {
                    writer.WriteNumber("keysAdded", applied.KeysAdded);
                    writer.WriteNumber("keysUnchanged", applied.KeysUnchanged);
                    writer.WriteNumber("aliasesAdded", applied.AliasesAdded);
                    writer.WriteNumber("aliasesUnchanged", applied.AliasesUnchanged);
                }),
                refusal => WriteJsonAsync(http, 400, writer =>
                {
                    writer.WriteString("message", "the seed was not applied, nothing was changed");
                    writer.WriteStartArray("problems");
                    foreach (var problem in refusal.Problems)
                    {
                        writer.WriteStringValue(problem);
                    }

                    writer.WriteEndArray();
                })).ConfigureAwait(false);
        });

        endpoints.MapGet(Prefix + "/state", (HttpContext http) => WriteJsonAsync(http, 200, writer => view.WriteState(writer, s_diagram)));

        // "/_kms" and "/_kms/" are one route; the page's relative links need the slash.
        endpoints.MapGet(Prefix + "/", (HttpContext http) =>
        {
            if (!http.Request.Path.Value!.EndsWith('/'))
            {
                http.Response.Redirect(Prefix + "/");
                return Task.CompletedTask;
            }

            return WriteBytesAsync(http, 200, "text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(s_page));
        });
    }

    internal static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string? Empty(Microsoft.Extensions.Primitives.StringValues value) => value.Count == 0 || value[0] is not { Length: > 0 } text ? null : text;

    private static Task WriteClockAsync(HttpContext http, int status, EmulatorClock clock, bool clockControl) => WriteJsonAsync(http, status, writer =>
    {
        writer.WriteString("now", Format(clock.GetUtcNow()));
        writer.WriteString("offset", clock.Offset.ToString("c", CultureInfo.InvariantCulture));
        writer.WriteBoolean("movable", clockControl);
    });

    private static Task WriteMessageAsync(HttpContext http, int status, string message) =>
        WriteJsonAsync(http, status, writer => writer.WriteString("message", message));

    private static Task WriteJsonAsync(HttpContext http, int status, Action<Utf8JsonWriter> write)
    {
        var body = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return WriteBytesAsync(http, status, "application/json", body.WrittenMemory);
    }

    private static async Task WriteBytesAsync(HttpContext http, int status, string contentType, ReadOnlyMemory<byte> body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        http.Response.ContentLength = body.Length;
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.Body.WriteAsync(body, http.RequestAborted).ConfigureAwait(false);
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(DashboardEndpoints).Assembly.GetManifestResourceStream("KeyLifecycle.Emulator.Dashboard." + name)
            ?? throw new InvalidOperationException($"The emulator was built without its resource {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
