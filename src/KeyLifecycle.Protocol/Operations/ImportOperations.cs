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
    public static KmsResult GetParametersForImport(ValidGetParametersForImportRequest request, KmsRequestContext context) =>
        context.Read(request.KeyId, KmsOperation.GetParametersForImport, key => KeyStateRules.Check(KmsOperation.GetParametersForImport, key).ToOutcome()
            .Then(_ => WrappingKeySize(request, context.Caller))
            .Map(bits =>
            {
                var (token, publicKey, validTo) = context.Services.Imports.Issue(key.Arn, request.WrappingAlgorithm, bits, context.Now);
                return KmsResult.Json(
                    new GetParametersForImportResponse { KeyId = key.Arn.ToString(), ImportToken = token, PublicKey = publicKey, ParametersValidTo = validTo },
                    KmsJsonContext.Default.GetParametersForImportResponse);
            }));

    public static KmsResult ImportKeyMaterial(ValidImportKeyMaterialRequest request, KmsRequestContext context)
    {
        // "The default is KEY_MATERIAL_EXPIRES" (botocore kms/2014-11-01/service-2.json, ImportKeyMaterialRequest.ExpirationModel),
        // so a request without an expiration model needs a ValidTo.
        var model = request.ExpirationModel is { } named && KmsWireNames.TryParseExpirationModel(named, out var parsed) ? parsed
            : ExpirationModel.KeyMaterialExpires;

        return context.Run(() => context.Resolve(request.KeyId, KmsOperation.ImportKeyMaterial)
            .Then(key => KeyTransitions.ImportKeyMaterial(key, model, request.ValidTo, context.Now).ToOutcome().Then(imported =>
            {
                var session = context.Services.Imports.Find(request.ImportToken);
                if (session is null || session.KeyArn != key.Arn)
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

                if (!KeyMaterialUnwrapping.Fits(key.KeySpec, material) || !context.Services.Imports.IsSameAsBefore(key.Arn, material))
                {
                    return KmsOutcome<Plan>.Fail(ServiceError.IncorrectKeyMaterial);
                }

                // The imported bytes are kept by the store next to the key, so the key encrypts and decrypts with them.
                return new Plan(
                    new KeyStoreCommit().Replace(key, imported)
                        .PutKeyMaterial(KeyMaterialRecord.OfOneVersion(key.Arn, KeyLifecycle.KeyMaterialId.Parse(KeyMetadataModel.MaterialIdOf(key.Arn)), material)),
                    MaterialResult(imported),
                    () => context.Services.Imports.Imported(key.Arn, material));
            })));
    }

    public static KmsResult DeleteImportedKeyMaterial(DeleteImportedKeyMaterialRequest request, KmsRequestContext context) =>
        context.Run(() => context.Resolve(request.KeyId, KmsOperation.DeleteImportedKeyMaterial)
            .Then(key => KeyTransitions.DeleteImportedKeyMaterial(key).ToOutcome().Map(deleted => new Plan(
                // The secret bytes go with the material; a re-import of the same material brings them back.
                ReferenceEquals(deleted, key) ? null : new KeyStoreCommit().Replace(key, deleted).RemoveKeyMaterial(key.Arn),
                MaterialResult(deleted)))));

    private static KmsResult MaterialResult(KmsKey key) => KmsResult.Json(
        new KeyMaterialResponse { KeyId = key.Arn.ToString(), KeyMaterialId = KeyMetadataModel.MaterialIdOf(key.Arn) },
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
}
