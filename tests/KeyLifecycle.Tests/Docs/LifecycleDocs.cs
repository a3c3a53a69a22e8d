using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using KeyLifecycle.Errors;
using OneOf;

namespace KeyLifecycle.Tests.Docs;

/// <summary>Renders the README's lifecycle diagram and outcome tables from the transitions themselves, so that the documentation cannot drift from the code.</summary>
internal static partial class LifecycleDocs
{
    private static readonly DateTimeOffset s_now = LifecycleKeys.Now;

    /// <summary>A lifecycle operation as the documentation shows it: its name and the transition to run on a key.</summary>
    /// <param name="Name">The operation, as the column heading.</param>
    /// <param name="Apply">The transition on a representative key; <see langword="null"/> when it does not apply to that key at all.</param>
    /// <param name="IsHostEvent">Whether the host applies it when something happens, rather than a caller requesting it.</param>
    public sealed record Operation(string Name, Func<Representative, OneOf<KmsKey, IKmsError>?> Apply, bool IsHostEvent = false);

    /// <summary>A customer managed key in some state, built through the public API, with the related key some operations need.</summary>
    /// <param name="Kind">What sets the key apart from others in its state, or <see langword="null"/>.</param>
    /// <param name="Key">The key.</param>
    /// <param name="Partner">A related multi-Region key: the replica of a primary, or the primary of a replica.</param>
    public sealed record Representative(string? Kind, KmsKey Key, KmsKey? Partner = null)
    {
        public string Label => Kind is null ? Key.State.ToString() : $"{Key.State} ({Kind})";
    }

    public static IReadOnlyList<Operation> Operations { get; } =
    [
        new("EnableKey", r => Pick(KeyTransitions.EnableKey(r.Key).Value)),
        new("DisableKey", r => Pick(KeyTransitions.DisableKey(r.Key).Value)),
        new("ScheduleKeyDeletion", r => Pick(KeyTransitions.ScheduleKeyDeletion(r.Key, null, s_now).Value)),
        new("CancelKeyDeletion", r => Pick(KeyTransitions.CancelKeyDeletion(r.Key).Value)),
        new("ImportKeyMaterial", r => Pick(KeyTransitions.ImportKeyMaterial(r.Key, LifecycleKeys.Import(ExpirationModel.KeyMaterialDoesNotExpire, null), s_now).Value)),
        new("DeleteImportedKeyMaterial", r => Pick(KeyTransitions.DeleteImportedKeyMaterial(r.Key).Value)),
        new("EnableKeyRotation", r => Pick(KeyTransitions.EnableKeyRotation(r.Key, null, s_now).Value)),
        new("DisableKeyRotation", r => Pick(KeyTransitions.DisableKeyRotation(r.Key).Value)),
        new("RotateKeyOnDemand", r => Pick(KeyTransitions.RotateKeyOnDemand(r.Key, KeyMaterialId.FromBytes(new byte[KeyMaterialId.ByteLength]), s_now).Value)),
        new("ReplicateKey", r => KeyTransitions.ReplicateKey(r.Key, LifecycleKeys.EuWest1, null, null, s_now).Value switch
        {
            Replication replication => Pick(replication.Primary),
            var error => Pick(error),
        }),
        new("UpdatePrimaryRegion", r => KeyTransitions.UpdatePrimaryRegion(r.Key, r.Partner ?? r.Key, s_now).Value switch
        {
            PrimaryRegionUpdate update => Pick(update.OldPrimary),
            var error => Pick(error),
        }),
        new("CompleteReplication", r => Pick(KeyTransitions.CompleteReplication(r.Key)), IsHostEvent: true),
        new("CompletePrimaryRegionUpdate", r => Pick(KeyTransitions.CompletePrimaryRegionUpdate(r.Key)), IsHostEvent: true),
        new("KeyStoreDisconnected", r => r.Key.CustomKeyStoreId is null ? null : Pick(KeyTransitions.KeyStoreDisconnected(r.Key)), IsHostEvent: true),
        new("KeyStoreConnected", r => r.Key.CustomKeyStoreId is null ? null : Pick(KeyTransitions.KeyStoreConnected(r.Key)), IsHostEvent: true),
        new("ExpireKeyMaterial", r => r.Key.ValidTo is { } validTo ? Pick(KeyTransitions.ExpireKeyMaterial(r.Key, validTo)) : null, IsHostEvent: true),
        new("ReplicaRemoved", r => r.Partner is { } partner && r.Key.MultiRegionConfiguration?.ReplicaKeys.Contains(partner.Arn) == true
            ? Pick(KeyTransitions.ReplicaRemoved(r.Key, partner.Arn, s_now))
            : null, IsHostEvent: true),
    ];

