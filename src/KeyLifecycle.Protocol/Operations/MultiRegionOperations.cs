using System.Collections.Immutable;
using System.Linq;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using KeyLifecycle.Protocol.Model;
using KeyLifecycle.Protocol.Pipeline;
using KeyLifecycle.Protocol.Storage;

namespace KeyLifecycle.Protocol.Operations;

/// <summary><c>ReplicateKey</c> and <c>UpdatePrimaryRegion</c>: one commit changes the related keys of every Region involved.</summary>
internal static class MultiRegionOperations
{
    public static KmsResult ReplicateKey(ValidReplicateKeyRequest request, KmsRequestContext context)
    {
        var region = AwsRegion.Parse(request.ReplicaRegion);

        // Besides kms:ReplicateKey on the primary, the replica is a new key: kms:CreateKey, and kms:TagResource when it
        // is tagged, in the caller's IAM policies (API_ReplicateKey, "Required permissions").
        var denied = context.AuthorizeIdentity(Policies.KmsAction.CreateKey, RequestConditions.AnyResource, policy => RequestConditions.WithTags(policy, request.Tags))
            ?? (request.Tags.Count == 0 ? null : context.AuthorizeIdentity(
                Policies.KmsAction.For(KmsOperation.TagResource), RequestConditions.AnyResource, policy => RequestConditions.WithTags(policy, request.Tags)));
        if (denied is not null)
        {
            return KmsResult.Error(denied);
        }

        return context.Run(() => context.Resolve(request.KeyId, KmsOperation.ReplicateKey, RequestConditions.Value("kms:ReplicaRegion", request.ReplicaRegion))
            .Then(primary => KeyTransitions.ReplicateKey(primary, region, request.Description, null, context.Now).ToOutcome()
                // Tags are applied by the domain's TagResource, which checks them as CreateKey does; a replica accepts tags while it is created.
                // A key that took the ID in that Region through a fixed ID (_custom_id_) leaves no room for the replica.
                .Then(replication => context.Store.FindKey(replication.Replica.Arn) is null
                    ? replication
                    : KmsOutcome<Replication>.Fail(KeyOperations.KeyIdTaken(replication.Replica.KeyId, region)))
                .Then(replication => KeyTransitions.TagResource(replication.Replica, request.Tags).ToOutcome()
                    .Then(replica => PolicyOperations.ForNewKey(context, replica.Arn, request.Policy, request.BypassPolicyLockoutSafetyCheck)
                        .Map(policy => Commit(context, primary, replication.Primary, replica, policy))))));
    }

    public static KmsResult UpdatePrimaryRegion(ValidUpdatePrimaryRegionRequest request, KmsRequestContext context)
    {
        var region = AwsRegion.Parse(request.PrimaryRegion);
        return context.Run(() => context.Resolve(request.KeyId, KmsOperation.UpdatePrimaryRegion, RequestConditions.Value("kms:PrimaryRegion", request.PrimaryRegion)).Then(primary =>
        {
            var replicaArn = KeyArn.Create(primary.Arn.Partition, region, primary.AccountId, primary.KeyId);
            var replica = context.Store.FindKey(replicaArn);
            if (replica is null)
            {
                // The domain decides what a key that is not a multi-Region primary gets; a primary with no key in that Region has no replica there.
                var refusal = KeyTransitions.UpdatePrimaryRegion(primary, primary, context.Now).ToOutcome();
                return KmsOutcome<Plan>.Fail(refusal.Error is UnsupportedOperation unsupported ? unsupported : NotFound.Key(replicaArn));
            }

            // kms:UpdatePrimaryRegion is asked of the replica too, in its Region (API_UpdatePrimaryRegion, "Required permissions").
            if (context.Authorize(replica, Policies.KmsAction.For(KmsOperation.UpdatePrimaryRegion), null, RequestConditions.Value("kms:PrimaryRegion", request.PrimaryRegion)) is { } refused)
            {
                return KmsOutcome<Plan>.Fail(refused);
            }

            return KeyTransitions.UpdatePrimaryRegion(primary, replica, context.Now).ToOutcome().Map(update =>
            {
                var commit = new KeyStoreCommit().Replace(primary, update.OldPrimary).Replace(replica, update.NewPrimary);
                foreach (var otherArn in ReplicasOf(update.NewPrimary).Where(arn => arn != primary.Arn))
                {
                    if (context.Store.FindKey(otherArn) is { } other)
                    {
                        commit.Replace(other, KeyTransitions.PrimaryRegionChanged(other, primary.Arn, replica.Arn));
                    }
                }

                return new Plan(commit, KmsResult.Empty);
            });
        }));
    }

    // The other related keys that a multi-Region primary lists. The domain has refused the operation before for a key
    // that is not a multi-Region primary, so every key asked about has a configuration; one without lists none.
    private static ImmutableArray<KeyArn> ReplicasOf(KmsKey primary) =>
        primary.MultiRegionConfiguration is { } configuration ? configuration.ReplicaKeys : [];

    // A replica gets the policy given, or the default key policy: the primary's policy is not copied.
    private static Plan Commit(KmsRequestContext context, KmsKey primary, KmsKey updatedPrimary, KmsKey replica, KeyPolicy? policy)
    {
        var commit = new KeyStoreCommit().Replace(primary, updatedPrimary).Add(replica);
        if (policy is not null)
        {
            commit.PutKeyPolicy(replica.Arn, policy);
        }

        // A replica shares its primary's material, so a ciphertext of one decrypts with the other. Imported material is
        // imported into each replica on its own: the replica knows the primary's material IDs, not its bytes.
        if (primary.Origin != KeyOrigin.External && context.Store.FindKeyMaterial(primary.Arn) is { } material)
        {
            commit.PutKeyMaterial(material.For(replica.Arn));
        }

        foreach (var otherArn in ReplicasOf(primary))
        {
            if (context.Store.FindKey(otherArn) is { } other)
            {
                commit.Replace(other, KeyTransitions.ReplicaAdded(other, replica.Arn));
            }
        }

        return new Plan(commit, KmsResult.Json(
            new ReplicateKeyResponse
            {
                ReplicaKeyMetadata = KeyMetadataModel.From(replica),
                ReplicaPolicy = (policy ?? PolicyOperations.DefaultFor(replica.Arn)).Text,
                ReplicaTags = [.. replica.Tags.Select(tag => new TagModel { TagKey = tag.TagKey, TagValue = tag.TagValue })],
            },
            KmsJsonContext.Default.ReplicateKeyResponse));
    }
}
