using System.Linq;
using KeyLifecycle.Errors;
using KeyLifecycle.Protocol.Model;
using KeyLifecycle.Protocol.Pipeline;
using KeyLifecycle.Protocol.Storage;

namespace KeyLifecycle.Protocol.Operations;

/// <summary><c>CreateAlias</c>, <c>UpdateAlias</c>, <c>DeleteAlias</c> and <c>ListAliases</c>.</summary>
/// <remarks>An alias change commits against the key it was decided from, so a key scheduled for deletion meanwhile refuses it.</remarks>
internal static class AliasOperations
{
    private const int DefaultLimit = 50;

    public static KmsResult CreateAlias(AliasRequest request, KmsRequestContext context) =>
        context.Run(() => AliasTransitions.ParseAliasName(request.AliasName).ToOutcome()
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
            .Then(name => FindAlias(context, name))
            .Then(alias => context.Resolve(request.TargetKeyId, KmsOperation.UpdateAlias).Then(target =>
                context.Store.FindKey(alias.TargetKeyArn) is not { } current
                    ? KmsOutcome<Plan>.Fail(NotFound.Key(alias.TargetKeyArn))
                    : AliasTransitions.UpdateAlias(alias, current, target, context.Now).ToOutcome()
                        .Map(updated => new Plan(new KeyStoreCommit().ReplaceAlias(alias, updated).Expect(target), KmsResult.Empty)))));

    public static KmsResult DeleteAlias(DeleteAliasRequest request, KmsRequestContext context) =>
        context.Run(() => AliasTransitions.ParseAliasName(request.AliasName).ToOutcome()
            .Then(name => FindAlias(context, name))
            .Then(alias => AliasTransitions.DeleteAlias(alias) is { } reserved
                ? KmsOutcome<Plan>.Fail(reserved)
                : new Plan(new KeyStoreCommit().RemoveAlias(alias), KmsResult.Empty)));

    public static KmsResult ListAliases(ListAliasesRequest request, KmsRequestContext context)
    {
        if (!Paging.TryReadMarker(request.Marker, out var after))
        {
            return KmsResult.Error(InvalidMarker.Instance);
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
}
