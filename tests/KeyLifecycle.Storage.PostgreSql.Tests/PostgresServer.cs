using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace KeyLifecycle.Storage.PostgreSql.Tests;

/// <summary>
/// The PostgreSQL server the tests use: the one <c>KEYLIFECYCLE_POSTGRES</c> names (a connection string; <c>.ci/run</c>
/// starts one and sets it), or else a private server this process starts from the machine's PostgreSQL binaries
/// (<c>/usr/lib/postgresql/&lt;version&gt;/bin</c>) on a free loopback port, in a temporary folder, and stops when it exits.
/// Each store gets a schema of its own. Tests are skipped only where neither exists.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string> s_connectionString = new(Start);

    /// <summary>Why PostgreSQL tests cannot run here, or <see langword="null"/> when they can.</summary>
    public static string? SkipReason =>
        Environment.GetEnvironmentVariable("KEYLIFECYCLE_POSTGRES") is { Length: > 0 } || Binaries() is not null
            ? null
            : "no PostgreSQL here: set KEYLIFECYCLE_POSTGRES to a connection string, or install PostgreSQL (apt-get install -y postgresql)";

    /// <summary>A connection string to the server, for a schema of its own that this call creates.</summary>
    public static string NewSchema()
    {
        var schema = "kms_test_" + Guid.NewGuid().ToString("N");
        using (var data = NpgsqlDataSource.Create(s_connectionString.Value))
        using (var command = data.CreateCommand($"CREATE SCHEMA {schema}"))
        {
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(s_connectionString.Value) { SearchPath = schema }.ToString();
    }

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable("KEYLIFECYCLE_POSTGRES") is { Length: > 0 } given)
        {
            return given;
        }

        var bin = Binaries() ?? throw new InvalidOperationException(SkipReason);
        var folder = Directory.CreateTempSubdirectory("kms-postgres-").FullName;
        var data = Path.Combine(folder, "data");
        var port = FreePort();
        var asRoot = Environment.UserName == "root";

        // PostgreSQL refuses to run as root: then the folder is the postgres user's, and the server runs as that user.
        if (asRoot)
        {
            Run("chown", "postgres", folder);
        }

        Run(asRoot, Path.Combine(bin, "initdb"), "-D", data, "-U", "kms", "--auth=trust", "-E", "UTF8", "--no-sync");
        Run(asRoot, Path.Combine(bin, "pg_ctl"), "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Run(asRoot, Path.Combine(bin, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop");
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // The server's last files may still be closing; the folder is under the temporary folder.
            }
        };

        return $"Host=127.0.0.1;Port={port};Username=kms;Database=postgres;Pooling=true";
    }

    private static string? Binaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb"))).OrderByDescending(bin => bin, StringComparer.Ordinal).FirstOrDefault()
            : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(bool asPostgres, string program, params string[] args) =>
        Run(asPostgres ? "runuser" : program, asPostgres ? ["-u", "postgres", "--", program, .. args] : args);

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {process.ExitCode}: {output.Result}{error.Result}");
        }
    }
}

/// <summary>A test that needs PostgreSQL: skipped only where <see cref="PostgresServer.SkipReason"/> says none can be reached or started.</summary>
public sealed class PostgresFactAttribute : Xunit.FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresServer.SkipReason;
}
