using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Pipeline;
using Microsoft.Extensions.Configuration;

namespace KeyLifecycle.Emulator.CommandLine;

/// <summary>Reads the <c>kms-emulator</c> command line: <c>--help</c>, <c>--version</c>, and the options, refusing what it does not know with one line that says what to write instead.</summary>
/// <remarks>
/// Options are ASP.NET Core configuration keys, written <c>--Kms:Region=eu-west-1</c> or <c>--Kms:Region eu-west-1</c>
/// (names compare case-insensitively, as configuration does). The same keys may come from environment variables
/// (<c>Kms__Region</c>) or <c>appsettings.json</c>; <see cref="CheckValues"/> checks the values wherever they came from.
/// </remarks>
internal static partial class EmulatorCommandLine
{
    public const string Command = "kms-emulator";

    private static readonly string[] s_faultKinds = ["InternalError", "DependencyTimeout", "LimitExceeded", "Throttling"];

    /// <summary>Every option, in the order <c>--help</c> lists them.</summary>
    public static IReadOnlyList<EmulatorOption> Options { get; } =
    [
        new("urls", EmulatorApp.DefaultUrl, "where to listen; several URLs separated by ';'; port 0 picks a free port", CheckUrls),
        new("Kms:Region", "us-east-1", "the Region of unsigned requests; signed requests use the Region of their SigV4 credential scope", CheckRegion),
        new("Kms:AccountId", "111122223333", "the account of every caller, except that an access key ID of twelve digits is taken as the account", CheckAccount),
        new("Kms:ReplicaCreationDelay", "00:00:02", "how long a replica made by ReplicateKey stays Creating", value => CheckDuration("Kms:ReplicaCreationDelay", value)),
        new("Kms:PrimaryRegionUpdateDelay", "00:00:02", "how long UpdatePrimaryRegion keeps both keys Updating", value => CheckDuration("Kms:PrimaryRegionUpdateDelay", value)),
        new("Kms:SweepInterval", "00:00:01", "how often deletions and other changes that fall due are applied in the background; a request also checks its account when the last check is this old", value => CheckDuration("Kms:SweepInterval", value)),
        new("Kms:Faults:<n>:Operation", "*", "fault rule <n> (0, 1, ...): the operation it fails, or * for every operation", CheckFaultOperation),
        new("Kms:Faults:<n>:Kind", "InternalError", "InternalError (500), DependencyTimeout (503), LimitExceeded or Throttling (400)", CheckFaultKind),
        new("Kms:Faults:<n>:EveryNth", "0", "fail every n-th matching call", value => CheckInteger("Kms:Faults:<n>:EveryNth", value, 0, int.MaxValue)),
        new("Kms:Faults:<n>:Probability", "0", "fail each matching call with this probability (0 to 1)", CheckProbability),
        new("Kms:FaultSeed", "none", "seed for Probability, for repeatable runs", value => CheckInteger("Kms:FaultSeed", value, int.MinValue, int.MaxValue)),
        new("Kms:Principals:<n>:AccessKeyId", "none", "principal <n> (0, 1, ...): the access key ID it signs with; a request signed with it has its SigV4 signature verified and is served as the principal", NoCheck),
        new("Kms:Principals:<n>:SecretAccessKey", "none", "the secret access key principal <n> signs with", NoCheck),
        new("Kms:Principals:<n>:Arn", "none", "principal <n>'s ARN: an IAM user, role, assumed-role session or account root; its requests are in that account", NoCheck),
        new("Kms:Principals:<n>:IdentityPolicies:<m>", "none", "principal <n>'s identity-based policy <m>, a JSON policy document; none gives every identity permission", NoCheck),
        new("Kms:RejectUnknownAccessKeys", "false", "whether a request not signed with a configured principal's access key is refused, as AWS refuses unknown keys and unsigned requests", value => CheckBoolean("Kms:RejectUnknownAccessKeys", value)),
        new("Kms:Store", "memory", "where keys are kept: memory; sqlite:<file> to keep them across restarts (the file is created when missing); postgres:<connection string> to share them among emulators", CheckStore),
        new("Kms:Seed", "none", "a seed file (JSON, or YAML when named .yaml) of keys and aliases to start with; GET /_kms/export writes one", value => CheckPath("Kms:Seed", value)),
        new("Emulator:ClockControl", "true", "whether POST /_kms/clock may move the emulator's clock", value => CheckBoolean("Emulator:ClockControl", value)),
        new("Emulator:Export", "none", "a file to write the keys and aliases to, as a seed file, when the emulator stops", value => CheckPath("Emulator:Export", value)),
        new("Emulator:ExportSecrets", "false", "whether --Emulator:Export writes key material too, so that the seeded keys decrypt what these encrypted", value => CheckBoolean("Emulator:ExportSecrets", value)),
        new("Emulator:MaxEvents", "1000", "how many of the latest requests GET /_kms/events keeps", value => CheckInteger("Emulator:MaxEvents", value, 1, 100_000)),
    ];

