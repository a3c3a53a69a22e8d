using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Testing;

public static partial class KmsGen
{
    private const string NotFound = "NotFoundException";

    /// <summary>Gets bad <c>KeyId</c> parameters of every <see cref="InvalidKeyIdCategory"/>, each for a random caller and labelled with the service's answer.</summary>
    public static Gen<InvalidKeyIdCase> InvalidKeyIds => Callers.SelectMany(InvalidKeyIdsFor);

    /// <summary>Returns bad <c>KeyId</c> parameters of every category for <paramref name="caller"/>.</summary>
    /// <param name="caller">The caller the inputs are sent as.</param>
    /// <returns>A generator of labelled cases, every category equally likely.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caller"/> is <see langword="null"/>.</exception>
    public static Gen<InvalidKeyIdCase> InvalidKeyIdsFor(KmsCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return Gen.Elements(Enum.GetValues<InvalidKeyIdCategory>()).SelectMany(category => InvalidKeyIdsFor(caller, category));
    }

    /// <summary>Returns bad <c>KeyId</c> parameters of one category for <paramref name="caller"/>.</summary>
    /// <param name="caller">The caller the inputs are sent as.</param>
    /// <param name="category">The kind of bad input.</param>
    /// <returns>A generator of labelled cases.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caller"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined member.</exception>
    public static Gen<InvalidKeyIdCase> InvalidKeyIdsFor(KmsCaller caller, InvalidKeyIdCategory category)
    {
        ArgumentNullException.ThrowIfNull(caller);
        InvalidKeyIdCase Case(string? input, string code, string message) => new(category, caller, input, code, message);

        return category switch
        {
            InvalidKeyIdCategory.MalformedKeyId =>
                MalformedKeyIdText.Select(input => Case(input, NotFound, $"Invalid keyId '{input}'")),
            InvalidKeyIdCategory.WrongPartition =>
                from partition in Gen.Elements(AwsPartition.All.Where(p => p != caller.Partition).ToArray())
                from region in RegionsIn(partition)
                from account in AccountIds
                from keyId in KeyIds
                let input = KeyArn.Create(partition, region, account, keyId).ToString()
                select Case(input, NotFound, $"Invalid arn {partition}"),
            InvalidKeyIdCategory.ForeignRegion =>
                from choice in Gen.Choose(0, 1000)
                let region = PartitionRegions.Other(caller.Partition, caller.Region, choice)
                from account in Gen.Frequency((1, Gen.Constant(caller.AccountId)), (1, AccountIds))
                from keyId in KeyIds
                let input = KeyArn.Create(caller.Partition, region, account, keyId).ToString()
                select Case(input, NotFound, $"Invalid arn {region}"),
            InvalidKeyIdCategory.TruncatedKeyArn =>
                from keyId in KeyIds
                let arn = caller.KeyArnFor(keyId).ToString()
                from keep in Gen.Choose(0, keyId.ToString().Length - 1)
                let keyPart = keyId.ToString()[..keep]
                select Case(arn[..(arn.Length - keyId.ToString().Length + keep)], NotFound, $"Invalid keyId '{keyPart}'"),
            InvalidKeyIdCategory.MalformedArn =>
                MalformedArnText(caller).Select(input => Case(input, "InvalidArnException", $"Invalid arn {input}")),
            InvalidKeyIdCategory.OverLong =>
                from baseText in Gen.OneOf(KeyIds.Select(id => id.ToString()), KeyArnsOf(caller).Select(arn => arn.ToString()), AliasNames.Select(name => name.ToString()))
                from length in Gen.Choose(Resolution.KeyResolver.MaxKeyIdLength + 1, Resolution.KeyResolver.MaxKeyIdLength + 64)
                let input = baseText + new string('a', Math.Max(0, length - baseText.Length))
                select Case(input, "ValidationException",
                    $"1 validation error detected: Value '{input}' at 'keyId' failed to satisfy constraint: Member must have length less than or equal to 2048"),
            InvalidKeyIdCategory.AliasWhereKeyRequired =>
                from name in AliasNames
                from asArn in Gen.Elements(true, false)
                let input = asArn ? caller.AliasArnFor(name).ToString() : name.ToString()
                select Case(input, NotFound, $"Invalid keyId '{input}'"),
            InvalidKeyIdCategory.Empty =>
                Gen.Constant(Case(string.Empty, "ValidationException",
                    "1 validation error detected: Value '' at 'keyId' failed to satisfy constraint: Member must have length greater than or equal to 1")),
            InvalidKeyIdCategory.Missing =>
                Gen.Constant(Case(null, "ValidationException",
                    "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null")),
            InvalidKeyIdCategory.NonexistentKey =>
                from keyId in KeyIds
                from asArn in Gen.Elements(true, false)
                let arn = caller.KeyArnFor(keyId)
                select Case(asArn ? arn.ToString() : keyId.ToString(), NotFound, $"Key '{arn}' does not exist"),
            InvalidKeyIdCategory.OtherAccount =>
                from account in AccountIds.Where(account => account != caller.AccountId)
                from keyId in KeyIds
                let input = KeyArn.Create(caller.Partition, caller.Region, account, keyId).ToString()
                select Case(input, NotFound, $"Key '{input}' does not exist"),
            _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a defined InvalidKeyIdCategory value."),
        };
    }

