using System;
using System.Collections.Generic;
using KeyLifecycle.Algorithms;
using KeyLifecycle.Cryptography;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using KeyLifecycle.Protocol.Model;
using KeyLifecycle.Protocol.Pipeline;
using KeyLifecycle.Protocol.Storage;
using KeyLifecycle.Resolution;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>The operations that use key material: each asks the domain (state, usage, algorithm, sizes), then the arithmetic.</summary>
/// <remarks>
/// Order of checks, as the service's: the model (with the request), the key's resolution, its state (the key-state table),
/// its usage and spec, the algorithm and sizes, then <c>DryRun</c>, then the arithmetic on the material the store keeps
/// next to the key. None of these operations changes a key, so they read and never commit.
/// </remarks>
internal static class CryptographyOperations
{
    public static KmsResult Encrypt(ValidEncryptRequest request, KmsRequestContext context) =>
        context.Read(request.KeyId, KmsOperation.Encrypt, key => CryptographicRules.CheckKey(KmsOperation.Encrypt, key)
            .Then(_ => CryptographicRules.EncryptionAlgorithmFor(key, ParseEncryptionAlgorithm(request.EncryptionAlgorithm)))
            .Then(algorithm => Unless(CryptographicRules.CheckEncryptionContext(key, request.EncryptionContext), algorithm))
            .Then(algorithm => Unless(CryptographicRules.CheckPlaintextLength(key, algorithm, request.Plaintext.Length), algorithm))
            .Then(algorithm => DryRun(request.DryRun, algorithm))
            .Then(algorithm => CurrentMaterial(context, key).Map(material => KmsResult.Json(
                new EncryptResponse
                {
                    CiphertextBlob = EncryptWith(key, material, algorithm, request.Plaintext, request.EncryptionContext),
                    KeyId = key.Arn.ToString(),
                    EncryptionAlgorithm = algorithm.ToWireName(),
                },
                KmsJsonContext.Default.EncryptResponse))),
            RequestConditions.Encryption(request.EncryptionContext, request.EncryptionAlgorithm));

    public static KmsResult Decrypt(ValidDecryptRequest request, KmsRequestContext context)
    {
        var outcome = Decrypted(context, request.CiphertextBlob, request.KeyId, request.EncryptionContext,
                ParseEncryptionAlgorithm(request.EncryptionAlgorithm), KmsOperation.Decrypt, KmsAction.For(KmsOperation.Decrypt),
                RequestConditions.Encryption(request.EncryptionContext, request.EncryptionAlgorithm))
            .Then(decrypted => DryRun(request.DryRun, decrypted))
            .Map(decrypted => KmsResult.Json(
                new DecryptResponse
                {
                    KeyId = decrypted.Key.Arn.ToString(),
                    Plaintext = decrypted.Plaintext,
                    EncryptionAlgorithm = decrypted.Algorithm.ToWireName(),
                    KeyMaterialId = decrypted.MaterialId?.ToString(),
                },
                KmsJsonContext.Default.DecryptResponse));
        return outcome.Error is { } error ? KmsResult.Error(error) : outcome.Value;
    }

