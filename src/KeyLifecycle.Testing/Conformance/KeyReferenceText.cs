using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Testing.Conformance;

/// <summary>Makes the <c>KeyId</c> text of a <see cref="KeyReference"/> from the key it names and the caller, the same text for the same variant.</summary>
internal static class KeyReferenceText
{
    private const int SampleSize = 20;

    public static string? For(KeyReference reference, KmsCaller caller, KeyArn key)
    {
        var variant = reference.Variant & int.MaxValue;
        var keyId = key.KeyId;
        switch (reference.Form)
        {
            case KeyReferenceForm.KeyId:
                return keyId.ToString();
            case KeyReferenceForm.KeyArn:
                return key.ToString();
            case KeyReferenceForm.ForeignRegionArn:
                return KeyArn.Create(caller.Partition, PartitionRegions.Other(caller.Partition, caller.Region, variant), caller.AccountId, keyId).ToString();
            case KeyReferenceForm.ForeignPartitionArn:
                var partitions = AwsPartition.All.Where(partition => partition != caller.Partition).ToArray();
                var partition = partitions[variant % partitions.Length];
                var regions = PartitionRegions.Of(partition);
                return KeyArn.Create(partition, regions[variant / partitions.Length % regions.Count], caller.AccountId, keyId).ToString();
            case KeyReferenceForm.OtherAccountArn:
                var account = ((ulong)variant * 7_919UL % 1_000_000_000_000UL).ToString("D12", CultureInfo.InvariantCulture);
                if (account == caller.AccountId.ToString())
                {
                    account = account[0] == '9' ? "1" + account[1..] : "9" + account[1..];
                }

                return KeyArn.Create(caller.Partition, caller.Region, AwsAccountId.Parse(account), keyId).ToString();
            case KeyReferenceForm.TruncatedArn:
                var text = key.ToString();
                var idLength = keyId.ToString().Length;
                return text[..(text.Length - idLength + (variant % idLength))];
            case KeyReferenceForm.NonexistentKey:
                return Sample(caller, InvalidKeyIdCategory.NonexistentKey, variant);
            case KeyReferenceForm.MalformedKeyId:
                return Sample(caller, InvalidKeyIdCategory.MalformedKeyId, variant);
            case KeyReferenceForm.MalformedArn:
                return Sample(caller, InvalidKeyIdCategory.MalformedArn, variant);
            case KeyReferenceForm.Alias:
                return Sample(caller, InvalidKeyIdCategory.AliasWhereKeyRequired, variant);
            case KeyReferenceForm.OverLong:
                return Sample(caller, InvalidKeyIdCategory.OverLong, variant);
            case KeyReferenceForm.Empty:
                return string.Empty;
            case KeyReferenceForm.Missing:
                return null;
            default:
                throw new ArgumentOutOfRangeException(nameof(reference), reference.Form, "Not a defined KeyReferenceForm value.");
        }
    }

    private static string? Sample(KmsCaller caller, InvalidKeyIdCategory category, int variant) =>
        Gen.Sample(KmsGen.InvalidKeyIdsFor(caller, category), 1, new Rnd((ulong)variant), SampleSize)[0].Input;
}
