using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyLifecycle.Grants;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;

namespace KeyLifecycle.Testing;

/// <summary>Generators of principals, key policies, grants and authorization scenarios.</summary>
/// <remarks>
/// The values come from a small universe (two accounts, a few users, roles, sessions and services, a few actions, condition
/// keys and values), so that generated statements often match the generated request and often just miss it: principals by
/// account, by role for a session, by <c>NotPrincipal</c>; actions by wildcard and case; conditions with <c>IfExists</c> on
/// missing keys, <c>ForAllValues:</c> on empty sets and negated operators. Every policy goes through <see cref="KeyPolicy.Parse(string)"/>.
/// </remarks>
public static partial class KmsGen
{
    private const string HomeAccount = "111122223333";
    private const string OtherAccount = "444455556666";
    private const string KeyOneArn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private const string KeyTwoArn = "arn:aws:kms:us-east-1:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321";

    private static readonly string[] s_principalArns =
    [
        $"arn:aws:iam::{HomeAccount}:root",
        $"arn:aws:iam::{HomeAccount}:user/Alice",
        $"arn:aws:iam::{HomeAccount}:user/Bob",
        $"arn:aws:iam::{HomeAccount}:role/Admin",
        $"arn:aws:sts::{HomeAccount}:assumed-role/Admin/session-1",
        $"arn:aws:sts::{HomeAccount}:assumed-role/Reader/session-2",
        $"arn:aws:iam::{OtherAccount}:root",
        $"arn:aws:iam::{OtherAccount}:user/Carol",
        $"arn:aws:iam::{OtherAccount}:role/Admin",
        $"arn:aws:sts::{OtherAccount}:assumed-role/Admin/session-3",
        "dynamodb.amazonaws.com",
        "logs.amazonaws.com",
    ];

    private static readonly string[] s_actions =
        ["kms:Encrypt", "kms:Decrypt", "kms:DescribeKey", "kms:PutKeyPolicy", "kms:DisableKey", "kms:CreateGrant", "kms:ReEncryptFrom", "kms:ScheduleKeyDeletion"];

    private static readonly string[] s_actionPatterns =
        ["kms:*", "*", "kms:Encrypt", "kms:encrypt", "KMS:DECRYPT", "kms:De*", "kms:*Key", "kms:?ncrypt", "kms:Describe*", "kms:PutKeyPolicy", "kms:ReEncrypt*", "s3:GetObject", "kms:Disable?ey"];

    private static readonly string[] s_resourcePatterns =
        ["*", KeyOneArn, KeyTwoArn, "arn:aws:kms:*:111122223333:key/*", "arn:aws:kms:us-east-1:111122223333:key/1234abcd-*", "arn:aws:kms:us-west-2:*", "arn:aws:kms:*:444455556666:key/*"];

    private static readonly string[] s_operators =
    [
        "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike",
        "NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals",
        "DateEquals", "DateNotEquals", "DateLessThan", "DateGreaterThanEquals", "Bool", "IpAddress", "NotIpAddress",
        "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike", "Null",
    ];

    // Each condition key with the values a policy or a request may give it; several values share a prefix or differ in case.
    private static readonly (string Key, string[] Values)[] s_conditionKeys =
    [
        ("kms:CallerAccount", [HomeAccount, OtherAccount, "1111*"]),
        ("kms:EncryptionContext:purpose", ["test", "Test", "prod", "t*"]),
        ("kms:EncryptionContextKeys", ["purpose", "team", "p*"]),
        ("kms:ViaService", ["s3.us-east-1.amazonaws.com", "ec2.us-east-1.amazonaws.com", "*.us-east-1.amazonaws.com"]),
        ("aws:SourceIp", ["203.0.113.7", "10.1.2.3", "203.0.113.0/24", "10.0.0.0/8", "2001:db8::1", "2001:db8::/32"]),
        ("kms:RotationPeriodInDays", ["90", "365", "2560", "180.5"]),
        ("kms:BypassPolicyLockoutSafetyCheck", ["true", "false", "True"]),
        ("aws:PrincipalArn", [$"arn:aws:iam::{HomeAccount}:role/Admin", $"arn:aws:iam::{HomeAccount}:user/*", "arn:aws:iam::*:role/Ad?in"]),
        ("aws:CurrentTime", ["2026-01-01T00:00:00Z", "2027-06-30T12:00:00Z", "1767225600"]),
        ("kms:GrantOperations", ["Decrypt", "Encrypt", "CreateGrant"]),
        ("aws:TagKeys", ["Project", "Owner"]),
    ];

