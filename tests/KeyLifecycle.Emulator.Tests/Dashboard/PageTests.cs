using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Amazon.KeyManagementService.Model;
using KeyLifecycle.Emulator.Tests.Docs;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Emulator.Tests.Dashboard;

/// <summary>GET /_kms/ as a person sees it, in Debian's Chromium (headless), driven by Playwright.</summary>
public class PageTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Page_ShowsTheKeyWithItsStateAndHistory_AndHighlightsTheStateInTheLifecycle()
    {
        File.Exists(Chromium).ShouldBeTrue($"{Chromium} is missing: apt-get install -y chromium (.ci/run installs it)");
        await using var emulator = await RunningEmulator.StartAsync();
        var key = (await emulator.Kms.CreateKeyAsync(new CreateKeyRequest
        {
            Description = "payments <b>not bold</b>",
            Tags = [new Tag { TagKey = "team", TagValue = "payments" }],
        })).KeyMetadata;
        var other = (await emulator.Kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        await emulator.Kms.CreateAliasAsync(new CreateAliasRequest { AliasName = "alias/payments", TargetKeyId = key.KeyId });
        await emulator.Kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key.KeyId, PendingWindowInDays = 7 });
        await Should.ThrowAsync<KMSInvalidStateException>(() => emulator.Kms.EnableKeyAsync(new EnableKeyRequest { KeyId = key.KeyId }));

        var userData = Directory.CreateTempSubdirectory("keylifecycle-chromium-");
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(userData.FullName, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
                ViewportSize = new ViewportSize { Width = 1280, Height = 1400 },
                AcceptDownloads = true,
            });
            var page = await browser.NewPageAsync();
            var offline = 0;
            page.Request += (_, request) => offline += request.Url.StartsWith(emulator.Url.ToString(), StringComparison.Ordinal) ? 0 : 1;

            await page.GotoAsync(new Uri(emulator.Url, $"/_kms/#key={key.KeyId}").ToString());

            var row = page.Locator($"#keys tr[data-key-id='{key.KeyId}']");
            await Assertions.Expect(row).ToBeVisibleAsync();
            await Assertions.Expect(row.Locator("td.state")).ToHaveTextAsync("PendingDeletion");
            await Assertions.Expect(row).ToContainTextAsync("111122223333");
            await Assertions.Expect(row).ToContainTextAsync("us-east-1");
            await Assertions.Expect(row).ToContainTextAsync("alias/payments");
            await Assertions.Expect(row).ToContainTextAsync("team=payments");
            await Assertions.Expect(row).ToContainTextAsync("payments <b>not bold</b>");   // shown as text, never as markup
            await Assertions.Expect(page.Locator($"#keys tr[data-key-id='{other.KeyId}'] td.state")).ToHaveTextAsync("Enabled");

            await Assertions.Expect(page.Locator("#detail-arn")).ToHaveTextAsync(key.Arn);
            await Assertions.Expect(page.Locator("#detail-state")).ToHaveTextAsync("PendingDeletion");
            var current = page.Locator("#diagram g.node.current");
            await Assertions.Expect(current).ToHaveCountAsync(1);
            await Assertions.Expect(current).ToHaveTextAsync("PendingDeletion");
            (await current.Locator("rect").EvaluateAsync<string>("r => getComputedStyle(r).fill")).ShouldBe("rgb(255, 213, 79)");
            (await page.Locator("#diagram g.node[data-state='Enabled'] rect").EvaluateAsync<string>("r => getComputedStyle(r).fill")).ShouldBe("rgb(243, 245, 247)");
            await Assertions.Expect(page.Locator("#diagram-legend")).ToContainTextAsync("CancelKeyDeletion → Disabled");

            var history = page.Locator("#history tbody tr");
            await Assertions.Expect(history).ToHaveCountAsync(4);
            await Assertions.Expect(history.Nth(0)).ToContainTextAsync("CreateKey");
            await Assertions.Expect(history.Nth(1)).ToContainTextAsync("CreateAlias");
            await Assertions.Expect(history.Nth(2)).ToContainTextAsync("ScheduleKeyDeletion");
            await Assertions.Expect(history.Nth(3)).ToContainTextAsync($"EnableKeyKMSInvalidStateException: {key.Arn} is pending deletion.");

            // The page offers the state as a seed file, without key material unless asked.
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export").ClickAsync());
            download.SuggestedFilename.ShouldBe("kms-seed.json");
            var seed = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!)).RootElement;
            seed.GetProperty("keys").EnumerateArray().Select(entry => entry.GetProperty("keyId").GetString()).Order(StringComparer.Ordinal)
                .ShouldBe(new[] { key.KeyId, other.KeyId }.Order(StringComparer.Ordinal));
            seed.GetProperty("keys").EnumerateArray().Count(entry => entry.TryGetProperty("material", out var _)).ShouldBe(0);

            var screenshots = Directory.CreateDirectory(Path.Combine(ReadmeTests.RepositoryRoot(), "artifacts", "test-results", "screenshots"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots.FullName, "kms-page.png"), FullPage = true });
            offline.ShouldBe(0);   // no external assets
        }
        finally
        {
            userData.Delete(recursive: true);
        }
    }
}