    public static KmsResult ReEncrypt(ValidReEncryptRequest request, KmsRequestContext context)
    {
        // ReEncrypt asks kms:ReEncryptFrom of the source key and kms:ReEncryptTo of the destination, each with its own
        // encryption context and algorithm, and both with kms:ReEncryptOnSameKey.
        var outcome = Decrypted(context, request.CiphertextBlob, request.SourceKeyId, request.SourceEncryptionContext,
                ParseEncryptionAlgorithm(request.SourceEncryptionAlgorithm), KmsOperation.ReEncrypt, KmsAction.ReEncryptFrom,
                policy => RequestConditions.Encryption(request.SourceEncryptionContext, request.SourceEncryptionAlgorithm)(policy)
                    .WithValue("kms:ReEncryptOnSameKey", SameKey(context, request.DestinationKeyId, policy.KeyArn)))
            .Then(source => context.Resolve(request.DestinationKeyId, KmsOperation.ReEncrypt, KmsAction.ReEncryptTo,
                    policy => RequestConditions.Encryption(request.DestinationEncryptionContext, request.DestinationEncryptionAlgorithm)(policy)
                        .WithValue("kms:ReEncryptOnSameKey", policy.KeyArn == source.Key.Arn))
                .Then(destination => CryptographicRules.CheckReEncryptDestination(destination)
                    .Then(_ => CryptographicRules.EncryptionAlgorithmFor(destination, ParseEncryptionAlgorithm(request.DestinationEncryptionAlgorithm)))
                    .Then(algorithm => Unless(CryptographicRules.CheckEncryptionContext(destination, request.DestinationEncryptionContext), algorithm))
                    .Then(algorithm => Unless(CryptographicRules.CheckPlaintextLength(destination, algorithm, source.Plaintext.Length), algorithm))
                    .Then(algorithm => DryRun(request.DryRun, algorithm))
                    .Then(algorithm => CurrentMaterial(context, destination).Map(material => KmsResult.Json(
                        new ReEncryptResponse
                        {
                            CiphertextBlob = EncryptWith(destination, material, algorithm, source.Plaintext, request.DestinationEncryptionContext),
                            SourceKeyId = source.Key.Arn.ToString(),
                            KeyId = destination.Arn.ToString(),
                            SourceEncryptionAlgorithm = source.Algorithm.ToWireName(),
                            DestinationEncryptionAlgorithm = algorithm.ToWireName(),
                            SourceKeyMaterialId = source.MaterialId?.ToString(),
                            DestinationKeyMaterialId = algorithm == EncryptionAlgorithm.SymmetricDefault ? material.Id.ToString() : null,
                        },
                        KmsJsonContext.Default.ReEncryptResponse)))));
        return outcome.Error is { } error ? KmsResult.Error(error) : outcome.Value;
    }

    public static KmsResult GenerateDataKey(GenerateDataKeyRequest request, KmsRequestContext context) =>
        DataKey(request, context, KmsOperation.GenerateDataKey, withPlaintext: true);

    public static KmsResult GenerateDataKeyWithoutPlaintext(GenerateDataKeyRequest request, KmsRequestContext context) =>
        DataKey(request, context, KmsOperation.GenerateDataKeyWithoutPlaintext, withPlaintext: false);

    public static KmsResult GenerateDataKeyPair(GenerateDataKeyPairRequest request, KmsRequestContext context) =>
        DataKeyPair(request, context, KmsOperation.GenerateDataKeyPair, withPlaintext: true);

    public static KmsResult GenerateDataKeyPairWithoutPlaintext(GenerateDataKeyPairRequest request, KmsRequestContext context) =>
        DataKeyPair(request, context, KmsOperation.GenerateDataKeyPairWithoutPlaintext, withPlaintext: false);

    public static KmsResult Sign(ValidSignRequest request, KmsRequestContext context)
    {
        var algorithm = ParseSigningAlgorithm(request.SigningAlgorithm);
        var messageType = ParseMessageType(request.MessageType);
        return context.Read(request.KeyId, KmsOperation.Sign, key => CryptographicRules.CheckKey(KmsOperation.Sign, key)
            .Then(_ => CryptographicRules.CheckSigning(key, algorithm, messageType, request.Message.Length))
            .Then(_ => DryRun(request.DryRun, algorithm))
            .Then(_ => CurrentMaterial(context, key).Map(material => KmsResult.Json(
                new SignResponse
                {
                    KeyId = key.Arn.ToString(),
                    Signature = Signatures.Sign(key.KeySpec, material.Material.Span, algorithm, messageType, request.Message),
                    SigningAlgorithm = algorithm.ToWireName(),
                },
                KmsJsonContext.Default.SignResponse))),
            RequestConditions.Value("kms:SigningAlgorithm", request.SigningAlgorithm));
    }

    public static KmsResult Verify(ValidVerifyRequest request, KmsRequestContext context)
    {
        var algorithm = ParseSigningAlgorithm(request.SigningAlgorithm);
        var messageType = ParseMessageType(request.MessageType);
        return context.Read(request.KeyId, KmsOperation.Verify, key => CryptographicRules.CheckKey(KmsOperation.Verify, key)
            .Then(_ => CryptographicRules.CheckSigning(key, algorithm, messageType, request.Message.Length))
            .Then(_ => DryRun(request.DryRun, algorithm))
            .Then(_ => CurrentMaterial(context, key))
            .Then(material => Signatures.Verify(key.KeySpec, material.Material.Span, algorithm, messageType, request.Message, request.Signature)
                ? KmsResult.Json(
                    new VerifyResponse { KeyId = key.Arn.ToString(), SignatureValid = true, SigningAlgorithm = algorithm.ToWireName() },
                    KmsJsonContext.Default.VerifyResponse)
                : KmsOutcome<KmsResult>.Fail(InvalidSignature)),
            RequestConditions.Value("kms:SigningAlgorithm", request.SigningAlgorithm));
    }

