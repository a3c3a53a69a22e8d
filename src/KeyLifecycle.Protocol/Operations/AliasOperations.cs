using System.Linq;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using KeyLifecycle.Protocol.Model;
using KeyLifecycle.Protocol.Pipeline;
using KeyLifecycle.Protocol.Storage;

namespace KeyLifecycle.Protocol.Operations;

/// <summary><c>CreateAlias</c>, <c>UpdateAlias</c>, <c>DeleteAlias</c> and <c>ListAliases</c>.</summary>
/// <remarks>
/// An alias change commits against the key it was decided from, so a key scheduled for deletion meanwhile refuses it.
/// Each change asks its permission twice, as the service does: of the caller's identity policies for the alias (an IAM
/// resource), and of the key's policy for the key (for UpdateAlias, both the current and the new key).
/// </remarks>
internal static class AliasOperations
{
    private const int DefaultLimit = 50;

    public static KmsResult CreateAlias(AliasRequest request, KmsRequestContext context) =>
        context.Run(() => AliasTransitions.ParseAliasName(request.AliasName).ToOutcome()
            .Then(name => AliasPermission(context, KmsOperation.CreateAlias, name))
            .Then(name => context.Resolve(request.TargetKeyId, KmsOperation.CreateAlias).Then(target =>
            {
                var arn = context.Caller.AliasArnFor(name);
                return context.Store.FindAlias(arn) is not null
                    ? KmsOutcome<Plan>.Fail(AlreadyExists.Alias(arn))
                    : AliasTransitions.CreateAlias(name, target, context.Now).ToOutcome()
                        .Map(alias => new Plan(new KeyStoreCommit().AddAlias(alias).Expect(target), KmsResult.Empty));
            })));

    public static KmsResult UpdateAlias(AliasRequest request, KmsRequestContext context) =>
        context.Run(() => AliasTransitions.ParseAliasName(request.AliasName).ToOutcome()
            .Then(name => AliasPermission(context, KmsOperation.UpdateAlias, name))
            .Then(name => FindAlias(context, name))
            .Then(alias => context.Resolve(request.TargetKeyId, KmsOperation.UpdateAlias).Then(target =>
                context.Store.FindKey(alias.TargetKeyArn) is not { } current
                    ? KmsOutcome<Plan>.Fail(NotFound.Key(alias.TargetKeyArn))
                    : context.Authorize(current, KmsAction.For(KmsOperation.UpdateAlias), null, null) is { } denied
                    ? KmsOutcome<Plan>.Fail(denied)
                    : AliasTransitions.UpdateAlias(alias, current, target, context.Now).ToOutcome()
                        .Map(updated => new Plan(new KeyStoreCommit().ReplaceAlias(alias, updated).Expect(target), KmsResult.Empty)))));

    public static KmsResult DeleteAlias(DeleteAliasRequest request, KmsRequestContext context) =>
        context.Run(() => AliasTransitions.ParseAliasName(request.AliasName).ToOutcome()
            .Then(name => AliasPermission(context, KmsOperation.DeleteAlias, name))
            .Then(name => FindAlias(context, name))
            .Then(alias => AliasTransitions.DeleteAlias(alias) is { } reserved
                ? KmsOutcome<Plan>.Fail(reserved)
                : KeyPermission(context, alias) is { } denied
                ? KmsOutcome<Plan>.Fail(denied)
                : new Plan(new KeyStoreCommit().RemoveAlias(alias), KmsResult.Empty)));

    public static KmsResult ListAliases(ListAliasesRequest request, KmsRequestContext context)
    {
        if (!Paging.TryReadMarker(request.Marker, out var after))
        {
            return KmsResult.Error(InvalidMarker.Instance);
        }

        if (context.AuthorizeIdentity(RequestConditions.ListAliases, RequestConditions.AnyResource) is { } denied)
        {
            return KmsResult.Error(denied);
        }

        KmsKey? target = null;
        if (request.KeyId is not null)
        {
            var resolved = context.Resolve(request.KeyId, KmsOperation.ListAliases);
            if (resolved.Error is { } error)
            {
                return KmsResult.Error(error);
            }

            target = resolved.Value;
        }

        // Without a key, the store walks its ordered index from the marker, one alias more than the page telling whether
        // another follows; with one, the Region's aliases are filtered to the key's.
        var limit = request.Limit ?? DefaultLimit;
        var page = target is null
            ? Paging.Page(context.Store.ListAliases(context.Caller.AccountId, context.Caller.Region, after, limit + 1), alias => alias.Name.ToString(), null, limit)
            : Paging.Page([.. context.Store.ListAliases(context.Caller.AccountId, context.Caller.Region).Where(alias => alias.TargetKeyId == target.KeyId)], alias => alias.Name.ToString(), after, limit);
        return KmsResult.Json(
            new ListAliasesResponse
            {
                Aliases = [.. page.Items.Select(alias => new AliasListEntryModel
                {
                    AliasName = alias.Name.ToString(),
                    AliasArn = alias.Arn.ToString(),
                    TargetKeyId = alias.TargetKeyId.ToString(),
                    CreationDate = alias.CreationDate,
                    LastUpdatedDate = alias.LastUpdatedDate,
                })],
                NextMarker = page.NextMarker,
                Truncated = page.NextMarker is not null,
            },
            KmsJsonContext.Default.ListAliasesResponse);
    }

    private static KmsOutcome<KmsAlias> FindAlias(KmsRequestContext context, Identifiers.AliasName name)
    {
        var arn = context.Caller.AliasArnFor(name);
        return context.Store.FindAlias(arn) is { } alias ? alias : KmsOutcome<KmsAlias>.Fail(NotFound.Alias(arn));
    }

    // The alias half of an alias operation's permission: the caller's identity policies, for the alias's ARN.
    private static KmsOutcome<AliasName> AliasPermission(KmsRequestContext context, KmsOperation operation, AliasName name) =>
        context.AuthorizeIdentity(KmsAction.For(operation), context.Caller.AliasArnFor(name).ToString()) is { } denied
            ? KmsOutcome<AliasName>.Fail(denied)
            : name;

    // DeleteAlias asks kms:DeleteAlias of the key the alias points at too; a key that is gone asks nothing.
    private static AccessDenied? KeyPermission(KmsRequestContext context, KmsAlias alias) =>
        context.Store.FindKey(alias.TargetKeyArn) is { } key ? context.Authorize(key, KmsAction.For(KmsOperation.DeleteAlias), null, null) : null;
}
