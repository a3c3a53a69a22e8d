using System;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using OneOf;

namespace KeyLifecycle;

public sealed partial record KmsKey
{
    /// <summary>Creates a key as <c>CreateKey</c> does, or refuses the request as the service does.</summary>
    /// <param name="request">The request's parameters.</param>
    /// <param name="freshId">A new UUID for the key ID; a multi-Region key's ID is <c>mrk-</c> and its 32 hexadecimal digits.</param>
    /// <param name="caller">The caller, whose partition, Region and account own the key.</param>
    /// <param name="creationDate">When the key is created.</param>
    /// <returns>
    /// The key, in <see cref="KeyState.Enabled"/>, or in <see cref="KeyState.PendingImport"/> for origin <c>EXTERNAL</c>;
    /// <see cref="ValidationFailed"/> for a request the service refuses (a description over 8192 characters, a missing key
    /// usage for a key that is not a symmetric encryption key, a key usage the key spec does not allow, a custom key store
    /// origin without a store, a tag key or value too long); <see cref="UnsupportedOperation"/> for what the service does not
    /// support (a custom key store with another origin, a multi-Region or non-symmetric key in a custom key store, an SM2
    /// key outside the China Regions); <see cref="TagRejected"/> for a reserved, duplicate or 51st tag.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="caller"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// The checks and their order follow the service as far as it is recorded; where it is not, the texts are the
    /// project's, documented in its README. Whether the custom key store exists and is connected is the host's to check.
    /// </remarks>
    public static OneOf<KmsKey, ValidationFailed, UnsupportedOperation, TagRejected> Create(KeyCreationRequest request, Guid freshId, KmsCaller caller, DateTimeOffset creationDate)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);

        var description = request.Description ?? string.Empty;
        if (description.Length > KeyTransitions.MaxDescriptionLength)
        {
            return ValidationFailed.LengthAbove("description", description, KeyTransitions.MaxDescriptionLength);
        }

        if (TagRules.Check(request.Tags, KeyTagCollection.Empty) is { } tagProblem && tagProblem.TryPickT0(out var tagValidation, out _))
        {
            return tagValidation;
        }

        if (request.KeyUsage is null && request.KeySpec != KeySpec.SymmetricDefault)
        {
            return CreationValidation.KeyUsageRequired;
        }

        var usage = request.KeyUsage ?? KeyUsage.EncryptDecrypt;
        if (!KeySpecs.Allows(request.KeySpec, usage))
        {
            return CreationValidation.IncompatibleUsage(usage, request.KeySpec);
        }

        if (CreationValidation.CheckKeyStore(request) is { } keyStoreProblem)
        {
            return keyStoreProblem.Match<OneOf<KmsKey, ValidationFailed, UnsupportedOperation, TagRejected>>(invalid => invalid, unsupported => unsupported);
        }

        if (request.KeySpec == KeySpec.Sm2 && caller.Partition != AwsPartition.AwsCn)
        {
            return CreationValidation.Sm2OutsideChina;
        }

        if (TagRules.Check(request.Tags, KeyTagCollection.Empty) is { } tagRejection)
        {
            return tagRejection.AsT1;
        }

        var keyId = request.MultiRegion ? KeyId.NewMultiRegion(freshId) : KeyId.NewSingleRegion(freshId);
        var arn = caller.KeyArnFor(keyId);
        var external = request.Origin == KeyOrigin.External;
        return new KmsKey(arn, creationDate)
        {
            Description = description,
            KeyUsage = usage,
            KeySpec = request.KeySpec,
            Origin = request.Origin,
            KeyManager = request.KeyManager,
            State = external ? KeyState.PendingImport : KeyState.Enabled,
            HasKeyMaterial = !external,
            CustomKeyStoreId = request.CustomKeyStoreId,
            Tags = KeyTagCollection.Empty.SetItems(request.Tags),
            MultiRegionConfiguration = request.MultiRegion ? new MultiRegionConfiguration(MultiRegionKeyType.Primary, arn, []) : null,
        };
    }
}