    public static KmsResult GetPublicKey(GetPublicKeyRequest request, KmsRequestContext context) =>
        context.Read(request.KeyId, KmsOperation.GetPublicKey, key => CryptographicRules.CheckKey(KmsOperation.GetPublicKey, key)
            .Then(_ => CurrentMaterial(context, key))
            .Map(material => KmsResult.Json(
                new GetPublicKeyResponse
                {
                    KeyId = key.Arn.ToString(),
                    PublicKey = PublicKeys.ExportSubjectPublicKeyInfo(key.KeySpec, material.Material.Span),
                    CustomerMasterKeySpec = key.KeySpec.ToWireName(),
                    KeySpec = key.KeySpec.ToWireName(),
                    KeyUsage = key.KeyUsage.ToWireName(),
                    EncryptionAlgorithms = NullIfEmpty(KeySpecs.EncryptionAlgorithms(key.KeySpec, key.KeyUsage)),
                    SigningAlgorithms = NullIfEmpty(KeySpecs.SigningAlgorithms(key.KeySpec, key.KeyUsage)),
                    KeyAgreementAlgorithms = NullIfEmpty(KeySpecs.KeyAgreementAlgorithms(key.KeyUsage)),
                },
                KmsJsonContext.Default.GetPublicKeyResponse)));

    public static KmsResult GenerateMac(ValidGenerateMacRequest request, KmsRequestContext context)
    {
        var algorithm = ParseMacAlgorithm(request.MacAlgorithm);
        return context.Read(request.KeyId, KmsOperation.GenerateMac, key => CryptographicRules.CheckKey(KmsOperation.GenerateMac, key)
            .Then(_ => CryptographicRules.CheckMac(key, algorithm))
            .Then(_ => DryRun(request.DryRun, algorithm))
            .Then(_ => CurrentMaterial(context, key).Map(material => KmsResult.Json(
                new GenerateMacResponse
                {
                    Mac = Macs.Generate(algorithm, material.Material.Span, request.Message),
                    MacAlgorithm = algorithm.ToWireName(),
                    KeyId = key.Arn.ToString(),
                },
                KmsJsonContext.Default.GenerateMacResponse))),
            RequestConditions.Value("kms:MacAlgorithm", request.MacAlgorithm));
    }

    public static KmsResult VerifyMac(ValidVerifyMacRequest request, KmsRequestContext context)
    {
        var algorithm = ParseMacAlgorithm(request.MacAlgorithm);
        return context.Read(request.KeyId, KmsOperation.VerifyMac, key => CryptographicRules.CheckKey(KmsOperation.VerifyMac, key)
            .Then(_ => CryptographicRules.CheckMac(key, algorithm))
            .Then(_ => DryRun(request.DryRun, algorithm))
            .Then(_ => CurrentMaterial(context, key))
            .Then(material => Macs.Verify(algorithm, material.Material.Span, request.Message, request.Mac)
                ? KmsResult.Json(
                    new VerifyMacResponse { KeyId = key.Arn.ToString(), MacValid = true, MacAlgorithm = algorithm.ToWireName() },
                    KmsJsonContext.Default.VerifyMacResponse)
                : KmsOutcome<KmsResult>.Fail(InvalidMac)),
            RequestConditions.Value("kms:MacAlgorithm", request.MacAlgorithm));
    }

    public static KmsResult GenerateRandom(GenerateRandomRequest request, KmsRequestContext context)
    {
        if (request.NumberOfBytes is not { } count)
        {
            return KmsResult.Error(ValidationFailed.ForViolations([ConstraintViolation.Null("numberOfBytes")]));
        }

        if (context.AuthorizeIdentity(RequestConditions.GenerateRandom, RequestConditions.AnyResource) is { } denied)
        {
            return KmsResult.Error(denied);
        }

        if (request.CustomKeyStoreId is { } storeId && context.Store.FindCustomKeyStore(context.Caller.AccountId, context.Caller.Region, storeId) is null)
        {
            return KmsResult.Error(ServiceError.CustomKeyStoreNotFound);
        }

        return KmsResult.Json(new GenerateRandomResponse { Plaintext = RandomBytes.Generate(count) }, KmsJsonContext.Default.GenerateRandomResponse);
    }

