using System;
using System.Collections.Generic;
using KeyLifecycle.Policies;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>
/// The condition keys a request carries into policy evaluation, as
/// <see href="https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html">AWS KMS condition keys</see> lists them for each operation.
/// </summary>
/// <remarks>Each returns the function <see cref="Pipeline.KmsRequestContext.Resolve(string, KmsOperation, Func{PolicyRequest, PolicyRequest})"/> applies, only when the policy is not the default one.</remarks>
internal static class RequestConditions
{
    /// <summary><c>kms:ListKeys</c>, an IAM permission on no resource.</summary>
    public static readonly KmsAction ListKeys = KmsAction.Parse("kms:ListKeys");

    /// <summary><c>kms:ListAliases</c>, an IAM permission on no resource.</summary>
    public static readonly KmsAction ListAliases = KmsAction.Parse("kms:ListAliases");

    /// <summary><c>kms:GenerateRandom</c>, an IAM permission on no resource.</summary>
    public static readonly KmsAction GenerateRandom = KmsAction.Parse("kms:GenerateRandom");

    /// <summary><c>kms:ListRetirableGrants</c>, an IAM permission on no resource.</summary>
    public static readonly KmsAction ListRetirableGrants = KmsAction.Parse("kms:ListRetirableGrants");

    /// <summary>The resource of the permissions on no resource.</summary>
    public const string AnyResource = "*";

    /// <summary>The algorithm a request that names none uses, which <c>kms:EncryptionAlgorithm</c> then has.</summary>
    public const string SymmetricDefault = "SYMMETRIC_DEFAULT";

    /// <summary><c>kms:EncryptionContext:&lt;k&gt;</c>, <c>kms:EncryptionContextKeys</c> and <c>kms:EncryptionAlgorithm</c>.</summary>
    public static Func<PolicyRequest, PolicyRequest> Encryption(IReadOnlyDictionary<string, string>? encryptionContext, string? algorithm) =>
        request => WithContext(request, encryptionContext).WithValues("kms:EncryptionAlgorithm", algorithm ?? SymmetricDefault);

    /// <summary>The encryption context alone, for the operations whose algorithm has no condition key.</summary>
    public static PolicyRequest WithContext(PolicyRequest request, IReadOnlyDictionary<string, string>? encryptionContext) =>
        encryptionContext is { Count: > 0 } context ? request.WithEncryptionContext(context) : request;

    /// <summary>One string-valued condition key.</summary>
    public static Func<PolicyRequest, PolicyRequest> Value(string key, string? value) =>
        request => value is null ? request : request.WithValues(key, value);

    /// <summary>One numeric condition key.</summary>
    public static Func<PolicyRequest, PolicyRequest> Value(string key, long? value) =>
        request => value is { } number ? request.WithValue(key, number) : request;

    /// <summary>One Boolean condition key, which the request always has.</summary>
    public static Func<PolicyRequest, PolicyRequest> Value(string key, bool value) =>
        request => request.WithValue(key, value);

    /// <summary><c>aws:RequestTag/&lt;k&gt;</c> for each tag and <c>aws:TagKeys</c>.</summary>
    public static PolicyRequest WithTags(PolicyRequest request, IEnumerable<KeyTag>? tags)
    {
        if (tags is null)
        {
            return request;
        }

        var keys = new List<string>();
        foreach (var tag in tags)
        {
            request = request.WithValues("aws:RequestTag/" + tag.TagKey, tag.TagValue);
            keys.Add(tag.TagKey);
        }

        return keys.Count == 0 ? request : request.WithValues("aws:TagKeys", keys);
    }
}
