using System;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Model;
using KeyLifecycle.Protocol.Pipeline;
using KeyLifecycle.Protocol.Storage;

namespace KeyLifecycle.Protocol.Operations;

/// <summary><c>GetParametersForImport</c>, <c>ImportKeyMaterial</c> and <c>DeleteImportedKeyMaterial</c>.</summary>
/// <remarks>
/// Whether the key may take material is the domain's (the key-state table's rows for these operations); the import
/// token, the unwrapping and the material's fit to the key spec are the host's, which the domain leaves to it.
/// </remarks>
internal static class ImportOperations
{
    /// <summary>How long import parameters are valid: "Each public key and import token set is valid for 24 hours" (API_GetParametersForImport).</summary>
    public static readonly TimeSpan ParametersLifetime = TimeSpan.FromHours(24);

    /// <summary>The most import parameters a key keeps; issuing more drops the key's oldest.</summary>
    /// <remarks>
    /// AWS documents no limit on a key's outstanding import tokens and no call that supersedes earlier ones: a set is
    /// usable until it expires. Each set holds an RSA private key in the store, so a loop of GetParametersForImport would
    /// grow it for a day; the project keeps a key's latest sets, and a token dropped for a newer one is answered as any
    /// token the endpoint does not know, <c>InvalidImportTokenException</c>. Expired sets go at the key's next
    /// GetParametersForImport, or with the key.
    /// </remarks>
    public const int MaxParametersPerKey = 100;

    private const int TokenBytes = 64;

    // The checks run on the request thread; the wrapping key pair comes from the pool, made ahead on its own thread, so
    // a burst of these requests waits for pairs instead of taking every core from the other requests. The parameters are
    // then committed to the store with the key expected as read, so they outlive the endpoint with the key.
    public static async ValueTask<KmsResult> GetParametersForImportAsync(ValidGetParametersForImportRequest request, KmsRequestContext context)
    {
        int? bits = null;
        var refusal = context.Read(request.KeyId, KmsOperation.GetParametersForImport, key => KeyStateRules.Check(KmsOperation.GetParametersForImport, key).ToOutcome()
            .Then(_ => WrappingKeySize(request, context.Caller))
            .Map(size =>
            {
                bits = size;
                return KmsResult.Empty;
            }),
            policy => policy.WithValues("kms:WrappingAlgorithm", request.WrappingAlgorithm).WithValues("kms:WrappingKeySpec", request.WrappingKeySpec));
        if (bits is not { } size)
        {
            return refusal;
        }

        var pair = await context.Services.WrappingKeys.TakeAsync(size, context.RequestAborted).ConfigureAwait(false);
        var token = RandomNumberGenerator.GetBytes(TokenBytes);
        var tokenId = ImportSessionRecord.TokenIdOf(token);
        var validTo = context.Now + ParametersLifetime;
        return context.Run(() => context.Resolve(request.KeyId, KmsOperation.GetParametersForImport)
            .Then(key => KeyStateRules.Check(KmsOperation.GetParametersForImport, key).ToOutcome().Map(_ =>
            {
                var commit = new KeyStoreCommit().Expect(key);
                // Oldest first: the expired go, then the oldest live ones beyond what the key keeps with the new one.
                var sessions = context.Store.ListImportSessions(key.Arn);
                var live = sessions.Where(session => session.ValidTo > context.Now).ToList();
                foreach (var gone in sessions.Where(session => session.ValidTo <= context.Now).Concat(live.Take(live.Count - (MaxParametersPerKey - 1))))
                {
                    commit.RemoveImportSession(gone);
                }

                commit.AddImportSession(new ImportSessionRecord(key.Arn, tokenId, request.WrappingAlgorithm, pair.PrivateKey, context.Now, validTo));
                return new Plan(commit, KmsResult.Json(
                    new GetParametersForImportResponse { KeyId = key.Arn.ToString(), ImportToken = token, PublicKey = pair.PublicKey, ParametersValidTo = validTo },
                    KmsJsonContext.Default.GetParametersForImportResponse));
            })));
    }

