using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using KeyLifecycle.Grants;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The <c>GrantListEntry</c> shape.</summary>
internal sealed class GrantListEntryModel
{
    public required string KeyId { get; init; }

    public required string GrantId { get; init; }

    public string? Name { get; init; }

    [JsonConverter(typeof(EpochSecondsConverter))]
    public DateTimeOffset? CreationDate { get; init; }

    public required string GranteePrincipal { get; init; }

    public string? RetiringPrincipal { get; init; }

    public required string IssuingAccount { get; init; }

    public required IReadOnlyList<string> Operations { get; init; }

    public GrantConstraintsModel? Constraints { get; init; }

    /// <summary>The entry for <paramref name="grant"/>: its key ARN as <c>KeyId</c>, as the service lists it.</summary>
    public static GrantListEntryModel Of(KmsGrant grant) => new()
    {
        KeyId = grant.KeyArn.ToString(),
        GrantId = grant.GrantId,
        Name = grant.Name,
        CreationDate = grant.CreationDate,
        GranteePrincipal = grant.GranteePrincipal.ToString(),
        RetiringPrincipal = grant.RetiringPrincipal?.ToString(),
        IssuingAccount = grant.IssuingAccount.ToString(),
        Operations = [.. grant.Operations.Select(operation => operation.ToWireName())],
        Constraints = grant.Constraints is not { } constraints ? null
            : constraints.IsEquals ? new GrantConstraintsModel { EncryptionContextEquals = constraints.Pairs }
            : new GrantConstraintsModel { EncryptionContextSubset = constraints.Pairs },
    };
}
