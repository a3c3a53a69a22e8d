using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace KeyLifecycle.Tests.Identifiers;

/// <summary>
/// Generators that build identifiers from valid parts and pass them through the public parsers, plus hostile text.
/// The partition table here is transcribed from botocore's partitions.json, independently of the library's.
/// </summary>
internal static class IdentifierGen
{
    public const string LowerHex = "0123456789abcdef";
    public const string AliasCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:/_-";

    /// <summary>Each partition name with the fixed start of its Region pattern (the part before <c>-\w+-\d+</c>).</summary>
    public static readonly (string Partition, string[] Prefixes)[] RegionPrefixes =
    [
        ("aws", ["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"]),
        ("aws-cn", ["cn"]),
        ("aws-us-gov", ["us-gov"]),
        ("aws-iso", ["us-iso"]),
        ("aws-iso-b", ["us-isob"]),
        ("aws-iso-e", ["eu-isoe"]),
        ("aws-iso-f", ["us-isof"]),
        ("aws-eusc", ["eusc-de"]),
    ];

    /// <summary>Characters that break identifiers in interesting ways.</summary>
    private static readonly char[] Awkward =
    [
        '\0', '\t', '\n', '\r', '\u007f', ' ', ':', '/', '-', '_', '.', '+', 'A', 'F', 'G', 'Z', 'x', 'm', 'r', 'k',
        '0', '9', '\u0660', '\u0669', '\u06F1', '\uFF10', '\uFF21', '\u00E9', '\u0130', '\u212A', '\uD800', '\uDC00',
        '\uFFFF', '\u200B',
    ];

    public static Gen<string> Letters(int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Gen.Choose('a', 'z').Select(c => (char)c), n)).Select(cs => new string(cs));

    public static Gen<string> Digits(int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Gen.Choose('0', '9').Select(c => (char)c), n)).Select(cs => new string(cs));

    public static Gen<Guid> Uuid { get; } =
        Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), 16).Select(bytes => new Guid(bytes));

    /// <summary>A partition name and a Region code built to match that partition's pattern.</summary>
    public static Gen<(string Partition, string Region)> PartitionAndRegion { get; } =
        from entry in Gen.Elements(RegionPrefixes)
        from prefix in Gen.Elements(entry.Prefixes)
        from middle in Letters(1, 12)
        from number in Digits(1, 3)
        select (entry.Partition, $"{prefix}-{middle}-{number}");

    /// <summary>Region-shaped text: two to four letter groups and a digit group, mostly matching no partition.</summary>
    public static Gen<string> AnyRegionText { get; } =
        from groups in Gen.Choose(2, 4).SelectMany(n => Gen.ArrayOf(Letters(1, 6), n))
        from number in Digits(1, 3)
        select string.Join('-', groups) + "-" + number;

    public static Gen<string> AccountText { get; } = Digits(12, 12);

    /// <summary>A key ID in lower case: a UUID, or mrk- and 32 hex digits.</summary>
    public static Gen<string> KeyIdText { get; } =
        from uuid in Uuid
        from multiRegion in Gen.Elements(true, false)
        select multiRegion ? "mrk-" + uuid.ToString("N") : uuid.ToString("D");

    public static Gen<string> AliasNameText { get; } =
        Gen.Choose(1, 250)
            .SelectMany(n => Gen.ArrayOf(Gen.Elements(AliasCharacters.ToCharArray()), n))
            .Select(cs => "alias/" + new string(cs));

    public static Gen<string> KeyArnText { get; } =
        from location in PartitionAndRegion
        from account in AccountText
        from keyId in KeyIdText
        select $"arn:{location.Partition}:kms:{location.Region}:{account}:key/{keyId}";

    public static Gen<string> AliasArnText { get; } =
        from location in PartitionAndRegion
        from account in AccountText
        from alias in AliasNameText
        select $"arn:{location.Partition}:kms:{location.Region}:{account}:{alias}";

    /// <summary>Text in any of the four valid forms.</summary>
    public static Gen<string> ValidIdentifierText { get; } = Gen.OneOf(KeyIdText, KeyArnText, AliasNameText, AliasArnText);

    /// <summary>Upper-cases a random subset of the characters.</summary>
    public static Gen<string> RandomlyUpperCased(string text) =>
        Gen.ArrayOf(Gen.Elements(true, false), text.Length)
            .Select(mask => new string(text.Select((c, i) => mask[i] ? char.ToUpperInvariant(c) : c).ToArray()));

    private static Gen<(int Kind, int Position, char Character)> Edit { get; } =
        from kind in Gen.Choose(0, 2)
        from position in Gen.Choose(0, 10_000)
        from character in Gen.Elements(Awkward)
        select (kind, position, character);

    /// <summary>A valid text with one to three characters inserted, deleted or replaced by awkward ones.</summary>
    public static Gen<string> Mutated(Gen<string> valid) =>
        from text in valid
        from count in Gen.Choose(1, 3)
        from edits in Gen.ArrayOf(Edit, count)
        select edits.Aggregate(text, Apply);

    /// <summary>Arbitrary strings: FsCheck's own, awkward characters, mutated identifiers and ones around the length limit.</summary>
    public static Gen<string> Hostile { get; } = Gen.Frequency(
        (3, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)),
        (2, Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Elements(Awkward), n)).Select(cs => new string(cs))),
        (6, Mutated(ValidIdentifierText)),
        (1, Gen.Choose(2040, 2060).SelectMany(n => KeyArnText.Select(arn => arn + new string('a', Math.Max(0, n - arn.Length))))),
        (1, Gen.Choose(2040, 2060).SelectMany(n => Gen.Elements('a', '\0', '\uD800').Select(c => new string(c, n)))));

    public static Arbitrary<string> HostileArb { get; } = Hostile.ToArbitrary();

    private static string Apply(string text, (int Kind, int Position, char Character) edit)
    {
        var at = text.Length == 0 ? 0 : edit.Position % (text.Length + 1);
        return edit.Kind switch
        {
            0 => text.Insert(at, edit.Character.ToString()),
            1 when at < text.Length => text.Remove(at, 1),
            _ when at < text.Length => text.Remove(at, 1).Insert(at, edit.Character.ToString()),
            _ => text + edit.Character,
        };
    }
}
