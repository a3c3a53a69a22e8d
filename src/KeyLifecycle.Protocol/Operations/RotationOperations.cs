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
            _ => KmsResult.Empty);

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
                return MaterialRotation.TryAdd(context.Store, commit, key, rotated, [version])
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
            // Oldest first, each at its position, which never changes: rotations are only ever added at the end.
            var entries = new List<(string Position, RotationsListEntryModel Entry)>(rotations.Count + 1);
            var keyId = key.KeyId.ToString();
            if (request.IncludeKeyMaterial == ListKeyRotationsRequest.AllKeyMaterial && key.Origin == KeyOrigin.AwsKms)
            {
                entries.Add((Position(0), new RotationsListEntryModel
                {
                    KeyId = keyId,
                    KeyMaterialId = KeyMetadataModel.MaterialIdOf(key.Arn),
                    KeyMaterialState = rotations.Count == 0 ? "CURRENT" : "NON_CURRENT",
                }));
            }

            for (var i = 0; i < rotations.Count; i++)
            {
                entries.Add((Position(i + 1), new RotationsListEntryModel
                {
                    KeyId = keyId,
                    KeyMaterialId = rotations[i].KeyMaterialId.ToString(),
                    KeyMaterialState = i == rotations.Count - 1 ? "CURRENT" : "NON_CURRENT",
                    RotationDate = rotations[i].RotationDate,
                    RotationType = rotations[i].RotationType.ToWireName(),
                }));
            }

            var page = Paging.Page(entries, entry => entry.Position, after, request.Limit ?? DefaultLimit);
            return KmsResult.Json(
                new ListKeyRotationsResponse { Rotations = [.. page.Items.Select(item => item.Entry)], NextMarker = page.NextMarker, Truncated = page.NextMarker is not null },
                KmsJsonContext.Default.ListKeyRotationsResponse);
        }));
    }

    private static string Position(int index) => index.ToString("D6", CultureInfo.InvariantCulture);
}
