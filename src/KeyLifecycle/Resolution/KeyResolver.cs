using System;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using OneOf;
using Resolved = OneOf.OneOf<KeyLifecycle.KmsKey, KeyLifecycle.Errors.ValidationFailed, KeyLifecycle.Errors.NotFound, KeyLifecycle.Errors.MalformedArn>;

namespace KeyLifecycle.Resolution;

/// <summary>Resolves the <c>KeyId</c> text of a request to a key, or to the exact error the service returns for it.</summary>
/// <remarks>
/// <para>
/// The checks run in the service's order, one failure reported at a time: model validation (a missing, empty or
/// over-long <c>KeyId</c>, <c>ValidationException</c>); the partition and Region of an ARN against the caller's
/// (<c>NotFoundException: Invalid arn us-west-2</c>); the ARN's form (<c>InvalidArnException</c>); the identifier's
/// form and whether the operation accepts it (<c>NotFoundException: Invalid keyId '...'</c>); the account of an ARN;
/// and the key's or alias's existence (<c>Key '...' does not exist</c>, <c>Alias ... is not found.</c>).
/// </para>
/// <para>Resolution is pure apart from the <see cref="IKeyLookup"/> it is given, and never throws for any input text.</para>
/// See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id">Key identifiers</see>.
/// </remarks>
public static class KeyResolver
{
    /// <summary>The longest <c>KeyId</c> the KMS API model allows (<c>KeyIdType</c>, 1..2048).</summary>
    public const int MaxKeyIdLength = 2048;

    /// <summary>Resolves <paramref name="keyId"/> for <paramref name="operation"/>, accepting the identifier forms the operation accepts.</summary>
    /// <param name="keyId">The <c>KeyId</c> member of the request, as sent; <see langword="null"/> when it was missing.</param>
    /// <param name="caller">The caller's partition, Region and account.</param>
    /// <param name="operation">The operation, which decides whether aliases and other accounts' ARNs are accepted (<see cref="AcceptanceOf"/>).</param>
    /// <param name="lookup">Where keys and aliases are found.</param>
    /// <returns>
    /// The key; <see cref="ValidationFailed"/> for a missing, empty or over-long <c>KeyId</c>; <see cref="NotFound"/> for an
    /// unknown key or alias, an identifier the operation does not accept, or an ARN of another Region or partition;
    /// <see cref="MalformedArn"/> for text starting with <c>arn:</c> that is not a KMS ARN. Fold it with
    /// <see cref="KmsOutcomeExtensions.ToOutcome{T, T1, T2, T3}"/> when only the success or the <see cref="IKmsError"/> matters.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="caller"/> or <paramref name="lookup"/> is <see langword="null"/>.</exception>
    public static OneOf<KmsKey, ValidationFailed, NotFound, MalformedArn> Resolve(
        string? keyId, KmsCaller caller, KmsOperation operation, IKeyLookup lookup) =>
        Resolve(keyId, caller, AcceptanceOf(operation), lookup);

    /// <summary>Resolves <paramref name="keyId"/>, accepting the identifier forms <paramref name="acceptance"/> names.</summary>
    /// <param name="keyId">The <c>KeyId</c> member of the request, as sent; <see langword="null"/> when it was missing.</param>
    /// <param name="caller">The caller's partition, Region and account.</param>
    /// <param name="acceptance">Which identifier forms the parameter accepts.</param>
    /// <param name="lookup">Where keys and aliases are found.</param>
    /// <returns>
    /// The key; <see cref="ValidationFailed"/> for a missing, empty or over-long <c>KeyId</c>; <see cref="NotFound"/> for an
    /// unknown key or alias, an identifier the operation does not accept, or an ARN of another Region or partition;
    /// <see cref="MalformedArn"/> for text starting with <c>arn:</c> that is not a KMS ARN. Fold it with
    /// <see cref="KmsOutcomeExtensions.ToOutcome{T, T1, T2, T3}"/> when only the success or the <see cref="IKmsError"/> matters.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="caller"/> or <paramref name="lookup"/> is <see langword="null"/>.</exception>
    public static OneOf<KmsKey, ValidationFailed, NotFound, MalformedArn> Resolve(
        string? keyId, KmsCaller caller, IdentifierAcceptance acceptance, IKeyLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(lookup);

        if (keyId is null)
        {
            return ValidationFailed.MemberNull("keyId");
        }

        if (keyId.Length == 0)
        {
            return ValidationFailed.LengthBelow("keyId", keyId, 1);
        }

        if (keyId.Length > MaxKeyIdLength)
        {
            return ValidationFailed.LengthAbove("keyId", keyId, MaxKeyIdLength);
        }

        var aliases = (acceptance & IdentifierAcceptance.Aliases) != 0;
        var crossAccount = (acceptance & IdentifierAcceptance.CrossAccount) != 0;

        // A switch over the parsed form rather than Match: Match would cost a closure and five delegates per request.
        var parsed = KmsIdentifier.Parse(keyId);
        return parsed.Index switch
        {
            0 => FindKey(caller.KeyArnFor(parsed.AsT0), lookup),
            1 => ResolveKeyArn(parsed.AsT1, caller, crossAccount, lookup),
            2 => !aliases ? NotFound.InvalidKeyId(keyId) : FindAlias(caller.AliasArnFor(parsed.AsT2), lookup),
            3 => !aliases ? NotFound.InvalidKeyId(keyId) : ResolveAliasArn(parsed.AsT3, caller, crossAccount, lookup),
            _ => Reject(parsed.AsT4, keyId, caller),
        };
    }

