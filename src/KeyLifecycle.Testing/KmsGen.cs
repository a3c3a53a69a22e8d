using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Testing;

/// <summary>FsCheck generators for the KeyLifecycle domain types, built from valid parts through the library's public parsers and factories.</summary>
/// <remarks>
/// <para>
/// Every value a generator here produces went through <c>Parse</c>, <c>Create</c> or a <see cref="KeyTransitions"/>
/// function, so it is a value the library itself can hold: nothing is constructed around an invariant. Compose these
/// with FsCheck's combinators, or register <see cref="KmsArbitraries"/> to receive the types as property arguments.
/// </para>
/// <para>The generators are immutable and thread-safe.</para>
/// </remarks>
public static partial class KmsGen
{
    private const string LowerHex = "0123456789abcdef";
    private const string AliasCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:/_-";

    /// <summary>Gets the eight AWS partitions.</summary>
    public static Gen<AwsPartition> Partitions => Gen.Elements(AwsPartition.All.ToArray());

    /// <summary>Gets the Regions the partitions list, from every partition, each as likely as its partition.</summary>
    public static Gen<AwsRegion> Regions => Partitions.SelectMany(RegionsIn);

    /// <summary>Gets twelve-digit account IDs, leading zeros included.</summary>
    public static Gen<AwsAccountId> AccountIds =>
        Gen.Frequency(
            (8, Gen.ArrayOf(Gen.Choose(0, 9), AwsAccountId.Length).Select(digits => string.Concat(digits))),
            (1, Gen.Elements("111122223333", "123456789012", "000000000000", "999999999999", "000000000001")))
        .Select(AwsAccountId.Parse);

    /// <summary>Gets callers: a listed Region of any partition and an account.</summary>
    public static Gen<KmsCaller> Callers =>
        from region in Regions
        from account in AccountIds
        select KmsCaller.Create(region, account);

    /// <summary>Gets UUIDs, with all-zero and all-one values now and then.</summary>
    public static Gen<Guid> Uuids =>
        Gen.Frequency(
            (20, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), 16).Select(bytes => new Guid(bytes))),
            (1, Gen.Elements(Guid.Empty, new Guid("ffffffff-ffff-ffff-ffff-ffffffffffff"))));

    /// <summary>Gets single-Region key IDs (<c>1234abcd-12ab-34cd-56ef-1234567890ab</c>), made by <see cref="KeyId.NewSingleRegion(Guid)"/>.</summary>
    public static Gen<KeyId> SingleRegionKeyIds => Uuids.Select(KeyId.NewSingleRegion);

    /// <summary>Gets multi-Region key IDs (<c>mrk-</c> and 32 hexadecimal digits), made by <see cref="KeyId.NewMultiRegion(Guid)"/>.</summary>
    public static Gen<KeyId> MultiRegionKeyIds => Uuids.Select(KeyId.NewMultiRegion);

    /// <summary>Gets key IDs of both kinds, single-Region ones three times as often.</summary>
    public static Gen<KeyId> KeyIds => Gen.Frequency((3, SingleRegionKeyIds), (1, MultiRegionKeyIds));

    /// <summary>Gets key ARNs in every partition, each naming a Region of its own partition.</summary>
    public static Gen<KeyArn> KeyArns =>
        from caller in Callers
        from keyId in KeyIds
        select caller.KeyArnFor(keyId);

    /// <summary>Gets alias names: <c>alias/</c> and 1 to 250 characters of <c>[a-zA-Z0-9:/_-]</c>, now and then a reserved <c>alias/aws/</c> one, parsed by <see cref="AliasName.Parse(string)"/>.</summary>
    public static Gen<AliasName> AliasNames =>
        Gen.Frequency(
            (12, Gen.Sized(size => Gen.Choose(1, Math.Clamp(size * 3, 1, AliasName.MaxLength - 6)))
                .SelectMany(length => Gen.ArrayOf(Gen.Elements(AliasCharacters.ToCharArray()), length))
                .Select(chars => "alias/" + new string(chars))),
            (2, Gen.Elements("alias/ExampleAlias", "alias/my-key", "alias/a", "alias/x:y/z_w-v", "alias/" + new string('k', AliasName.MaxLength - 6))),
            (1, Gen.Elements("alias/aws/s3", "alias/aws/ebs", "alias/aws/kms", "alias/aws/secretsmanager")))
        .Select(AliasName.Parse);

    /// <summary>Gets alias ARNs in every partition.</summary>
    public static Gen<AliasArn> AliasArns =>
        from caller in Callers
        from name in AliasNames
        select caller.AliasArnFor(name);

    /// <summary>Returns the Regions <paramref name="partition"/> lists.</summary>
    /// <param name="partition">One of <see cref="AwsPartition.All"/>.</param>
    /// <returns>A generator of the partition's Regions.</returns>
    /// <exception cref="ArgumentException"><paramref name="partition"/> is not one of the known partitions.</exception>
    public static Gen<AwsRegion> RegionsIn(AwsPartition partition)
    {
        if (!AwsPartition.All.Contains(partition))
        {
            throw new ArgumentException($"'{partition}' is not a known partition.", nameof(partition));
        }

        return Gen.Elements(PartitionRegions.Of(partition).ToArray());
    }

    /// <summary>Returns key ARNs in the caller's partition, Region and account.</summary>
    /// <param name="caller">The caller whose keys the ARNs name.</param>
    /// <returns>A generator of key ARNs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caller"/> is <see langword="null"/>.</exception>
    public static Gen<KeyArn> KeyArnsOf(KmsCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return KeyIds.Select(caller.KeyArnFor);
    }

    private static Gen<string> TextOf(string alphabet, int minLength, int maxLength) =>
        Gen.Choose(minLength, maxLength)
            .SelectMany(length => Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), length))
            .Select(chars => new string(chars));

    private static Gen<string> HexText(int length) => TextOf(LowerHex, length, length);

    private static IEnumerable<T> Once<T>(T value) => [value];
}