    public static KmsResult DeriveSharedSecret(ValidDeriveSharedSecretRequest request, KmsRequestContext context) =>
        context.Read(request.KeyId, KmsOperation.DeriveSharedSecret, key => CryptographicRules.CheckKey(KmsOperation.DeriveSharedSecret, key)
            .Then(_ => DryRun(request.DryRun, key))
            .Then(_ => CurrentMaterial(context, key))
            .Then(material => KeyAgreement.TryDeriveSharedSecret(material.Material.Span, request.PublicKey, out var secret)
                ? KmsResult.Json(
                    new DeriveSharedSecretResponse
                    {
                        KeyId = key.Arn.ToString(),
                        SharedSecret = secret,
                        KeyAgreementAlgorithm = KeyAgreementAlgorithm.Ecdh.ToWireName(),
                        KeyOrigin = key.Origin.ToWireName(),
                    },
                    KmsJsonContext.Default.DeriveSharedSecretResponse)
                : KmsOutcome<KmsResult>.Fail(new ValidationFailed(
                    $"The public key is not a DER-encoded SubjectPublicKeyInfo of a key on the curve of {key.KeySpec.ToWireName()}."))),
            RequestConditions.Value("kms:KeyAgreementAlgorithm", KeyAgreementAlgorithm.Ecdh.ToWireName()));

    /// <summary>The material of a new key, when this endpoint can compute with its spec; <see langword="null"/> for keys whose material is imported or that this platform cannot use.</summary>
    public static KeyMaterialRecord? NewMaterial(KmsKey key)
    {
        if (key.Origin == KeyOrigin.External || !KeyMaterialGenerator.IsAvailable(key.KeySpec))
        {
            return null;
        }

        var material = KeyMaterialGenerator.Generate(key.KeySpec).AsT0;
        return KeyMaterialRecord.OfOneVersion(key.Arn, KeyMaterialId.Parse(KeyMetadataModel.MaterialIdOf(key.Arn)), material);
    }

    private static readonly ServiceError InvalidSignature = new("KMSInvalidSignatureException", string.Empty);
    private static readonly ServiceError InvalidMac = new("KMSInvalidMacException", string.Empty);

    private sealed record DecryptedCiphertext(KmsKey Key, byte[] Plaintext, EncryptionAlgorithm Algorithm, KeyMaterialId? MaterialId);

    // Decrypt and the source half of ReEncrypt: the key is the one the ciphertext names (symmetric) or the one the
    // request names (asymmetric); a request that names another key than the ciphertext is IncorrectKeyException.
    private static KmsOutcome<DecryptedCiphertext> Decrypted(
        KmsRequestContext context,
        byte[] blob,
        string? keyId,
        IReadOnlyDictionary<string, string>? encryptionContext,
        EncryptionAlgorithm? algorithm,
        KmsOperation operation,
        KmsAction action,
        Func<PolicyRequest, PolicyRequest> conditions)
    {
        KmsOutcome<KmsKey?> requested = keyId is null ? (KmsKey?)null : context.Resolve(keyId, operation, action, conditions).Map(key => (KmsKey?)key);
        return requested.Then(named =>
        {
            if (algorithm is null or EncryptionAlgorithm.SymmetricDefault)
            {
                return SymmetricCiphertext.ReadHeader(blob).Match(
                    header => DecryptSymmetric(context, blob, named, header, encryptionContext, operation, action, conditions),
                    KmsOutcome<DecryptedCiphertext>.Fail);
            }

            if (named is null)
            {
                // Project choice: the service's text for an asymmetric Decrypt without KeyId is not recorded.
                return KmsOutcome<DecryptedCiphertext>.Fail(new ValidationFailed("KeyId is required to decrypt with an asymmetric algorithm."));
            }

            return CheckSource(named, operation)
                .Then(_ => CryptographicRules.EncryptionAlgorithmFor(named, algorithm))
                .Then(chosen => Unless(CryptographicRules.CheckEncryptionContext(named, encryptionContext), chosen))
                .Then(chosen => CurrentMaterial(context, named)
                    .Then(material => AsymmetricEncryption.Decrypt(material.Material.Span, chosen, blob).ToOutcome())
                    .Map(plaintext => new DecryptedCiphertext(named, plaintext, chosen, null)));
        });
    }

