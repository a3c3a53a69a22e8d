using System.Threading.Tasks;

namespace KeyLifecycle.Emulator;

/// <summary>The <c>kms-emulator</c> command.</summary>
internal static class Program
{
    public static async Task Main(string[] args)
    {
        await using var app = EmulatorApp.Build(args);
        await app.RunAsync().ConfigureAwait(false);
    }
}