    /// <summary>Returns which identifier forms the <c>KeyId</c> parameter of <paramref name="operation"/> accepts, as the KMS API reference documents it.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>The accepted forms.</returns>
    public static IdentifierAcceptance AcceptanceOf(KmsOperation operation) => operation switch
    {
        KmsOperation.DescribeKey or KmsOperation.Encrypt or KmsOperation.Decrypt or KmsOperation.ReEncrypt
            or KmsOperation.GenerateDataKey or KmsOperation.GenerateDataKeyWithoutPlaintext
            or KmsOperation.GenerateDataKeyPair or KmsOperation.GenerateDataKeyPairWithoutPlaintext
            or KmsOperation.GenerateMac or KmsOperation.VerifyMac or KmsOperation.Sign or KmsOperation.Verify
            or KmsOperation.GetPublicKey or KmsOperation.DeriveSharedSecret
            => IdentifierAcceptance.Aliases | IdentifierAcceptance.CrossAccount,
        KmsOperation.CreateGrant or KmsOperation.ListGrants or KmsOperation.RetireGrant or KmsOperation.RevokeGrant
            or KmsOperation.GetKeyRotationStatus
            => IdentifierAcceptance.CrossAccount,
        KmsOperation.CancelKeyDeletion or KmsOperation.CreateAlias or KmsOperation.DeleteAlias
            or KmsOperation.DeleteImportedKeyMaterial or KmsOperation.DisableKey or KmsOperation.DisableKeyRotation
            or KmsOperation.EnableKey or KmsOperation.EnableKeyRotation or KmsOperation.GetKeyLastUsage
            or KmsOperation.GetKeyPolicy or KmsOperation.GetParametersForImport or KmsOperation.ImportKeyMaterial
            or KmsOperation.ListAliases or KmsOperation.ListKeyPolicies or KmsOperation.ListKeyRotations
            or KmsOperation.ListResourceTags or KmsOperation.PutKeyPolicy or KmsOperation.ReplicateKey
            or KmsOperation.RotateKeyOnDemand or KmsOperation.ScheduleKeyDeletion or KmsOperation.TagResource
            or KmsOperation.UntagResource or KmsOperation.UpdateAlias or KmsOperation.UpdateKeyDescription
            or KmsOperation.UpdatePrimaryRegion
            => IdentifierAcceptance.KeyOnly,
    };

    private static NotFound? OutsideCallerScope(AwsPartition partition, AwsRegion region, KmsCaller caller) =>
        partition != caller.Partition ? NotFound.ForeignArn(partition.ToString())
        : region != caller.Region ? NotFound.ForeignArn(region.ToString())
        : null;

    private static Resolved ResolveKeyArn(KeyArn keyArn, KmsCaller caller, bool crossAccount, IKeyLookup lookup) =>
        OutsideCallerScope(keyArn.Partition, keyArn.Region, caller) is { } foreign ? foreign
        : !crossAccount && keyArn.AccountId != caller.AccountId ? NotFound.Key(keyArn)
        : FindKey(keyArn, lookup);

    private static Resolved ResolveAliasArn(AliasArn aliasArn, KmsCaller caller, bool crossAccount, IKeyLookup lookup) =>
        OutsideCallerScope(aliasArn.Partition, aliasArn.Region, caller) is { } foreign ? foreign
        : !crossAccount && aliasArn.AccountId != caller.AccountId ? NotFound.Alias(aliasArn)
        : FindAlias(aliasArn, lookup);

    private static Resolved FindKey(KeyArn arn, IKeyLookup lookup) =>
        lookup.FindKey(arn) is { } key ? key : NotFound.Key(arn);

    private static Resolved FindAlias(AliasArn arn, IKeyLookup lookup) =>
        lookup.FindAliasTarget(arn) is not { } target ? NotFound.Alias(arn)
        : lookup.FindKey(target) is { } key ? key
        : NotFound.Key(target);

    private static Resolved Reject(
        InvalidIdentifier invalid, string keyId, KmsCaller caller)
    {
        if (!keyId.StartsWith("arn:", StringComparison.Ordinal))
        {
            return NotFound.InvalidKeyId(keyId);
        }

        // An ARN is checked against the caller's partition and Region before anything else about it is reported. The
        // parser names them only once the partition, service and Region fields are themselves well formed.
        if (invalid.HasArnFields && !invalid.ArnPartitionText.SequenceEqual(caller.Partition.ToString()))
        {
            return NotFound.ForeignArn(invalid.ArnPartitionText.ToString());
        }

        if (invalid.HasArnFields && !invalid.ArnRegionText.SequenceEqual(caller.Region.ToString()))
        {
            return NotFound.ForeignArn(invalid.ArnRegionText.ToString());
        }

        if (invalid.Reason == IdentifierError.InvalidKeyIdInArn)
        {
            const string KeyResource = ":key/";
            return NotFound.InvalidKeyId(keyId[(keyId.IndexOf(KeyResource, StringComparison.Ordinal) + KeyResource.Length)..]);
        }

        return new MalformedArn(keyId);
    }
}