    private static KmsOutcome<DecryptedCiphertext> DecryptSymmetric(
        KmsRequestContext context,
        byte[] blob,
        KmsKey? named,
        CiphertextHeader header,
        IReadOnlyDictionary<string, string>? encryptionContext,
        KmsOperation operation,
        KmsAction action,
        Func<PolicyRequest, PolicyRequest> conditions)
    {
        if (named is not null && CryptographicRules.CheckCiphertextKey(named, header.KeyId).TryPickT1(out var incorrect, out _))
        {
            return KmsOutcome<DecryptedCiphertext>.Fail(incorrect);
        }

        // A ciphertext names its key by ID; the key is looked up in the caller's account and Region, so a replica
        // decrypts what its primary encrypted. A ciphertext of a key that is not here cannot be decrypted here.
        var key = named ?? context.Store.FindKey(KeyArn.Create(context.Caller.Partition, context.Caller.Region, context.Caller.AccountId, header.KeyId));
        if (key is null)
        {
            return KmsOutcome<DecryptedCiphertext>.Fail(InvalidCiphertext.Instance);
        }

        // A key the ciphertext names is authorized as one the request named: before its state is checked.
        if (named is null && context.Authorize(key, action, null, conditions) is { } denied)
        {
            return KmsOutcome<DecryptedCiphertext>.Fail(denied);
        }

        return CheckSource(key, operation)
            .Then(_ => CryptographicRules.EncryptionAlgorithmFor(key, EncryptionAlgorithm.SymmetricDefault))
            .Then(_ => context.Store.FindKeyMaterial(key.Arn)?.Find(header.KeyMaterialId) is { } material
                ? SymmetricCiphertext.Decrypt(blob, PreparedSymmetricMaterial.Of(material), encryptionContext).ToOutcome()
                    .Map(plaintext => new DecryptedCiphertext(key, plaintext, EncryptionAlgorithm.SymmetricDefault, header.KeyMaterialId))
                : KmsOutcome<DecryptedCiphertext>.Fail(InvalidCiphertext.Instance));
    }

    // kms:ReEncryptOnSameKey for the source half: whether the destination names the source key. A destination that is
    // not resolvable yet answers false here; its own resolution refuses it next.
    private static bool SameKey(KmsRequestContext context, string destinationKeyId, KeyArn source) =>
        KeyResolver.Resolve(destinationKeyId, context.Caller, KmsOperation.ReEncrypt, context.Store).TryPickT0(out var destination, out _)
            && destination.Arn == source;

    private static KmsOutcome<Permitted> CheckSource(KmsKey key, KmsOperation operation) =>
        operation == KmsOperation.ReEncrypt ? CryptographicRules.CheckReEncryptSource(key) : CryptographicRules.CheckKey(operation, key);

    private static KmsResult DataKey(GenerateDataKeyRequest request, KmsRequestContext context, KmsOperation operation, bool withPlaintext)
    {
        DataKeySpec? spec = AlgorithmWireNames.TryParseDataKeySpec(request.KeySpec, out var parsed) ? parsed : null;
        return context.Read(request.KeyId, operation, key => CryptographicRules.CheckKey(operation, key)
            .Then(_ => CryptographicRules.DataKeyLength(spec, request.NumberOfBytes).ToOutcome())
            .Then(length => DryRun(request.DryRun, length))
            .Then(length => CurrentMaterial(context, key).Map(material =>
            {
                var plaintext = RandomBytes.Generate(length);
                return KmsResult.Json(
                    new GenerateDataKeyResponse
                    {
                        CiphertextBlob = SymmetricCiphertext.Encrypt(key.KeyId, material.Id, PreparedSymmetricMaterial.Of(material), plaintext, request.EncryptionContext),
                        Plaintext = withPlaintext ? plaintext : null,
                        KeyId = key.Arn.ToString(),
                        KeyMaterialId = material.Id.ToString(),
                    },
                    KmsJsonContext.Default.GenerateDataKeyResponse);
            })),
            RequestConditions.Encryption(request.EncryptionContext, null));
    }