    /// <summary>Gets principals: account roots, IAM users, roles and assumed-role sessions in two accounts, and service principals.</summary>
    public static Gen<KmsPrincipal> Principals => Gen.Elements(s_principalArns).Select(KmsPrincipal.Parse);

    /// <summary>Gets KMS actions, among them <c>kms:PutKeyPolicy</c> and actions that AWS allows and refuses across accounts.</summary>
    public static Gen<KmsAction> KmsActions => Gen.Elements(s_actions).Select(KmsAction.Parse);

    /// <summary>Gets key policy documents (JSON text) that <see cref="KeyPolicy.Parse(string)"/> accepts, over the generators' small universe.</summary>
    public static Gen<string> KeyPolicyDocuments =>
        from count in Gen.Choose(1, 4)
        from statements in Gen.ArrayOf(Statement, count)
        from asObject in Gen.Frequency((1, Gen.Constant(true)), (6, Gen.Constant(false)))
        from version in Gen.Elements("\"Version\":\"2012-10-17\",", "\"Version\":\"2008-10-17\",", string.Empty)
        select "{" + version + "\"Id\":\"generated\",\"Statement\":"
            + (asObject && count == 1 ? statements[0] : "[" + string.Join(",", statements) + "]") + "}";

    /// <summary>Gets IAM identity-based policy documents (JSON text) that <see cref="IdentityPolicy.Parse(string)"/> accepts: the key policy statements' actions, resources and conditions, without a principal.</summary>
    public static Gen<string> IdentityPolicyDocuments =>
        from count in Gen.Choose(1, 3)
        from statements in Gen.ArrayOf(IdentityStatement, count)
        from version in Gen.Elements("\"Version\":\"2012-10-17\",", string.Empty)
        select "{" + version + "\"Statement\":[" + string.Join(",", statements) + "]}";

    /// <summary>Gets the identity-based policies of a principal: none to three parsed documents.</summary>
    public static Gen<IReadOnlyList<IdentityPolicy>> IdentityPolicies =>
        from count in Gen.Choose(0, 3)
        from documents in Gen.ArrayOf(IdentityPolicyDocuments, count)
        select (IReadOnlyList<IdentityPolicy>)documents.Select(text => IdentityPolicy.Parse(text).AsT0).ToArray();

    /// <summary>Gets parsed key policies, the default key policy of the home account among them.</summary>
    public static Gen<KeyPolicy> KeyPolicies =>
        Gen.Frequency(
            (1, Gen.Constant(KeyPolicy.CreateDefault(AwsPartition.Aws, AwsAccountId.Parse(HomeAccount)))),
            (6, KeyPolicyDocuments.Select(text => KeyPolicy.Parse(text).AsT0)));

    /// <summary>Gets authorization scenarios: a policy, grants on the key, and a request by one of the principals.</summary>
    public static Gen<PolicyScenario> PolicyScenarios =>
        from policyText in Gen.Frequency(
            (1, Gen.Constant(KeyPolicy.CreateDefault(AwsPartition.Aws, AwsAccountId.Parse(HomeAccount)).Text)),
            (6, KeyPolicyDocuments))
        from principal in Principals
        from action in KmsActions
        from keyArn in Gen.Frequency((5, Gen.Constant(KeyOneArn)), (1, Gen.Constant(KeyTwoArn))).Select(KeyArn.Parse)
        from identity in Gen.Frequency((4, Gen.Constant(PolicyOutcome.Allow)), (2, Gen.Constant(PolicyOutcome.ImplicitDeny)), (1, Gen.Constant(PolicyOutcome.ExplicitDeny)))
        from values in RequestConditionValues
        from context in EncryptionContexts
        from grants in Gen.Frequency((3, Gen.Constant(Array.Empty<KmsGrant>())), (2, Gen.ListOf(Grant).Select(list => list.ToArray())))
        select new PolicyScenario(policyText, KeyPolicy.Parse(policyText).AsT0, grants, principal, action, keyArn, identity, values, context);

