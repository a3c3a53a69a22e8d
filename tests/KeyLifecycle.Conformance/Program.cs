using System;
using System.Globalization;
using System.Threading;
using KeyLifecycle.Conformance;
using KeyLifecycle.Testing.Aws;
using KeyLifecycle.Testing.Conformance;

// Runs the KeyLifecycle conformance suite against a KMS endpoint and prints the report.
//   --endpoint URL      the endpoint (or --moto to start moto on a free loopback port and stop it afterwards)
//   --region REGION     the Region to sign for (default us-east-1)
//   --count N           scenarios per search round (default 100)
//   --seed N            replay a run
//   --max-faults N      stop after N distinct faults (default 10)
//   --no-identifiers    name keys by key ID and key ARN only
//   --no-cryptography   leave out Encrypt, GenerateDataKey and Decrypt
// Exit code: 0 when the endpoint conforms, 1 when faults were found, 2 for a usage error.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

Uri? endpoint = null;
var moto = false;
var region = "us-east-1";
var options = new ConformanceOptions { Progress = line => Console.Error.WriteLine(line) };
for (var i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
    switch (args[i])
    {
        case "--endpoint":
            endpoint = new Uri(Value());
            break;
        case "--moto":
            moto = true;
            break;
        case "--region":
            region = Value();
            break;
        case "--count":
            options = options with { MaxTest = int.Parse(Value(), CultureInfo.InvariantCulture) };
            break;
        case "--seed":
            options = options with { Seed = ulong.Parse(Value(), CultureInfo.InvariantCulture) };
            break;
        case "--max-faults":
            options = options with { MaxFaults = int.Parse(Value(), CultureInfo.InvariantCulture) };
            break;
        case "--no-identifiers":
            options = options with { IdentifierChecks = false };
            break;
        case "--no-cryptography":
            options = options with { CryptographicOperations = false };
            break;
        default:
            Console.Error.WriteLine($"unknown argument {args[i]}; use --endpoint URL or --moto, and optionally --region, --count, --seed, --max-faults, --no-identifiers, --no-cryptography");
            return 2;
    }
}

if ((endpoint is null) == !moto)
{
    Console.Error.WriteLine("give exactly one of --endpoint URL and --moto");
    return 2;
}

await using var server = moto ? await MotoServer.StartAsync(cancellation.Token) : null;
var url = server?.Url ?? endpoint!;
var name = server is null ? url.ToString() : $"moto {server.Version} ({url})";
using var adapter = AwsSdkKmsAdapter.ForEndpoint(url, region);
var report = await ConformanceSuite.RunAsync(name, adapter, options, cancellation.Token);
Console.WriteLine(report);
return report.Passed ? 0 : 1;
