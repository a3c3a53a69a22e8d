using System;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Emulator.Tests.Storage;

/// <summary><c>--Kms:Store</c> as a user meets it: the banner and health name the store, a second emulator on the same file stops with one line, and a value that names no store is refused.</summary>
public sealed class StoreOptionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kms-store-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ASqliteStore_IsNamedInTheBannerAndHealth_AndASecondEmulatorOnItsFileStops()
    {
        var path = Path.Combine(_folder, "kms.db");
        await using var first = EmulatorProcess.Start("--urls=http://127.0.0.1:0", $"--Kms:Store=sqlite:{path}");
        var url = await first.WaitForBannerAsync();

        first.StandardOutput[0].ShouldContain($"(Region us-east-1, account 111122223333, store sqlite:{path})");
        using var http = new HttpClient { BaseAddress = url };
        using var health = JsonDocument.Parse(await http.GetStringAsync("/_kms/health"));
        health.RootElement.GetProperty("store").GetString().ShouldBe($"sqlite:{path}");

        var (exitCode, stdout, stderr) = await EmulatorProcess.RunAsync("--urls=http://127.0.0.1:0", $"--Kms:Store=sqlite:{path}");
        exitCode.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.ShouldBe([$"kms-emulator: --Kms:Store: The key store {path} is in use by another process."]);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("postgres:not a connection string")]
    [InlineData("sqlite:")]
    [InlineData("disk")]
    public async Task AValueThatNamesNoStore_IsRefused(string value)
    {
        var (exitCode, _, stderr) = await EmulatorProcess.RunAsync($"--Kms:Store={value}");

        exitCode.ShouldBe(2);
        stderr.ShouldBe([$"kms-emulator: --Kms:Store '{value}' is not memory, sqlite:<file> or postgres:<connection string>"]);
    }

    [Fact]
    public async Task TheDefaultStore_IsMemory()
    {
        await using var emulator = EmulatorProcess.Start("--urls=http://127.0.0.1:0");
        await emulator.WaitForBannerAsync();

        emulator.StandardOutput[0].ShouldContain(", store memory)");
    }
}
