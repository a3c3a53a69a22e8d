using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using KeyLifecycle.Emulator.CommandLine;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Hosting;

namespace KeyLifecycle.Emulator;

/// <summary>The <c>kms-emulator</c> command.</summary>
/// <remarks>Exit codes: 0 after <c>--help</c>, <c>--version</c> or a normal stop; 2 for an option it does not know or a bad value; 1 when it cannot listen.</remarks>
internal static partial class Program
{
    public static async Task<int> Main(string[] args)
    {
        var request = EmulatorCommandLine.Parse(args);
        switch (request.Action)
        {
            case CommandLineAction.Help:
                Console.Out.Write(EmulatorCommandLine.HelpText());
                return 0;
            case CommandLineAction.Version:
                Console.Out.WriteLine($"{EmulatorCommandLine.Command} {EmulatorCommandLine.Version}");
                return 0;
            case CommandLineAction.Refuse:
                return Fail(2, request.Problem!);
        }

        var (app, problem) = EmulatorApp.TryBuild(request.Options);
        if (app is null)
        {
            return Fail(2, problem!);
        }

        await using (app.ConfigureAwait(false))
        {
            try
            {
                await app.StartAsync().ConfigureAwait(false);
            }
            catch (IOException exception) when (exception.InnerException is AddressInUseException)
            {
                return Fail(1, PortInUse(exception));
            }
#pragma warning disable CA1031 // Any other failure to start is reported in one line, without a stack trace.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                return Fail(1, $"cannot start: {exception.Message}");
            }

            Console.Out.WriteLine(EmulatorApp.Banner(app));
            await app.WaitForShutdownAsync().ConfigureAwait(false);
            return 0;
        }
    }

    private static int Fail(int exitCode, string problem)
    {
        Console.Error.WriteLine($"{EmulatorCommandLine.Command}: {problem}");
        return exitCode;
    }

    // Kestrel's message names the address: "Failed to bind to address http://127.0.0.1:4599: address already in use."
    private static string PortInUse(Exception exception)
    {
        var address = BoundAddress().Match(exception.Message);
        return address.Success && Uri.TryCreate(address.Groups[1].Value, UriKind.Absolute, out var uri)
            ? $"port {uri.Port} is in use; start with --urls {uri.Scheme}://{uri.Host}:<port>"
            : $"{exception.Message.TrimEnd('.')}; start with --urls http://127.0.0.1:<port>";
    }

    [GeneratedRegex(@"address (\S+?): address already in use", RegexOptions.CultureInvariant)]
    private static partial Regex BoundAddress();
}
