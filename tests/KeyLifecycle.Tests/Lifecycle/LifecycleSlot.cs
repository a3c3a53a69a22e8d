using System;
using System.Collections.Generic;
using System.Linq;

namespace KeyLifecycle.Tests.Lifecycle;

/// <summary>One place a key can live in the world of the model check: its literal ARN and the facts fixed when it is created.</summary>
/// <param name="Index">The slot's number, which commands name.</param>
/// <param name="Name">A short name for counterexamples.</param>
/// <param name="Arn">The key ARN, written out as the service shows it.</param>
/// <param name="Origin">The key's origin.</param>
/// <param name="AwsManaged">Whether the key is AWS managed.</param>
/// <param name="Hmac">Whether the key is an HMAC_256 key rather than SYMMETRIC_DEFAULT.</param>
/// <param name="Store">The custom key store (0 or 1) that holds the key, if any.</param>
/// <param name="Set">The multi-Region set (0 or 1) the key belongs to, if any.</param>
/// <param name="RegionIndex">The index in <see cref="LifecycleSlot.Regions"/> of the key's Region.</param>
internal sealed record LifecycleSlot(int Index, string Name, string Arn, KeyOrigin Origin, bool AwsManaged, bool Hmac, int? Store, int? Set, int RegionIndex)
{
    public const string Account = "111122223333";

    /// <summary>The Regions of the multi-Region sets; every set's primary starts in the first.</summary>
    public static IReadOnlyList<string> Regions { get; } = ["us-west-2", "us-east-1", "eu-west-1", "ap-southeast-2"];

    public static IReadOnlyList<string> StoreIds { get; } = ["cks-1234567890abcdef0", "cks-0fedcba9876543210"];

    public static IReadOnlyList<LifecycleSlot> All { get; } = Build();

    public string Region => Regions[RegionIndex];

    public string KeyId => Arn[(Arn.IndexOf(":key/", StringComparison.Ordinal) + 5)..];

    /// <summary>Whether the world starts with a key here (every key except the replicas not yet made).</summary>
    public bool StartsPresent => Set is null || RegionIndex == 0 || (Set == 0 && RegionIndex == 1);

    /// <summary>The slot of the key of <paramref name="set"/> in the Region with index <paramref name="regionIndex"/>.</summary>
    public static LifecycleSlot Of(int set, int regionIndex) => All.Single(s => s.Set == set && s.RegionIndex == regionIndex);

    public IEnumerable<LifecycleSlot> Related => Set is null ? [] : All.Where(s => s.Set == Set && s.Index != Index);

    public override string ToString() => Name;

    private static LifecycleSlot[] Build()
    {
        var slots = new List<LifecycleSlot>
        {
            new(0, "aws-kms", "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", KeyOrigin.AwsKms, false, false, null, null, 0),
            new(1, "external", "arn:aws:kms:us-west-2:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321", KeyOrigin.External, false, false, null, null, 0),
            new(2, "cloudhsm", "arn:aws:kms:us-west-2:111122223333:key/11112222-3333-4444-5555-666677778888", KeyOrigin.AwsCloudHsm, false, false, 0, null, 0),
            new(3, "xks", "arn:aws:kms:us-west-2:111122223333:key/22223333-4444-5555-6666-777788889999", KeyOrigin.ExternalKeyStore, false, false, 1, null, 0),
            new(4, "aws-managed", "arn:aws:kms:us-west-2:111122223333:key/33334444-5555-6666-7777-888899990000", KeyOrigin.AwsKms, true, false, null, null, 0),
            new(5, "hmac", "arn:aws:kms:us-west-2:111122223333:key/44445555-6666-7777-8888-999900001111", KeyOrigin.AwsKms, false, true, null, null, 0),
        };
        string[] mrk = ["mrk-1234abcd12ab34cd56ef1234567890ab", "mrk-0987dcba09fe87dc65baab0987654321"];
        string[] names = ["mrk", "mrk-external"];
        for (var set = 0; set < 2; set++)
        {
            for (var region = 0; region < Regions.Count; region++)
            {
                slots.Add(new(slots.Count, $"{names[set]}@{Regions[region]}", $"arn:aws:kms:{Regions[region]}:111122223333:key/{mrk[set]}",
                    set == 0 ? KeyOrigin.AwsKms : KeyOrigin.External, false, false, null, set, region));
            }
        }

        return [.. slots];
    }
}