    private static KmsResult DataKeyPair(GenerateDataKeyPairRequest request, KmsRequestContext context, KmsOperation operation, bool withPlaintext)
    {
        var pairSpec = AlgorithmWireNames.TryParseDataKeyPairSpec(request.KeyPairSpec, out var parsed) ? parsed : default;
        var spec = CryptographicRules.KeySpecOf(pairSpec);
        return context.Read(request.KeyId, operation, key => CryptographicRules.CheckKey(operation, key)
            .Then(_ => spec == KeySpec.Sm2 && context.Caller.Partition != AwsPartition.AwsCn
                ? KmsOutcome<KeySpec>.Fail(KeyMaterialGenerator.NotAvailable(KeySpec.Sm2))
                : spec)
            .Then(_ => KeyMaterialGenerator.IsAvailable(spec) ? spec : KmsOutcome<KeySpec>.Fail(KeyMaterialGenerator.NotAvailable(spec)))
            .Then(_ => DryRun(request.DryRun, spec))
            .Then(_ => CurrentMaterial(context, key).Map(material =>
            {
                var privateKey = KeyMaterialGenerator.Generate(spec).AsT0;
                return KmsResult.Json(
                    new GenerateDataKeyPairResponse
                    {
                        PrivateKeyCiphertextBlob = SymmetricCiphertext.Encrypt(key.KeyId, material.Id, PreparedSymmetricMaterial.Of(material), privateKey, request.EncryptionContext),
                        PrivateKeyPlaintext = withPlaintext ? privateKey : null,
                        PublicKey = PublicKeys.ExportSubjectPublicKeyInfo(spec, privateKey),
                        KeyId = key.Arn.ToString(),
                        KeyPairSpec = pairSpec.ToWireName(),
                        KeyMaterialId = material.Id.ToString(),
                    },
                    KmsJsonContext.Default.GenerateDataKeyPairResponse);
            })),
            policy => RequestConditions.Encryption(request.EncryptionContext, null)(policy).WithValues("kms:DataKeyPairSpec", pairSpec.ToWireName()));
    }

    // A key whose spec this platform cannot compute with has no material here: it is answered as a Region without
    // that spec answers. Any other key that passed the state check has material (imported material is stored with
    // its import), so a missing record is an internal fault.
    private static KmsOutcome<StoredKeyMaterial> CurrentMaterial(KmsRequestContext context, KmsKey key)
    {
        if (!KeyMaterialGenerator.IsAvailable(key.KeySpec))
        {
            return KmsOutcome<StoredKeyMaterial>.Fail(KeyMaterialGenerator.NotAvailable(key.KeySpec));
        }

        return context.Store.FindKeyMaterial(key.Arn)?.Current is { } current
            ? current
            : KmsOutcome<StoredKeyMaterial>.Fail(ServiceFault.Of(ServiceFaultKind.InternalError));
    }

    private static byte[] EncryptWith(KmsKey key, StoredKeyMaterial material, EncryptionAlgorithm algorithm, byte[] plaintext, IReadOnlyDictionary<string, string>? encryptionContext) =>
        algorithm == EncryptionAlgorithm.SymmetricDefault
            ? SymmetricCiphertext.Encrypt(key.KeyId, material.Id, PreparedSymmetricMaterial.Of(material), plaintext, encryptionContext)
            : AsymmetricEncryption.Encrypt(material.Material.Span, algorithm, plaintext);

    private static KmsOutcome<T> DryRun<T>(bool? dryRun, T value) => dryRun == true ? KmsOutcome<T>.Fail(DryRunSucceeded.Instance) : value;

    private static KmsOutcome<T> Unless<T>(IKmsError? error, T value) => error is null ? value : KmsOutcome<T>.Fail(error);

    private static EncryptionAlgorithm? ParseEncryptionAlgorithm(string? wire) =>
        AlgorithmWireNames.TryParseEncryptionAlgorithm(wire, out var algorithm) ? algorithm : null;

    private static SigningAlgorithm ParseSigningAlgorithm(string? wire) =>
        AlgorithmWireNames.TryParseSigningAlgorithm(wire, out var algorithm) ? algorithm : default;

    private static MacAlgorithm ParseMacAlgorithm(string? wire) =>
        AlgorithmWireNames.TryParseMacAlgorithm(wire, out var algorithm) ? algorithm : default;

    private static MessageType ParseMessageType(string? wire) =>
        AlgorithmWireNames.TryParseMessageType(wire, out var type) ? type : MessageType.Raw;

    private static IReadOnlyList<string>? NullIfEmpty(IReadOnlyList<string> values) => values.Count == 0 ? null : values;
}
