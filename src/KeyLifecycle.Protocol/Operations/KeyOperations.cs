using System;
using System.Linq;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Model;
using KeyLifecycle.Protocol.Pipeline;
using KeyLifecycle.Protocol.Storage;

namespace KeyLifecycle.Protocol.Operations;

/// <summary><c>CreateKey</c>, <c>DescribeKey</c> and <c>ListKeys</c>.</summary>
internal static class KeyOperations
{
    private const int DefaultLimit = 100;

    public static KmsResult CreateKey(CreateKeyRequest request, KmsRequestContext context) =>
        context.Run(() =>
        {
            var id = request.MultiRegion == true ? KeyId.NewMultiRegion(Guid.NewGuid()) : KeyId.NewSingleRegion(Guid.NewGuid());
            var key = KmsKey.Create(context.Caller.KeyArnFor(id), context.Now);
            return new Plan(new KeyStoreCommit().Add(key), MetadataResult(key));
        });

    public static KmsResult DescribeKey(DescribeKeyRequest request, KmsRequestContext context) =>
        context.Read(request.KeyId, KmsOperation.DescribeKey, key => MetadataResult(key));

    public static KmsResult ListKeys(ListRequest request, KmsRequestContext context)
    {
        if (!Paging.TryReadMarker(request.Marker, out var after))
        {
            return KmsResult.Error(InvalidMarker.Instance);
        }

        var keys = context.Store.ListKeys(context.Caller.AccountId, context.Caller.Region);
        var page = Paging.Page(keys, key => key.KeyId.ToString(), after, request.Limit ?? DefaultLimit);
        return KmsResult.Json(
            new ListKeysResponse
            {
                Keys = [.. page.Items.Select(key => new KeyListEntryModel { KeyId = key.KeyId.ToString(), KeyArn = key.Arn.ToString() })],
                NextMarker = page.NextMarker,
                Truncated = page.NextMarker is not null,
            },
            KmsJsonContext.Default.ListKeysResponse);
    }

    private static KmsResult MetadataResult(KmsKey key) =>
        KmsResult.Json(new KeyMetadataResponse { KeyMetadata = KeyMetadataModel.From(key) }, KmsJsonContext.Default.KeyMetadataResponse);
}
