using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeyLifecycle.Errors;
using KeyLifecycle.Policies;
using KeyLifecycle.Protocol.Model;
using KeyLifecycle.Protocol.Pipeline;
using KeyLifecycle.Protocol.Storage;
using DomainCreateGrantRequest = KeyLifecycle.Grants.CreateGrantRequest;
using GrantTransitions = KeyLifecycle.Grants.GrantTransitions;
using KmsGrant = KeyLifecycle.Grants.KmsGrant;

namespace KeyLifecycle.Protocol.Operations;

/// <summary><c>CreateGrant</c>, <c>ListGrants</c>, <c>ListRetirableGrants</c>, <c>RetireGrant</c> and <c>RevokeGrant</c>.</summary>
/// <remarks>
/// <para>
/// Each resolves the key first (<c>NotFoundException</c>, <c>InvalidArnException</c>), then applies the key-state table,
/// then the grant rules of <see cref="GrantTransitions"/>, then <c>DryRun</c>, as the other operations do. A grant change
/// commits with <see cref="KeyStoreCommit.Expect"/> of its key, so a key scheduled for deletion or deleted meanwhile takes
/// no grant, and the grant read is expected by reference, so two retries of one named CreateGrant lose no token.
/// </para>
/// <para>
/// Grants take effect at once (the emulator has no eventual consistency), so the <c>GrantTokens</c> member of any request
/// is validated and otherwise unused. Who may call the operations at all (key policy, IAM policy) is authorization's
/// decision; who may retire a grant is <see cref="GrantTransitions.MayRetire"/>'s.
/// </para>
/// </remarks>
internal static class GrantOperations
{
    private const int DefaultLimit = 50;

    /// <summary>The refusal of a RetireGrant request that names no grant: the project's text, as the service's is not recorded.</summary>
    internal static ValidationFailed RetireGrantTargetMissing { get; } = new("Either GrantToken, or both KeyId and GrantId, must be specified.");

    public static KmsResult CreateGrant(ValidCreateGrantRequest request, KmsRequestContext context) =>
        context.Run(() => context.Resolve(request.KeyId, KmsOperation.CreateGrant, policy => GrantConditions(policy, request))
            .Then(key => KeyStateRules.Check(KmsOperation.CreateGrant, key).ToOutcome().Then(_ =>
            {
                var grants = context.Store.ListGrants(key.Arn);
                var token = GrantIdentifiers.NewToken(key.Arn);
                var creation = new DomainCreateGrantRequest(key.Arn, request.GranteePrincipal, request.Operations)
                {
                    RetiringPrincipal = request.RetiringPrincipal,
                    EncryptionContextEquals = request.EncryptionContextEquals,
                    EncryptionContextSubset = request.EncryptionContextSubset,
                    Name = request.Name,
                    Now = context.Now,
                };
                return GrantTransitions.CreateGrant(creation, context.Caller.Principal, grants, GrantIdentifiers.NewGrantId(), token).ToOutcome()
                    .Then(grant => DryRun(request.DryRun, grant))
                    .Map(grant =>
                    {
                        var commit = new KeyStoreCommit().Expect(key);
                        var stored = grants.FirstOrDefault(existing => string.Equals(existing.GrantId, grant.GrantId, StringComparison.Ordinal));
                        if (stored is null)
                        {
                            commit.AddGrant(grant);
                        }
                        else
                        {
                            commit.ReplaceGrant(stored, grant);
                        }

                        return new Plan(commit, KmsResult.Json(
                            new CreateGrantResponse { GrantToken = token, GrantId = grant.GrantId },
                            KmsJsonContext.Default.CreateGrantResponse));
                    });
            })));

    public static KmsResult ListGrants(ListGrantsRequest request, KmsRequestContext context)
    {
        if (!Paging.TryReadMarker(request.Marker, out var after))
        {
            return KmsResult.Error(InvalidMarker.Instance);
        }

        return context.Read(request.KeyId, KmsOperation.ListGrants, key => KeyStateRules.Check(KmsOperation.ListGrants, key).ToOutcome().Then(_ =>
            // A grant ID this host could not have made names no grant: InvalidGrantIdException, as the model lists for
            // ListGrants; a well-formed one that names no grant lists nothing.
            request.GrantId is { } grantId && !GrantIdentifiers.IsGrantId(grantId)
                ? KmsOutcome<KmsResult>.Fail(ServiceError.InvalidGrantId)
                : Page(GrantTransitions.ListGrants(key.Arn, context.Store.ListGrants(key.Arn), request.GrantId, request.GranteePrincipal), after, request.Limit)));
    }

    public static KmsResult ListRetirableGrants(ListRetirableGrantsRequest request, KmsRequestContext context)
    {
        if (!Paging.TryReadMarker(request.Marker, out var after))
        {
            return KmsResult.Error(InvalidMarker.Instance);
        }

        if (context.AuthorizeIdentity(RequestConditions.ListRetirableGrants, RequestConditions.AnyResource) is { } denied)
        {
            return KmsResult.Error(denied);
        }

        // A value the model's pattern admits but that is no principal: InvalidArnException, which the model lists for the
        // operation, worded as the service words it for a malformed key ARN (the project's choice; not recorded).
        if (!KmsPrincipal.TryParse(request.RetiringPrincipal, out var principal))
        {
            return KmsResult.Error(new MalformedArn(request.RetiringPrincipal ?? string.Empty));
        }

        return Page(context.Store.ListRetirableGrants(context.Caller.AccountId, context.Caller.Region, principal), after, request.Limit);
    }