    /// <summary>Keys in every state, and the kinds of key whose transitions differ, all reached through the public API.</summary>
    public static IReadOnlyList<Representative> RepresentativeKeys { get; } = BuildRepresentatives();

    public static string MermaidDiagram()
    {
        var edges = new SortedDictionary<(string From, string To), SortedSet<string>>();

        void Edge(string from, string to, string name)
        {
            if (!edges.TryGetValue((from, to), out var names))
            {
                edges[(from, to)] = names = new SortedSet<string>(StringComparer.Ordinal);
            }

            names.Add(name);
        }

        foreach (var origin in Enum.GetValues<KeyOrigin>())
        {
            var store = origin is KeyOrigin.AwsCloudHsm or KeyOrigin.ExternalKeyStore ? LifecycleKeys.StoreId : null;
            Edge("[*]", LifecycleKeys.Create(new KeyCreationRequest { Origin = origin, CustomKeyStoreId = store }).State.ToString(), "CreateKey");
        }

        Edge("[*]", LifecycleKeys.Replicate(LifecycleKeys.Primary(), LifecycleKeys.UsEast1).Replica.State.ToString(), "ReplicateKey");
        foreach (var representative in RepresentativeKeys)
        {
            var key = representative.Key;
            if (key.DeletionDate is { } date && KeyTransitions.IsDeletionDue(key, date))
            {
                Edge(key.State.ToString(), "[*]", "deletion date reached");
            }

            foreach (var operation in Operations)
            {
                if (operation.Apply(representative) is { } outcome && outcome.TryPickT0(out var next, out _) && next.State != key.State)
                {
                    Edge(key.State.ToString(), next.State.ToString(), operation.Name);
                }
            }
        }

        var text = new StringBuilder();
        text.Append("stateDiagram-v2\n");
        foreach (var ((from, to), names) in edges)
        {
            text.Append("    ").Append(from).Append(" --> ").Append(to).Append(": ").Append(string.Join(", ", names)).Append('\n');
        }

        return text.ToString();
    }