    /// <summary>The version of the emulator, as <c>--version</c> prints it.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>Reads <paramref name="args"/>.</summary>
    /// <returns>What to do: print help or the version, refuse with a problem, or run with the options normalized to <c>--name=value</c>.</returns>
    public static CommandLineRequest Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h" or "-?" or "/?" or "/help")
            {
                return CommandLineRequest.ShowHelp;
            }

            if (arg is "--version")
            {
                return CommandLineRequest.ShowVersion;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                return CommandLineRequest.Refuse(arg.StartsWith('-')
                    ? $"unknown option {arg}; options are written --name=value ({Command} --help lists them)"
                    : $"unexpected argument '{arg}'; options are written --name=value ({Command} --help lists them)");
            }

            var text = arg[2..];
            var equals = text.IndexOf('=', StringComparison.Ordinal);
            var name = equals >= 0 ? text[..equals] : text;
            string? value = equals >= 0 ? text[(equals + 1)..] : null;
            if (value is null && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }

            if (Find(name) is null)
            {
                return CommandLineRequest.Refuse(Unknown(name, value));
            }

            if (value is null)
            {
                return CommandLineRequest.Refuse($"option --{name} needs a value; write --{name}=<value> ({Command} --help shows the default)");
            }

            options.Add($"--{name}={value}");
        }

        return CommandLineRequest.Run(options.ToArray());
    }

    /// <summary>Checks the value of every known option in <paramref name="configuration"/>, wherever it came from.</summary>
    /// <returns>The first problem, as one line, or <see langword="null"/> when every value is good.</returns>
    public static string? CheckValues(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var (key, value) in configuration.AsEnumerable())
        {
            if (value is null || !IsOurs(key) || Find(key) is not { } option)
            {
                continue;
            }

            if (option.Check(value) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>The text of <c>--help</c>.</summary>
    public static string HelpText()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Command} {Version}: a local AWS KMS endpoint for the AWS SDKs and the AWS CLI.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Usage: {Command} [--option=value ...]\n\nOptions (also as environment variables, e.g. Kms__Region=eu-west-1):\n");
        var width = Options.Max(option => option.Name.Length) + 2;
        foreach (var option in Options)
        {
            text.Append("  --").Append(option.Name.PadRight(width)).Append(option.Meaning)
                .Append(" (default: ").Append(option.Default).Append(")\n");
        }

        text.Append("  --help").Append(' ', width - 2).Append("print this text\n");
        text.Append("  --version").Append(' ', width - 5).Append("print the version\n\n");
        text.Append("Endpoints besides KMS (POST /): GET /_kms/ (a page of keys and events), GET /_kms/health,\n");
        text.Append("GET /_kms/events?key=&eventName=&since=, GET and POST /_kms/clock ({\"advance\": \"7.00:00:00\"} or {\"set\": \"2030-01-01T00:00:00Z\"}),\n");
        text.Append("GET /_kms/export[?secrets=true] (the keys and aliases as a seed file), POST /_kms/seed (add a seed file's keys and aliases).\n");
        return text.ToString();
    }

    private static bool IsOurs(string key) =>
        key.Equals("urls", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Kms:", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Emulator:", StringComparison.OrdinalIgnoreCase);

    private static EmulatorOption? Find(string name)
    {
        var pattern = PolicyKey().Replace(PrincipalKey().Replace(FaultKey().Replace(name, "Kms:Faults:<n>:"), "Kms:Principals:<n>:"), ":IdentityPolicies:<m>");
        return Options.FirstOrDefault(option => option.Name.Equals(pattern, StringComparison.OrdinalIgnoreCase));
    }

    private static string Unknown(string name, string? value)
    {
        if (name.Equals("port", StringComparison.OrdinalIgnoreCase) || name.Equals("Kms:Port", StringComparison.OrdinalIgnoreCase))
        {
            var port = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number.ToString(CultureInfo.InvariantCulture) : "<port>";
            return $"unknown option --{name}; to listen on port {port}, start with --urls http://127.0.0.1:{port}";
        }

        var nearest = Options
            .Select(option => (option.Name, Distance: Distance(name.ToUpperInvariant(), option.Name.ToUpperInvariant())))
            .OrderBy(candidate => candidate.Distance)
            .First();
        return nearest.Distance <= Math.Max(2, nearest.Name.Length / 4)
            ? $"unknown option --{name}; did you mean --{nearest.Name}? ({Command} --help lists the options)"
            : $"unknown option --{name}; {Command} --help lists the options";
    }

    // Levenshtein distance, for suggesting the option a typo meant.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static string? CheckUrls(string value)
    {
        foreach (var url in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return $"--urls '{url}' is not an http:// URL; start with e.g. --urls {EmulatorApp.DefaultUrl}";
            }
        }

        return null;
    }

    private static string? CheckRegion(string value) =>
        AwsRegion.TryParse(value, out var region) && AwsPartition.TryGetForRegion(region, out _)
            ? null
            : $"--Kms:Region '{value}' is not a Region of a known AWS partition; start with e.g. --Kms:Region=eu-west-1";

    private static string? CheckAccount(string value) =>
        AwsAccountId.TryParse(value, out _)
            ? null
            : $"--Kms:AccountId '{value}' is not a twelve-digit AWS account ID; start with e.g. --Kms:AccountId=111122223333";

    private static string? CheckDuration(string name, string value) =>
        TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var duration) && duration >= TimeSpan.Zero
            ? null
            : $"--{name} '{value}' is not a duration; write [d.]hh:mm:ss, e.g. --{name}=00:00:05";

    private static string? CheckFaultOperation(string value) =>
        value == "*" || OperationTable.IsKnown(value)
            ? null
            : $"--Kms:Faults:<n>:Operation '{value}' is not an operation the emulator serves; write its name (e.g. DescribeKey) or *";

    private static string? CheckFaultKind(string value) =>
        s_faultKinds.Contains(value, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"--Kms:Faults:<n>:Kind '{value}' is not a fault kind; write one of {string.Join(", ", s_faultKinds)}";

    private static string? CheckProbability(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var probability) && probability is >= 0 and <= 1
            ? null
            : $"--Kms:Faults:<n>:Probability '{value}' is not a number from 0 to 1; write e.g. 0.1";

    private static string? CheckInteger(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? null
            : $"--{name} '{value}' is not a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}";

    private static string? CheckBoolean(string name, string value) =>
        bool.TryParse(value, out _) ? null : $"--{name} '{value}' is neither true nor false";

    private static string? CheckStore(string value) =>
        EmulatorStore.TryParse(value, out _) ? null : $"--Kms:Store '{value}' is not {EmulatorStore.Usage}";

    private static string? CheckPath(string name, string value) =>
        value.Trim().Length > 0 && value.IndexOfAny(System.IO.Path.GetInvalidPathChars()) < 0 ? null : $"--{name} '{value}' is not a file path";

    private static string ReadVersion()
    {
        var version = typeof(EmulatorCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var metadata = version.IndexOf('+', StringComparison.Ordinal);
        return metadata >= 0 ? version[..metadata] : version;
    }

    [GeneratedRegex(@"^Kms:Faults:\d+:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FaultKey();

    [GeneratedRegex(@"^Kms:Principals:\d+:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrincipalKey();

    [GeneratedRegex(@":IdentityPolicies:\d+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PolicyKey();

    // Principals are checked together, once bound (a duplicate access key ID is two values): see EmulatorApp.TryBuild.
    private static string? NoCheck(string value) => null;
}
