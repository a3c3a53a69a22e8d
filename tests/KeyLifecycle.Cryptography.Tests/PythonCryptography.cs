using System;
using System.Diagnostics;
using System.Linq;

namespace KeyLifecycle.Cryptography.Tests;

/// <summary>Python's <c>cryptography</c> package, run in a subprocess: a second, independent implementation (OpenSSL through pyca) to check this package's outputs against.</summary>
internal static class PythonCryptography
{
    /// <summary>Runs a Python script that reads hexadecimal arguments from <c>sys.argv[1:]</c> and prints one hexadecimal result.</summary>
    public static byte[] Run(string script, params byte[][] arguments)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import sys\nargs = [bytes.fromhex(a) for a in sys.argv[1:]]\n" + script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(Convert.ToHexString(argument));
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"python3 failed: {error}");
        }

        return Convert.FromHexString(output.Trim());
    }

    public static bool RunBool(string script, params byte[][] arguments) => Run(script, arguments).Single() == 1;
}