    public static string OutcomeTable()
    {
        var text = new StringBuilder();
        text.Append("| Key | ").Append(string.Join(" | ", Operations.Select(o => o.IsHostEvent ? $"*{o.Name}*" : o.Name))).Append(" |\n");
        text.Append("|---|").Append(string.Concat(Operations.Select(_ => "---|"))).Append('\n');
        foreach (var representative in RepresentativeKeys)
        {
            text.Append("| ").Append(representative.Label);
            foreach (var operation in Operations)
            {
                text.Append(" | ").Append(operation.Apply(representative) is { } outcome
                    ? outcome.Match(next => Describe(representative.Key, next, operation.IsHostEvent), Describe)
                    : "n/a");
            }

            text.Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>The cryptographic operations the key-state table governs, as its cells decide them for each representative key.</summary>
    public static string CryptographyTable()
    {
        KmsOperation[] operations =
        [
            KmsOperation.Encrypt, KmsOperation.Decrypt, KmsOperation.ReEncrypt, KmsOperation.GenerateDataKey, KmsOperation.GenerateDataKeyPair,
            KmsOperation.Sign, KmsOperation.Verify, KmsOperation.GetPublicKey, KmsOperation.GenerateMac, KmsOperation.VerifyMac,
            KmsOperation.DeriveSharedSecret,
        ];
        var text = new StringBuilder();
        text.Append("| Key | ").Append(string.Join(" | ", operations.Select(o => o.ToWireName()))).Append(" |\n");
        text.Append("|---|").Append(string.Concat(operations.Select(_ => "---|"))).Append('\n');
        foreach (var representative in RepresentativeKeys)
        {
            text.Append("| ").Append(representative.Label);
            foreach (var operation in operations)
            {
                text.Append(" | ").Append(KeyStateRules.Check(operation, representative.Key).ToOutcome().Match(_ => "allowed", Describe));
            }

            text.Append(" |\n");
        }

        return text.ToString();
    }

    private static OneOf<KmsKey, IKmsError>? Pick(object outcome) => outcome switch
    {
        KmsKey key => OneOf<KmsKey, IKmsError>.FromT0(key),
        IKmsError error => OneOf<KmsKey, IKmsError>.FromT1(error),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not an outcome of a transition."),
    };

    private static Representative[] BuildRepresentatives()
    {
        var (primary, replica) = LifecycleKeys.PrimaryWithReplica();
        var creating = LifecycleKeys.Replicate(LifecycleKeys.Primary(), LifecycleKeys.UsEast1);
        var creatingExternal = LifecycleKeys.Replicate(LifecycleKeys.Imported(LifecycleKeys.Primary(KeyOrigin.External)), LifecycleKeys.UsEast1);
        var updating = LifecycleKeys.Updating();
        var expiring = KeyTransitions.ImportKeyMaterial(LifecycleKeys.External(), LifecycleKeys.Import(ExpirationModel.KeyMaterialExpires, s_now.AddDays(90)), s_now).AsT0;
        var unavailable = KeyTransitions.KeyStoreDisconnected(LifecycleKeys.CloudHsm());
        return
        [
            new("a new replica", creating.Replica, creating.Primary),
            new("a new replica of an EXTERNAL primary", creatingExternal.Replica, creatingExternal.Primary),
            new(null, LifecycleKeys.SingleRegion()),
            new("multi-Region primary with a replica", primary, replica),
            new("EXTERNAL, material expires", expiring),
            new("AWS_CLOUDHSM", LifecycleKeys.CloudHsm()),
            new(null, LifecycleKeys.Disabled(LifecycleKeys.SingleRegion())),
            new("EXTERNAL, material expires", LifecycleKeys.Disabled(expiring)),
            new("AWS_CLOUDHSM", LifecycleKeys.Disabled(LifecycleKeys.CloudHsm())),
            new(null, LifecycleKeys.Scheduled(LifecycleKeys.SingleRegion())),
            new("EXTERNAL, no material", LifecycleKeys.Scheduled(LifecycleKeys.External())),
            new(null, LifecycleKeys.External()),
            new("primary waiting for its replica", LifecycleKeys.Scheduled(primary), replica),
            new("AWS_CLOUDHSM, was Enabled", unavailable),
            new("AWS_CLOUDHSM, DisableKey deferred", KeyTransitions.DisableKey(unavailable).AsT0),
            new("new primary", updating.NewPrimary, updating.OldPrimary),
        ];
    }

    private static string Describe(KmsKey before, KmsKey after, bool hostEvent)
    {
        var status = hostEvent ? string.Empty : "200, ";
        return after.State == KeyState.Unavailable && after.StateWhenAvailable is { } deferred && deferred != before.StateWhenAvailable
            ? $"{status}deferred: {deferred} when the key store reconnects"
            : ReferenceEquals(before, after) ? $"{status}no change"
            : after.State != before.State ? $"{status}becomes {after.State}"
            : $"{status}state unchanged";
    }

    private static string Describe(IKmsError error) => $"{error.ErrorCode}: `{KeyArnPattern().Replace(error.Message, "<key ARN>")}`";

    [GeneratedRegex(@"arn:aws:kms:[a-z0-9-]+:\d{12}:key/[a-z0-9-]+")]
    private static partial Regex KeyArnPattern();
}
