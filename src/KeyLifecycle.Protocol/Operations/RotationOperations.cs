using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeyLifecycle.Protocol.Storage;
using KeyLifecycle.Protocol.Model;
using KeyLifecycle.Protocol.Pipeline;

namespace KeyLifecycle.Protocol.Operations;

/// <summary><c>EnableKeyRotation</c>, <c>DisableKeyRotation</c>, <c>GetKeyRotationStatus</c>, <c>RotateKeyOnDemand</c> and <c>ListKeyRotations</c>.</summary>
/// <remarks>A rotation completes at once, so <c>GetKeyRotationStatus</c> never reports one in progress (<c>OnDemandRotationStartDate</c>).</remarks>
internal static class RotationOperations
{
    private const int DefaultLimit = 100;

    public static KmsResult EnableKeyRotation(EnableKeyRotationRequest request, KmsRequestContext context) =>
        context.Update(
            request.KeyId,
            KmsOperation.EnableKeyRotation,
            key => KeyTransitions.EnableKeyRotation(key, request.RotationPeriodInDays, context.Now).ToOutcome(),
            _ => KmsResult.Empty,
            RequestConditions.Value("kms:RotationPeriodInDays", (long?)request.RotationPeriodInDays));

    public static KmsResult DisableKeyRotation(KeyIdRequest request, KmsRequestContext context) =>
        context.Update(request.KeyId, KmsOperation.DisableKeyRotation, key => KeyTransitions.DisableKeyRotation(key).ToOutcome(), _ => KmsResult.Empty);

    public static KmsResult GetKeyRotationStatus(KeyIdRequest request, KmsRequestContext context) =>
        context.Read(request.KeyId, KmsOperation.GetKeyRotationStatus, key => KeyTransitions.GetKeyRotationStatus(key).ToOutcome().Map(status =>
            KmsResult.Json(
                new GetKeyRotationStatusResponse
                {
                    KeyRotationEnabled = status.KeyRotationEnabled,
                    KeyId = key.Arn.ToString(),
                    RotationPeriodInDays = status.RotationPeriodInDays,
                    NextRotationDate = status.NextRotationDate,
                },
                KmsJsonContext.Default.GetKeyRotationStatusResponse)));

    public static KmsResult RotateKeyOnDemand(KeyIdRequest request, KmsRequestContext context) =>
        context.Run(() => context.Resolve(request.KeyId, KmsOperation.RotateKeyOnDemand).Then(key =>
        {
            var version = MaterialRotation.NewVersion();
            return KeyTransitions.RotateKeyOnDemand(key, version.Id, context.Now).ToOutcome().Then(rotated =>
            {
                var commit = new KeyStoreCommit();
                var committed = key.Origin == KeyOrigin.External
                    ? MaterialRotation.TryRotateToImported(context.Store, commit, key, rotated)
                    : MaterialRotation.TryAdd(context.Store, commit, key, rotated, [version]);
                return committed
                    ? new Plan(commit, KmsResult.Json(new RotateKeyOnDemandResponse { KeyId = key.Arn.ToString() }, KmsJsonContext.Default.RotateKeyOnDemandResponse))
                    : KmsOutcome<Plan>.Fail(ServiceFault.Of(ServiceFaultKind.InternalError));
            });
        }));

    public static KmsResult ListKeyRotations(ListKeyRotationsRequest request, KmsRequestContext context)
    {
        if (!Paging.TryReadMarker(request.Marker, out var after))
        {
            return KmsResult.Error(InvalidMarker.Instance);
        }

        return context.Read(request.KeyId, KmsOperation.ListKeyRotations, key => KeyTransitions.ListKeyRotations(key).ToOutcome().Map(rotations =>
        {
            // Oldest first, each at its position, which never changes: rotations are only ever added at the end, and the
            // material imported for the next rotation is listed at the position its rotation will take.
            var entries = new List<(string Position, RotationsListEntryModel Entry)>(rotations.Count + 2);
            var keyId = key.KeyId.ToString();
            var allMaterial = request.IncludeKeyMaterial == ListKeyRotationsRequest.AllKeyMaterial;
            var materials = key.ImportedMaterials;
            var current = key.Origin == KeyOrigin.External ? key.CurrentImportedMaterialId : null;
            if (allMaterial && key.Origin == KeyOrigin.AwsKms)
            {
                entries.Add((Position(0), Entry(keyId, KeyLifecycle.KeyMaterialId.Parse(KeyMetadataModel.MaterialIdOf(key.Arn)), rotations.Count == 0 ? "CURRENT" : "NON_CURRENT", null, null)));
            }
            else if (allMaterial && materials.Count > 0 && !materials[0].PendingRotation)
            {
                var first = materials[0];
                entries.Add((Position(0), Entry(keyId, first.KeyMaterialId, first.KeyMaterialId == current ? "CURRENT" : "NON_CURRENT", null, first)));
            }

            for (var i = 0; i < rotations.Count; i++)
            {
                var state = i == rotations.Count - 1 ? "CURRENT" : "NON_CURRENT";
                entries.Add((Position(i + 1), Entry(keyId, rotations[i].KeyMaterialId, state, rotations[i], materials.Find(rotations[i].KeyMaterialId))));
            }

            if (allMaterial && materials.PendingRotation is { } pending)
            {
                entries.Add((Position(rotations.Count + 1), Entry(keyId, pending.KeyMaterialId, "PENDING_ROTATION", null, pending)));
            }

            var page = Paging.Page(entries, entry => entry.Position, after, request.Limit ?? DefaultLimit);
            return KmsResult.Json(
                new ListKeyRotationsResponse { Rotations = [.. page.Items.Select(item => item.Entry)], NextMarker = page.NextMarker, Truncated = page.NextMarker is not null },
                KmsJsonContext.Default.ListKeyRotationsResponse);
        }));
    }

    // ImportState, ExpirationModel, ValidTo and KeyMaterialDescription are reported for imported material only.
    private static RotationsListEntryModel Entry(string keyId, KeyLifecycle.KeyMaterialId materialId, string state, KeyRotation? rotation, ImportedKeyMaterial? imported) => new()
    {
        KeyId = keyId,
        KeyMaterialId = materialId.ToString(),
        KeyMaterialState = state,
        RotationDate = rotation?.RotationDate,
        RotationType = rotation?.RotationType.ToWireName(),
        ImportState = imported is null ? null : imported.ImportState == ImportState.Imported ? "IMPORTED" : "PENDING_IMPORT",
        ExpirationModel = imported?.ExpirationModel?.ToWireName(),
        ValidTo = imported?.ValidTo,
        KeyMaterialDescription = imported?.Description,
    };

    private static string Position(int index) => index.ToString("D6", CultureInfo.InvariantCulture);
}