    // Text that is not a key ID by construction, and starts with neither "arn:" nor "alias/".
    private static Gen<string> MalformedKeyIdText =>
        Gen.OneOf(
            // Recorded by the service (specification section 4.3), and similar words.
            Gen.Elements("fake-key-id", "key_id", "mrk-fake-key-id", "134f2428cec14b25a1ae9048164dba47", "not-a-key", "mrk-", "1234"),
            // A UUID or mrk- ID with one digit replaced by a letter past 'f'.
            from keyId in KeyIds
            from index in Gen.Choose(0, 35)
            from letter in Gen.Elements("ghijklmnopqrstuvwxyzGXZ_.+ ".ToCharArray())
            let text = keyId.ToString()
            let at = text[index] is '-' ? (index + 1) % text.Length : index
            where !(at < 4 && text.StartsWith("mrk-", StringComparison.Ordinal))
            select string.Concat(text.AsSpan(0, at), letter.ToString(), text.AsSpan(at + 1)),
            // One character too few or too many.
            from keyId in KeyIds
            from longer in Gen.Elements(true, false)
            from digit in Gen.Elements(LowerHex.ToCharArray())
            select longer ? keyId.ToString() + digit : keyId.ToString()[..^1],
            // The 32 digits without hyphens, with braces, with surrounding space, or an mrk- prefix on a hyphenated UUID.
            from uuid in Uuids
            from form in Gen.Elements("N", "B", "P", " D", "D ", "mrk-D", "MRK-N")
            select form switch
            {
                " D" => " " + uuid.ToString("D"),
                "D " => uuid.ToString("D") + " ",
                "mrk-D" => "mrk-" + uuid.ToString("D"),
                "MRK-N" => "MRK-" + uuid.ToString("N"),
                _ => uuid.ToString(form),
            },
            // Words.
            TextOf("abcdefghijklmnopqrstuvwxyz-_", 1, 40));

    private static Gen<string> MalformedArnText(KmsCaller caller) =>
        Gen.OneOf(
            // Cut before the resource: too few fields, or a resource that is not yet "key/".
            from keyId in KeyIds
            let arn = caller.KeyArnFor(keyId).ToString()
            let resourceStart = arn.IndexOf(":key/", StringComparison.Ordinal) + 1
            from length in Gen.Choose("arn:".Length, resourceStart + "key".Length)
            select arn[..length],
            // Another service.
            from service in Gen.Elements("iam", "s3", "kms2", "KMS", string.Empty)
            from keyId in KeyIds
            select $"arn:{caller.Partition}:{service}:{caller.Region}:{caller.AccountId}:key/{keyId}",
            // A partition that does not exist.
            from partition in Gen.Elements("aws-xx", "AWS", "aws-mars", string.Empty)
            from keyId in KeyIds
            select $"arn:{partition}:kms:{caller.Region}:{caller.AccountId}:key/{keyId}",
            // An account field that is not twelve digits.
            from account in Gen.Elements("12345", "1111222233334", "11112222333a", string.Empty)
            from keyId in KeyIds
            select $"arn:{caller.Partition}:kms:{caller.Region}:{account}:key/{keyId}",
            // A resource type KMS does not have.
            from resource in Gen.Elements("grant/", "keys/", "Key/", "alias", "key-", string.Empty)
            from keyId in KeyIds
            select $"arn:{caller.Partition}:kms:{caller.Region}:{caller.AccountId}:{resource}{keyId}");
}