    public static KmsResult ImportKeyMaterial(ValidImportKeyMaterialRequest request, KmsRequestContext context)
    {
        // "The default is KEY_MATERIAL_EXPIRES" (botocore kms/2014-11-01/service-2.json, ImportKeyMaterialRequest.ExpirationModel),
        // so a request without an expiration model needs a ValidTo.
        var model = request.ExpirationModel is { } named && KmsWireNames.TryParseExpirationModel(named, out var parsed) ? parsed
            : ExpirationModel.KeyMaterialExpires;
        ImportType? importType = request.ImportType switch
        {
            "NEW_KEY_MATERIAL" => ImportType.NewKeyMaterial,
            "EXISTING_KEY_MATERIAL" => ImportType.ExistingKeyMaterial,
            _ => null,
        };
        KeyLifecycle.KeyMaterialId? requestedId = request.KeyMaterialId is { } id ? KeyLifecycle.KeyMaterialId.Parse(id) : null;

        var requested = new KeyMaterialImport(default, model, request.ValidTo)
        {
            ImportType = importType,
            RequestedMaterialId = requestedId,
            Description = request.KeyMaterialDescription,
        };

        // What the request alone decides comes first; then the token, the bytes, and what the bytes decide.
        return context.Run(() => context.Resolve(request.KeyId, KmsOperation.ImportKeyMaterial, policy => ImportConditions(policy, request))
            .Then(key => KeyTransitions.CheckImport(key, requested, context.Now).ToOutcome().Then(_ =>
            {
                if (key.MultiRegion && importType == ImportType.NewKeyMaterial && key.ImportedMaterials.Count > 0)
                {
                    // Material for a rotation of a multi-Region key waits until every replica has it
                    // (PENDING_MULTI_REGION_IMPORT_AND_ROTATION); the emulator does not follow that path.
                    return KmsOutcome<Plan>.Fail(ServiceError.Unsupported(
                        $"{key.Arn} is a multi-Region key: this emulator does not import new key material for the rotation of multi-Region keys."));
                }

                // Parameters are the key's: a token issued for another key, dropped, or never issued is not among them.
                var tokenId = ImportSessionRecord.TokenIdOf(request.ImportToken);
                var session = context.Store.ListImportSessions(key.Arn).FirstOrDefault(session => session.TokenId == tokenId);
                if (session is null)
                {
                    return KmsOutcome<Plan>.Fail(ServiceError.InvalidImportToken);
                }

                if (session.ValidTo <= context.Now)
                {
                    return KmsOutcome<Plan>.Fail(ServiceError.ExpiredImportToken);
                }

                var material = KeyMaterialUnwrapping.Unwrap(session, request.EncryptedKeyMaterial);
                if (material is null)
                {
                    return KmsOutcome<Plan>.Fail(ServiceError.UndecryptableKeyMaterial);
                }

                if (!KeyMaterialUnwrapping.Fits(key.KeySpec, material))
                {
                    return KmsOutcome<Plan>.Fail(IncorrectKeyMaterial.Instance);
                }

                var materialId = ImportedMaterialIds.Of(key.KeyId, material);
                return KeyTransitions.ImportKeyMaterial(key, requested with { MaterialId = materialId }, context.Now).ToOutcome().Map(imported =>
                {
                    // The imported bytes are kept by the store next to the key, so the key encrypts and decrypts with them.
                    var version = new StoredKeyMaterial(materialId, material);
                    var record = context.Store.FindKeyMaterial(key.Arn) is { } existing
                        ? existing.With(version)
                        : new KeyMaterialRecord(key.Arn, imported.CurrentImportedMaterialId ?? materialId, [version]);
                    return new Plan(
                        new KeyStoreCommit().Replace(key, imported).PutKeyMaterial(record),
                        MaterialResult(imported, materialId));
                });
            })));
    }

    public static KmsResult DeleteImportedKeyMaterial(DeleteImportedKeyMaterialRequest request, KmsRequestContext context)
    {
        KeyLifecycle.KeyMaterialId? requestedId = request.KeyMaterialId is { } id ? KeyLifecycle.KeyMaterialId.Parse(id) : null;
        return context.Run(() => context.Resolve(request.KeyId, KmsOperation.DeleteImportedKeyMaterial)
            .Then(key => KeyTransitions.DeleteImportedKeyMaterial(key, requestedId).ToOutcome().Map(deleted =>
            {
                // The deleted version's bytes go; a re-import of the same bytes brings them back. A material pending
                // rotation is forgotten with its bytes.
                var target = requestedId ?? key.CurrentImportedMaterialId;
                var commit = ReferenceEquals(deleted, key) ? null : new KeyStoreCommit().Replace(key, deleted);
                if (commit is not null && target is { } gone && context.Store.FindKeyMaterial(key.Arn) is { } record)
                {
                    commit.PutKeyMaterial(record.Without(gone));
                }

                return new Plan(commit, MaterialResult(deleted, target));
            })));
    }

    private static KmsResult MaterialResult(KmsKey key, KeyLifecycle.KeyMaterialId? materialId) => KmsResult.Json(
        new KeyMaterialResponse { KeyId = key.Arn.ToString(), KeyMaterialId = materialId?.ToString() },
        KmsJsonContext.Default.KeyMaterialResponse);

    // RSA wrapping keys only: .NET has no SM2, and SM2 is a China-Regions algorithm.
    private static KmsOutcome<int> WrappingKeySize(ValidGetParametersForImportRequest request, KmsCaller caller)
    {
        var sm2Spec = request.WrappingKeySpec == "SM2";
        var sm2Algorithm = request.WrappingAlgorithm == "SM2PKE";
        if (sm2Spec || sm2Algorithm)
        {
            return caller.Partition != AwsPartition.AwsCn
                ? KmsOutcome<int>.Fail(new ValidationFailed("SM2 wrapping is supported only in the AWS China Regions"))
                : KmsOutcome<int>.Fail(ServiceError.Unsupported("This endpoint does not implement SM2 wrapping; use an RSA wrapping key spec."));
        }

        return request.WrappingKeySpec switch
        {
            "RSA_2048" => 2048,
            "RSA_3072" => 3072,
            _ => 4096,
        };
    }

    // kms:ExpirationModel and kms:ValidTo (seconds since the epoch), as the request gives them.
    private static Policies.PolicyRequest ImportConditions(Policies.PolicyRequest policy, ValidImportKeyMaterialRequest request)
    {
        policy = policy.WithValues("kms:ExpirationModel", request.ExpirationModel ?? "KEY_MATERIAL_EXPIRES");
        return request.ValidTo is { } validTo ? policy.WithValue("kms:ValidTo", validTo.ToUnixTimeSeconds()) : policy;
    }
}
