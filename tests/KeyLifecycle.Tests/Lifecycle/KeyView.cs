using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KeyLifecycle.Tests.Lifecycle;

/// <summary>What a caller can observe of a key, in plain values, so that the library's key and the model's are compared field by field.</summary>
internal sealed record KeyView(
    string Arn,
    string KeyId,
    KeyState State,
    bool Enabled,
    DateTimeOffset CreationDate,
    DateTimeOffset? DeletionDate,
    int? PendingDeletionWindowInDays,
    KeyState? StateWhenAvailable,
    bool HasKeyMaterial,
    ExpirationModel? ExpirationModel,
    DateTimeOffset? ValidTo,
    bool KeyRotationEnabled,
    int? RotationPeriodInDays,
    DateTimeOffset? NextRotationDate,
    string Tags,
    string Description,
    string MultiRegion)
{
    public static string TagsText(IEnumerable<KeyValuePair<string, string>> tags) =>
        string.Join(";", tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"));

    /// <summary>A multi-Region key's role, its primary and its replicas in ARN order; <c>-</c> for a single-Region key.</summary>
    public static string MultiRegionText(bool primary, string primaryArn, IEnumerable<string> replicaArns) =>
        $"{(primary ? "PRIMARY" : "REPLICA")} of {primaryArn} with [{string.Join(", ", replicaArns.Order(StringComparer.Ordinal))}]";

    public override string ToString() =>
        $"{State} enabled={Enabled} created={Date(CreationDate)} deletion={Date(DeletionDate)} window={PendingDeletionWindowInDays?.ToString(CultureInfo.InvariantCulture) ?? "-"}"
        + $" whenAvailable={StateWhenAvailable?.ToString() ?? "-"} material={HasKeyMaterial} {ExpirationModel?.ToString() ?? "-"} validTo={Date(ValidTo)}"
        + $" rotation={KeyRotationEnabled}/{RotationPeriodInDays?.ToString(CultureInfo.InvariantCulture) ?? "-"}/{Date(NextRotationDate)}"
        + $" tags=[{(Tags.Length > 40 ? Tags[..40] + "..." : Tags)}] description={Description.Length} {MultiRegion} ({Arn})";

    private static string Date(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
