using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Benchmarks;

/// <summary>Parsing identifiers, beside the floor of parsing the same UUID text with <see cref="Guid.TryParseExact(string, string, out Guid)"/>.</summary>
[MemoryDiagnoser]
public class IdentifierParsingBenchmarks
{
    private const string Uuid = "1234abcd-12ab-34cd-56ef-1234567890ab";
    private const string UpperCaseUuid = "1234ABCD-12AB-34CD-56EF-1234567890AB";
    private const string MultiRegionId = "mrk-1234abcd12ab34cd56ef1234567890ab";
    private const string Arn = "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private const string UpperCaseArn = "arn:aws:kms:us-west-2:111122223333:key/1234ABCD-12AB-34CD-56EF-1234567890AB";
    private readonly KeyArn _arn = KeyArn.Parse(Arn);
    private const string AliasArnText = "arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias";

    // More accounts than the table of known ARN heads has slots, taken in turn, so most parses validate the head again.
    private readonly string[] _manyAccounts = [.. Enumerable.Range(0, 4096).Select(i => $"arn:aws:kms:us-west-2:{100_000_000_000 + (i * 7_919)}:key/1234abcd-12ab-34cd-56ef-1234567890ab")];
    private int _next;

    [Benchmark(Baseline = true, Description = "Floor: Guid.TryParseExact(uuid, \"D\")")]
    public bool GuidTryParseExact() => Guid.TryParseExact(Uuid, "D", out _);

    [Benchmark(Description = "KeyId.TryParse(uuid)")]
    public bool KeyIdUuid() => KeyId.TryParse(Uuid, out _);

    [Benchmark(Description = "KeyId.TryParse(UPPER-CASE uuid)")]
    public bool KeyIdUpperCase() => KeyId.TryParse(UpperCaseUuid, out _);

    [Benchmark(Description = "KeyId.TryParse(mrk- id)")]
    public bool KeyIdMultiRegion() => KeyId.TryParse(MultiRegionId, out _);

    [Benchmark(Description = "KeyArn.TryParse(arn)")]
    public bool KeyArnParse() => KeyArn.TryParse(Arn, out _);

    [Benchmark(Description = "KeyArn.TryParse(arn of 4096 accounts in turn)")]
    public bool KeyArnManyAccounts() => KeyArn.TryParse(_manyAccounts[_next++ & 4095], out _);

    [Benchmark(Description = "KeyArn.TryParse(arn with UPPER-CASE key id)")]
    public bool KeyArnUpperCase() => KeyArn.TryParse(UpperCaseArn, out _);

    [Benchmark(Description = "KeyArn parts read (Region, AccountId, KeyId)")]
    public bool KeyArnParts() => _arn.Region != default && _arn.AccountId != default && _arn.KeyId != default;

    [Benchmark(Description = "KmsIdentifier.Parse(key arn)")]
    public int KmsIdentifierKeyArn() => KmsIdentifier.Parse(Arn).Index;

    [Benchmark(Description = "KmsIdentifier.Parse(alias arn)")]
    public int KmsIdentifierAliasArn() => KmsIdentifier.Parse(AliasArnText).Index;

    [Benchmark(Description = "KmsIdentifier.Parse(invalid)")]
    public int KmsIdentifierInvalid() => KmsIdentifier.Parse("fake-key-id").Index;
}