    /// <summary>Gets grants on the scenarios' first key, for principals of the small universe, with and without constraints.</summary>
    public static Gen<KmsGrant> Grant =>
        from grantee in Gen.Elements(s_principalArns)
        from operations in Gen.SubListOf(Enum.GetValues<GrantOperation>()).Where(list => list.Count > 0 && !(list.Count == 1 && list[0] == GrantOperation.CreateGrant))
        from constraint in Gen.Elements(0, 1, 2)
        from pairs in EncryptionContexts
        from id in Gen.Choose(1, 1_000_000)
        select GrantTransitions.CreateGrant(
            new CreateGrantRequest(KeyArn.Parse(KeyOneArn), grantee, operations.ToArray())
            {
                EncryptionContextEquals = constraint == 1 ? pairs : null,
                EncryptionContextSubset = constraint == 2 ? pairs : null,
            },
            KmsPrincipal.Parse($"arn:aws:iam::{HomeAccount}:root"),
            [],
            "grant-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "token-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture)).AsT0;

    /// <summary>Gets encryption contexts over the keys <c>purpose</c> and <c>team</c>, the empty one among them.</summary>
    public static Gen<IReadOnlyDictionary<string, string>> EncryptionContexts =>
        from purpose in Gen.Elements<string?>(null, "test", "prod")
        from team in Gen.Elements<string?>(null, "blue")
        select (IReadOnlyDictionary<string, string>)new[] { ("purpose", purpose), ("team", team) }
            .Where(pair => pair.Item2 is not null)
            .ToDictionary(pair => pair.Item1, pair => pair.Item2!, StringComparer.Ordinal);

    private static Gen<IReadOnlyDictionary<string, string[]>> RequestConditionValues =>
        from chosen in Gen.SubListOf(s_conditionKeys.Where(entry => !entry.Key.StartsWith("kms:EncryptionContext", StringComparison.Ordinal)
            && entry.Key is not ("kms:CallerAccount" or "aws:PrincipalArn")))
        from values in Gen.CollectToArray(chosen, entry => Gen.SubListOf(entry.Values.Where(value => !value.Contains('*', StringComparison.Ordinal) && !value.Contains('?', StringComparison.Ordinal))))
        select (IReadOnlyDictionary<string, string[]>)chosen.Zip(values)
            .Where(pair => pair.Second.Count > 0 || pair.First.Key == "aws:TagKeys")
            .ToDictionary(pair => pair.First.Key, pair => pair.Second.ToArray(), StringComparer.Ordinal);

    private static Gen<string> Statement =>
        from sid in Gen.Elements(string.Empty, "\"Sid\":\"Allow use of the key\",")
        from effect in Gen.Frequency((3, Gen.Constant("Allow")), (2, Gen.Constant("Deny")))
        from principal in PrincipalElement
        from action in PatternElement("Action", "NotAction", s_actionPatterns)
        from resource in PatternElement("Resource", "NotResource", s_resourcePatterns)
        from condition in Gen.Frequency((3, Gen.Constant(string.Empty)), (2, ConditionElement))
        select "{" + (sid + "\"Effect\":\"" + effect + "\"," + principal + action + resource + condition).TrimEnd(',') + "}";

    private static Gen<string> IdentityStatement =>
        from sid in Gen.Elements(string.Empty, "\"Sid\":\"KmsUse\",")
        from effect in Gen.Frequency((3, Gen.Constant("Allow")), (1, Gen.Constant("Deny")))
        from action in PatternElement("Action", "NotAction", s_actionPatterns)
        from resource in PatternElement("Resource", "NotResource", s_resourcePatterns)
        from condition in Gen.Frequency((3, Gen.Constant(string.Empty)), (2, ConditionElement))
        select "{" + (sid + "\"Effect\":\"" + effect + "\"," + action + resource + condition).TrimEnd(',') + "}";

    private static Gen<IList<T>> SmallList<T>(Gen<T> item) =>
        Gen.Frequency((4, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Constant(3))).SelectMany(count => Gen.ArrayOf(item, count).Select(array => (IList<T>)array));

    private static Gen<string> PrincipalElement =>
        from kind in Gen.Frequency((8, Gen.Constant("Principal")), (1, Gen.Constant("NotPrincipal")))
        from value in Gen.Frequency(
            (1, Gen.Constant("\"*\"")),
            (1, Gen.Constant("{\"AWS\":\"*\"}")),
            (6, SmallList(PrincipalValue).Select(values => values.Count == 1 ? "{" + values[0] + "}" : "{" + string.Join(",", values.GroupBy(v => v[..v.IndexOf(':', StringComparison.Ordinal)]).Select(g => g.Key + ":[" + string.Join(",", g.Select(v => v[(v.IndexOf(':', StringComparison.Ordinal) + 1)..])) + "]")) + "}")))
        select "\"" + kind + "\":" + value + ",";

    // "AWS":"<value>" or "Service":"<value>", grouped by the caller into arrays.
    private static Gen<string> PrincipalValue =>
        Gen.Elements(
            $"\"AWS\":\"{HomeAccount}\"",
            $"\"AWS\":\"arn:aws:iam::{HomeAccount}:root\"",
            $"\"AWS\":\"arn:aws:iam::{HomeAccount}:user/Alice\"",
            $"\"AWS\":\"arn:aws:iam::{HomeAccount}:role/Admin\"",
            $"\"AWS\":\"arn:aws:sts::{HomeAccount}:assumed-role/Reader/session-2\"",
            $"\"AWS\":\"{OtherAccount}\"",
            $"\"AWS\":\"arn:aws:iam::{OtherAccount}:root\"",
            $"\"AWS\":\"arn:aws:iam::{OtherAccount}:user/Carol\"",
            $"\"AWS\":\"arn:aws:iam::{OtherAccount}:role/Admin\"",
            "\"Service\":\"dynamodb.amazonaws.com\"");

    private static Gen<string> PatternElement(string name, string notName, string[] patterns) =>
        from negated in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
        from values in SmallList(Gen.Elements(patterns))
        select "\"" + (negated ? notName : name) + "\":" + (values.Count == 1 ? "\"" + values[0] + "\"" : "[" + string.Join(",", values.Select(v => "\"" + v + "\"")) + "]") + ",";

    private static Gen<string> ConditionElement =>
        from count in Gen.Choose(1, 2)
        from blocks in Gen.ArrayOf(ConditionBlock, count)
        select "\"Condition\":{" + string.Join(",", blocks.DistinctBy(block => block[..block.IndexOf(':', StringComparison.Ordinal)])) + "}";

    private static Gen<string> ConditionBlock =>
        from op in Gen.Elements(s_operators)
        from qualifier in op == "Null" ? Gen.Constant(string.Empty) : Gen.Frequency((4, Gen.Constant(string.Empty)), (1, Gen.Constant("ForAnyValue:")), (1, Gen.Constant("ForAllValues:")))
        from ifExists in op == "Null" ? Gen.Constant(string.Empty) : Gen.Frequency((4, Gen.Constant(string.Empty)), (1, Gen.Constant("IfExists")))
        from entry in Gen.Elements(s_conditionKeys)
        from values in op == "Null" ? Gen.Elements("true", "false").Select(v => new[] { v }) : SmallList(Gen.Elements(entry.Values)).Select(list => list.ToArray())
        select "\"" + qualifier + op + ifExists + "\":{\"" + entry.Key + "\":"
            + (values.Length == 1 ? "\"" + values[0] + "\"" : "[" + string.Join(",", values.Select(v => "\"" + v + "\"")) + "]") + "}";
}