    public static KmsResult RetireGrant(RetireGrantRequest request, KmsRequestContext context)
    {
        if (request.GrantToken is { } token)
        {
            return RetireByToken(token, request.DryRun, context);
        }

        if (request.KeyId is null || request.GrantId is not { } grantId)
        {
            return KmsResult.Error(RetireGrantTargetMissing);
        }

        return context.Run(() => context.Resolve(request.KeyId, KmsOperation.RetireGrant)
            .Then(key => KeyStateRules.Check(KmsOperation.RetireGrant, key).ToOutcome()
                .Then(_ => GrantIdentifiers.IsGrantId(grantId) ? (KmsOutcome<string>)grantId : KmsOutcome<string>.Fail(ServiceError.InvalidGrantId))
                .Then(_ => GrantTransitions.RetireGrant(key.Arn, grantId, context.Caller.Principal, context.Store.ListGrants(key.Arn)).ToOutcome())
                .Then(grant => DryRun(request.DryRun, grant))
                .Map(grant => new Plan(new KeyStoreCommit().Expect(key).RemoveGrant(grant), KmsResult.Empty))));
    }

    public static KmsResult RevokeGrant(ValidRevokeGrantRequest request, KmsRequestContext context) =>
        context.Run(() => context.Resolve(request.KeyId, KmsOperation.RevokeGrant)
            .Then(key => KeyStateRules.Check(KmsOperation.RevokeGrant, key).ToOutcome()
                .Then(_ => GrantIdentifiers.IsGrantId(request.GrantId) ? (KmsOutcome<string>)request.GrantId : KmsOutcome<string>.Fail(ServiceError.InvalidGrantId))
                .Then(_ => GrantTransitions.RevokeGrant(key.Arn, request.GrantId, context.Store.ListGrants(key.Arn)).ToOutcome())
                .Then(grant => DryRun(request.DryRun, grant))
                .Map(grant => new Plan(new KeyStoreCommit().Expect(key).RemoveGrant(grant), KmsResult.Empty))));

    // The token names its key; it is good only while a grant on that key lists it. Anything else (a text this host did not
    // make, a key or grant that is gone) is InvalidGrantTokenException.
    private static KmsResult RetireByToken(string token, bool? dryRun, KmsRequestContext context)
    {
        if (!GrantIdentifiers.TryReadToken(token, out var keyArn))
        {
            return KmsResult.Error(ServiceError.InvalidGrantToken);
        }

        return context.Run(() =>
        {
            var resolved = context.Resolve(keyArn.Value.ToString(), KmsOperation.RetireGrant);
            if (resolved.Error is NotFound)
            {
                return KmsOutcome<Plan>.Fail(ServiceError.InvalidGrantToken);
            }

            return resolved.Then(key => KeyStateRules.Check(KmsOperation.RetireGrant, key).ToOutcome()
                .Then(_ => GrantTransitions.RetireGrant(token, context.Caller.Principal, context.Store.ListGrants(key.Arn)).Match<KmsOutcome<KmsGrant>>(
                    grant => grant,
                    missing => KmsOutcome<KmsGrant>.Fail(ServiceError.InvalidGrantToken),
                    denied => KmsOutcome<KmsGrant>.Fail(denied)))
                .Then(grant => DryRun(dryRun, grant))
                .Map(grant => new Plan(new KeyStoreCommit().Expect(key).RemoveGrant(grant), KmsResult.Empty)));
        });
    }

    // Grants are listed in creation order; the marker is the last grant's creation time (19 digits, so that text order is
    // time order) and ID, so paging is stable while grants come and go.
    private static KmsResult Page(IReadOnlyList<KmsGrant> grants, string? after, int? limit)
    {
        var ordered = grants.OrderBy(PageKey, StringComparer.Ordinal).ToList();
        var page = Paging.Page(ordered, PageKey, after, limit ?? DefaultLimit);
        return KmsResult.Json(
            new ListGrantsResponse
            {
                Grants = [.. page.Items.Select(GrantListEntryModel.Of)],
                NextMarker = page.NextMarker,
                Truncated = page.NextMarker is not null,
            },
            KmsJsonContext.Default.ListGrantsResponse);
    }

    private static string PageKey(KmsGrant grant) =>
        grant.CreationDate.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + ":" + grant.GrantId;

    private static KmsOutcome<T> DryRun<T>(bool? dryRun, T value) => dryRun == true ? KmsOutcome<T>.Fail(DryRunSucceeded.Instance) : value;

    // CreateGrant's condition keys: kms:GrantOperations, kms:GranteePrincipal, kms:RetiringPrincipal, kms:GrantIsForAWSResource
    // (false: no AWS service calls the emulator), kms:GrantConstraintType, and kms:EncryptionContext:<k> /
    // kms:EncryptionContextKeys from the grant's constraint, as the condition-key reference defines them for CreateGrant.
    private static PolicyRequest GrantConditions(PolicyRequest policy, ValidCreateGrantRequest request)
    {
        policy = policy
            .WithValues("kms:GrantOperations", request.Operations.Select(operation => Grants.GrantOperations.ToWireName(operation)))
            .WithValues("kms:GranteePrincipal", request.GranteePrincipal)
            .WithValue("kms:GrantIsForAWSResource", false);
        if (request.RetiringPrincipal is { } retiring)
        {
            policy = policy.WithValues("kms:RetiringPrincipal", retiring);
        }

        var (type, constraint) = request.EncryptionContextEquals is { } equals ? ("EncryptionContextEquals", equals)
            : request.EncryptionContextSubset is { } subset ? ("EncryptionContextSubset", subset)
            : (null, null);
        return type is null ? policy : RequestConditions.WithContext(policy.WithValues("kms:GrantConstraintType", type), constraint);
    }
}
