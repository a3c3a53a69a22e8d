using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace KeyLifecycle.Emulator.Tests;

/// <summary>The built <c>kms-emulator</c> run as a child process, as a user runs it, with its output collected line by line.</summary>
internal sealed partial class EmulatorProcess : IAsyncDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly List<string> _stdout = [];
    private readonly List<string> _stderr = [];
    private readonly object _gate = new();
    private readonly SemaphoreSlim _lineArrived = new(0);

    private EmulatorProcess(Process process) => _process = process;

    /// <summary>The process ID, to signal it as a terminal would.</summary>
    public int Id => _process.Id;

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does, and waits for the process to exit.</summary>
    public async Task<int> InterruptAsync()
    {
        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(s_timeout);
        await _process.WaitForExitAsync(timeout.Token);
        _process.WaitForExit();   // every output event has been raised after this
        return _process.ExitCode;
    }

    /// <summary>Kills the process with SIGKILL, as a crash or the OOM killer would, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        using var timeout = new CancellationTokenSource(s_timeout);
        await _process.WaitForExitAsync(timeout.Token);
    }

    public IReadOnlyList<string> StandardOutput
    {
        get
        {
            lock (_gate)
            {
                return _stdout.ToArray();
            }
        }
    }

    public IReadOnlyList<string> StandardError
    {
        get
        {
            lock (_gate)
            {
                return _stderr.ToArray();
            }
        }
    }

    public static EmulatorProcess Start(params string[] args) => Start(null, args);

    public static EmulatorProcess Start(IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        StartProgram(Path.Combine(AppContext.BaseDirectory, "KeyLifecycle.Emulator.dll"), environment, args);

    /// <summary>Starts any built .NET program the same way, with its output collected.</summary>
    public static EmulatorProcess StartProgram(string assemblyPath, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assemblyPath)!,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(assemblyPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var emulator = new EmulatorProcess(process);
        process.OutputDataReceived += (_, e) => emulator.Add(emulator._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => emulator.Add(emulator._stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return emulator;
    }

    /// <summary>Runs the command to its end and returns its exit code; for commands that do not serve.</summary>
    public static Task<(int ExitCode, IReadOnlyList<string> Stdout, IReadOnlyList<string> Stderr)> RunAsync(params string[] args) => RunAsync(null, args);

    public static async Task<(int ExitCode, IReadOnlyList<string> Stdout, IReadOnlyList<string> Stderr)> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        await using var emulator = Start(environment, args);
        using var timeout = new CancellationTokenSource(s_timeout);
        await emulator._process.WaitForExitAsync(timeout.Token);
        emulator._process.WaitForExit();   // drains the redirected output
        return (emulator._process.ExitCode, emulator.StandardOutput, emulator.StandardError);
    }

    /// <summary>A loopback port nobody listens on at the time of the call.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits for the banner and returns the URL it names.</summary>
    public async Task<Uri> WaitForBannerAsync()
    {
        var banner = await WaitForLineAsync(line => line.Contains(" listening on ", StringComparison.Ordinal), fromStderr: false);
        return new Uri(BannerUrl().Match(banner).Groups[1].Value);
    }

    /// <summary>Waits until standard output (or error) has a line that satisfies <paramref name="match"/>, and returns it.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, bool fromStderr = false)
    {
        using var timeout = new CancellationTokenSource(s_timeout);
        while (true)
        {
            var lines = fromStderr ? StandardError : StandardOutput;
            if (lines.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            if (_process.HasExited)
            {
                _process.WaitForExit();
                lines = fromStderr ? StandardError : StandardOutput;
                return lines.FirstOrDefault(match)
                    ?? throw new InvalidOperationException($"The emulator exited ({_process.ExitCode}) without the line expected. Output:\n{string.Join('\n', StandardOutput)}\nErrors:\n{string.Join('\n', StandardError)}");
            }

            try
            {
                await _lineArrived.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No line expected within {s_timeout}. Output:\n{string.Join('\n', StandardOutput)}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.WaitForExit();   // every output event has been raised after this

        _process.Dispose();
        _lineArrived.Dispose();
    }

    private void Add(List<string> lines, string? line)
    {
        if (line is null)
        {
            _lineArrived.Release();   // end of stream: wake a waiter so that it sees the exit
            return;
        }

        lock (_gate)
        {
            lines.Add(line);
        }

        _lineArrived.Release();
    }

    [GeneratedRegex(@" listening on (\S+)")]
    private static partial Regex BannerUrl();
}
