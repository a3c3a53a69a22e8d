using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KeyLifecycle.Tests.Policies;

/// <summary>
/// A deliberately naive evaluator of KMS authorization, written from the IAM and KMS documentation without the library's
/// types: it reads the policy JSON with <see cref="JsonDocument"/> on every call, matches wildcards with regular
/// expressions, compares IP addresses bit by bit, and decides by listing the matching statements.
/// </summary>
/// <remarks>
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html (explicit deny wins,
/// default deny), https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html and
/// reference_policies_condition-single-vs-multi-valued-context-keys.html (operators, IfExists, ForAnyValue/ForAllValues with
/// empty sets), https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html (the root statement delegates
/// to IAM), https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html (cross-account
/// needs the key policy and the identity policy), https://docs.aws.amazon.com/kms/latest/developerguide/grants.html.
/// </remarks>
internal static class ReferenceEvaluator
{
    public sealed record Grant(string Grantee, string[] Operations, Dictionary<string, string>? EqualsContext, Dictionary<string, string>? SubsetContext);

    public sealed record Question(
        string PolicyJson,
        IReadOnlyList<Grant> Grants,
        string Principal,
        string Action,
        string KeyArn,
        string IdentityDecision,
        IReadOnlyDictionary<string, string[]> Values,
        IReadOnlyDictionary<string, string> EncryptionContext);

    private static readonly string[] s_crossAccountOperations =
    [
        "CreateGrant", "Decrypt", "DeriveSharedSecret", "DescribeKey", "Encrypt", "GenerateDataKey", "GenerateDataKeyPair",
        "GenerateDataKeyPairWithoutPlaintext", "GenerateDataKeyWithoutPlaintext", "GenerateMac", "GetKeyRotationStatus",
        "GetPublicKey", "ListGrants", "ReEncryptFrom", "ReEncryptTo", "RetireGrant", "RevokeGrant", "Sign", "Verify", "VerifyMac",
    ];

    private static readonly string[] s_contextOperations =
        ["Decrypt", "Encrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "ReEncryptFrom", "ReEncryptTo", "GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext"];

    /// <summary>Returns "Allow", or the refusal's reason: "ExplicitDenyResource", "ExplicitDenyIdentity", "NoResourcePolicy", "NoIdentityPolicy".</summary>
    /// <summary>What a principal's identity-based policies decide: a matching Deny wins, then a matching Allow, else the implicit deny (evaluation-logic.html).</summary>
    public static string DecideIdentity(IEnumerable<string> identityPolicies, Question q)
    {
        var values = ValuesOf(q);
        var effects = new List<string>();
        foreach (var json in identityPolicies)
        {
            using var document = JsonDocument.Parse(json);
            foreach (var statement in document.RootElement.GetProperty("Statement").EnumerateArray())
            {
                if (Applies(statement, q, values, principal: "identity") is not null)
                {
                    effects.Add(statement.GetProperty("Effect").GetString()!);
                }
            }
        }

        return effects.Contains("Deny") ? "ExplicitDeny" : effects.Contains("Allow") ? "Allow" : "ImplicitDeny";
    }

    public static string Decide(Question q)
    {
        var isService = !q.Principal.StartsWith("arn:", StringComparison.Ordinal);
        var callerAccount = isService ? null : q.Principal.Split(':')[4];
        var keyAccount = q.KeyArn.Split(':')[4];
        var isRoot = q.Principal.EndsWith(":root", StringComparison.Ordinal);

        var values = ValuesOf(q);

        var matching = new List<(string Effect, string How)>();
        using (var document = JsonDocument.Parse(q.PolicyJson))
        {
            var statementElement = document.RootElement.GetProperty("Statement");
            var statements = statementElement.ValueKind == JsonValueKind.Array ? statementElement.EnumerateArray().ToList() : [statementElement];
            foreach (var statement in statements)
            {
                var how = Applies(statement, q, values);
                if (how is not null)
                {
                    matching.Add((statement.GetProperty("Effect").GetString()!, how));
                }
            }
        }

        if (matching.Any(m => m.Effect == "Deny"))
        {
            return "ExplicitDenyResource";
        }

        var identity = q.IdentityDecision;
        if (identity == "ImplicitDeny" && (isRoot || isService))
        {
            identity = "Allow";
        }

        if (identity == "ExplicitDeny")
        {
            return "ExplicitDenyIdentity";
        }

        var grantAllows = q.Grants.Any(g => GrantAllows(g, q));
        var crossAccount = !isService && callerAccount != keyAccount;
        if (crossAccount)
        {
            if (!s_crossAccountOperations.Contains(q.Action["kms:".Length..]))
            {
                return "NoResourcePolicy";
            }

            if (grantAllows)
            {
                return "Allow";
            }

            if (matching.Count == 0)
            {
                return "NoResourcePolicy";
            }

            return identity == "Allow" ? "Allow" : "NoIdentityPolicy";
        }

        if (matching.Any(m => m.How == "principal") || grantAllows)
        {
            return "Allow";
        }

        if (matching.Any(m => m.How == "account"))
        {
            return identity == "Allow" ? "Allow" : "NoIdentityPolicy";
        }

        return "NoResourcePolicy";
    }

    // The condition keys of the request: those its principal and encryption context imply, then those it carries.
    private static Dictionary<string, string[]> ValuesOf(Question q)
    {
        var isService = !q.Principal.StartsWith("arn:", StringComparison.Ordinal);
        var callerAccount = isService ? null : q.Principal.Split(':')[4];
        var values = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (!isService)
        {
            values["kms:CallerAccount"] = [callerAccount!];
            values["aws:PrincipalAccount"] = [callerAccount!];
            values["aws:PrincipalArn"] = [PrincipalArnOf(q.Principal)];
            if (q.Principal.Contains(":user/", StringComparison.Ordinal))
            {
                values["aws:username"] = [q.Principal[(q.Principal.LastIndexOf('/') + 1)..]];
            }
        }

        if (q.EncryptionContext.Count > 0)
        {
            foreach (var pair in q.EncryptionContext)
            {
                values["kms:EncryptionContext:" + pair.Key] = [pair.Value];
            }

            values["kms:EncryptionContextKeys"] = q.EncryptionContext.Keys.ToArray();
        }

        foreach (var pair in q.Values)
        {
            if (pair.Value.Length == 0)
            {
                values.Remove(pair.Key);
            }
            else
            {
                values[pair.Key] = pair.Value;
            }
        }

        return values;
    }

    private static string PrincipalArnOf(string principal)
    {
        var parts = principal.Split(':');
        if (parts[2] == "sts" && parts[5].StartsWith("assumed-role/", StringComparison.Ordinal))
        {
            return $"arn:{parts[1]}:iam::{parts[4]}:role/{parts[5].Split('/')[1]}";
        }

        return principal;
    }

    /// <summary>Returns null when the statement does not apply, "principal" when it names the caller (or everyone), "account" when it names the caller's account.</summary>
    private static string? Applies(JsonElement statement, Question q, Dictionary<string, string[]> values, string? principal = null)
    {
        // An identity-based policy's statement names no principal: it is the caller's own.
        var how = principal ?? PrincipalMatch(statement, q.Principal);
        if (how is null)
        {
            return null;
        }

        bool hasAction = statement.TryGetProperty("Action", out var action), hasNotAction = statement.TryGetProperty("NotAction", out var notAction);
        bool hasResource = statement.TryGetProperty("Resource", out var resource), hasNotResource = statement.TryGetProperty("NotResource", out var notResource);
        if (!(hasAction || hasNotAction) || !(hasResource || hasNotResource))
        {
            return null; // "If either of the required Resource or Action elements are missing ... the policy statement has no effect."
        }

        var actionMatches = Strings(hasAction ? action : notAction).Any(p => Glob(p, q.Action, ignoreCase: true));
        if (actionMatches != hasAction)
        {
            return null;
        }

        var resourceMatches = Strings(hasResource ? resource : notResource).Any(p => Glob(p, q.KeyArn, ignoreCase: false));
        if (resourceMatches != hasResource)
        {
            return null;
        }

        if (statement.TryGetProperty("Condition", out var condition))
        {
            foreach (var block in condition.EnumerateObject())
            {
                foreach (var entry in block.Value.EnumerateObject())
                {
                    if (!ConditionHolds(block.Name, entry.Name, Strings(entry.Value).ToArray(), values))
                    {
                        return null;
                    }
                }
            }
        }

        return how;
    }

    private static string? PrincipalMatch(JsonElement statement, string caller)
    {
        var negated = !statement.TryGetProperty("Principal", out var element);
        if (negated)
        {
            element = statement.GetProperty("NotPrincipal");
        }

        var matches = new List<string>();
        if (element.ValueKind == JsonValueKind.String)
        {
            matches.Add("principal"); // "*"
        }
        else
        {
            foreach (var property in element.EnumerateObject())
            {
                foreach (var value in Strings(property.Value))
                {
                    var how = property.Name == "Service" ? (value == caller ? "principal" : null) : AwsPrincipalMatch(value, caller);
                    if (how is not null)
                    {
                        matches.Add(how);
                    }
                }
            }
        }

        if (negated)
        {
            return matches.Count == 0 ? "principal" : null;
        }

        return matches.Contains("principal") ? "principal" : matches.Contains("account") ? "account" : null;
    }

    private static string? AwsPrincipalMatch(string value, string caller)
    {
        if (value == "*")
        {
            return "principal";
        }

        if (!caller.StartsWith("arn:", StringComparison.Ordinal))
        {
            return null; // a service is no AWS account principal
        }

        var callerParts = caller.Split(':');
        var account = Regex.IsMatch(value, "^[0-9]{12}$") ? value
            : value.EndsWith(":root", StringComparison.Ordinal) ? value.Split(':')[4] : null;
        if (account is not null)
        {
            if (callerParts[4] != account)
            {
                return null;
            }

            return caller.EndsWith(":root", StringComparison.Ordinal) ? "principal" : "account";
        }

        if (value == caller)
        {
            return "principal";
        }

        // A role ARN in a resource-based policy covers the role's sessions: arn:aws:sts::<account>:assumed-role/<role>/<session>.
        var valueParts = value.Split(':');
        if (valueParts[2] == "iam" && valueParts[5].StartsWith("role/", StringComparison.Ordinal) && callerParts[2] == "sts")
        {
            var roleName = valueParts[5].Split('/').Last();
            var session = callerParts[5].Split('/');
            if (session[0] == "assumed-role" && session[1] == roleName && callerParts[4] == valueParts[4])
            {
                return "principal";
            }
        }

        return null;
    }

    private static bool ConditionHolds(string operatorName, string key, string[] expected, Dictionary<string, string[]> values)
    {
        var qualifier = operatorName.StartsWith("ForAnyValue:", StringComparison.Ordinal) ? "any"
            : operatorName.StartsWith("ForAllValues:", StringComparison.Ordinal) ? "all" : "single";
        var name = operatorName[(operatorName.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var ifExists = name.EndsWith("IfExists", StringComparison.Ordinal);
        if (ifExists)
        {
            name = name[..^"IfExists".Length];
        }

        values.TryGetValue(key, out var actual);
        var present = actual is { Length: > 0 };
        if (name == "Null")
        {
            return expected.Any(e => (e.Equals("true", StringComparison.OrdinalIgnoreCase)) == !present);
        }

        var negated = name.Contains("Not", StringComparison.Ordinal);
        if (!present)
        {
            if (ifExists)
            {
                return true;
            }

            return qualifier switch { "all" => true, "any" => false, _ => negated };
        }

        var positive = negated ? name.Replace("Not", string.Empty, StringComparison.Ordinal) : name;
        bool MatchesOne(string a) => expected.Any(e => BaseMatch(positive, e, a));
        return qualifier switch
        {
            "all" => actual!.All(a => MatchesOne(a) != negated),
            "any" => actual!.Any(a => MatchesOne(a) != negated),
            _ => negated ? !actual!.Any(MatchesOne) : actual!.Any(MatchesOne),
        };
    }

    private static bool BaseMatch(string op, string expected, string actual) => op switch
    {
        "StringEquals" => expected == actual,
        "StringEqualsIgnoreCase" => string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase),
        "StringLike" => Glob(expected, actual, ignoreCase: false),
        "NumericEquals" => Number(expected) is { } e1 && Number(actual) is { } a1 && a1 == e1,
        "NumericLessThan" => Number(expected) is { } e2 && Number(actual) is { } a2 && a2 < e2,
        "NumericLessThanEquals" => Number(expected) is { } e3 && Number(actual) is { } a3 && a3 <= e3,
        "NumericGreaterThan" => Number(expected) is { } e4 && Number(actual) is { } a4 && a4 > e4,
        "NumericGreaterThanEquals" => Number(expected) is { } e5 && Number(actual) is { } a5 && a5 >= e5,
        "DateEquals" => Date(expected) is { } d1 && Date(actual) is { } b1 && b1 == d1,
        "DateLessThan" => Date(expected) is { } d2 && Date(actual) is { } b2 && b2 < d2,
        "DateLessThanEquals" => Date(expected) is { } d3 && Date(actual) is { } b3 && b3 <= d3,
        "DateGreaterThan" => Date(expected) is { } d4 && Date(actual) is { } b4 && b4 > d4,
        "DateGreaterThanEquals" => Date(expected) is { } d5 && Date(actual) is { } b5 && b5 >= d5,
        "Bool" => string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase),
        "IpAddress" => InCidr(expected, actual),
        "ArnEquals" or "ArnLike" => ArnMatch(expected, actual),
        _ => throw new InvalidOperationException("The reference evaluator does not know " + op),
    };

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static DateTime? Date(string text)
    {
        if (Regex.IsMatch(text, "^[0-9]+$"))
        {
            var seconds = double.Parse(text, CultureInfo.InvariantCulture);
            return seconds > (DateTime.MaxValue - DateTime.UnixEpoch).TotalSeconds ? null : DateTime.UnixEpoch.AddSeconds(seconds);
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value) ? value : null;
    }

    private static bool InCidr(string cidr, string address)
    {
        var parts = cidr.Split('/');
        if (!IPAddress.TryParse(parts[0], out var network) || !IPAddress.TryParse(address, out var ip))
        {
            return false;
        }

        var a = network.GetAddressBytes();
        var b = ip.GetAddressBytes();
        if (a.Length != b.Length)
        {
            return false;
        }

        var bits = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : a.Length * 8;
        for (var i = 0; i < bits; i++)
        {
            var mask = 0x80 >> (i % 8);
            if ((a[i / 8] & mask) != (b[i / 8] & mask))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ArnMatch(string expected, string actual)
    {
        var e = expected.Split(':', 6);
        var a = actual.Split(':', 6);
        return e.Length == 6 && a.Length == 6 && e.Zip(a).All(pair => Glob(pair.First, pair.Second, ignoreCase: false));
    }

    private static bool GrantAllows(Grant grant, Question q)
    {
        var operation = q.Action["kms:".Length..];
        if (!grant.Operations.Contains(operation) || q.KeyArn != "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")
        {
            return false;
        }

        var isGrantee = grant.Grantee == q.Principal || AwsPrincipalMatchRoleOnly(grant.Grantee, q.Principal);
        if (!isGrantee)
        {
            return false;
        }

        if (!s_contextOperations.Contains(operation))
        {
            return true;
        }

        if (grant.EqualsContext is { } exact)
        {
            return exact.Count == q.EncryptionContext.Count && exact.All(pair => q.EncryptionContext.TryGetValue(pair.Key, out var v) && v == pair.Value);
        }

        return grant.SubsetContext is not { } subset || subset.All(pair => q.EncryptionContext.TryGetValue(pair.Key, out var v) && v == pair.Value);
    }

    private static bool AwsPrincipalMatchRoleOnly(string grantee, string caller) =>
        grantee.Contains(":role/", StringComparison.Ordinal) && AwsPrincipalMatch(grantee, caller) == "principal";

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText()),
        JsonValueKind.String => [element.GetString()!],
        _ => [element.GetRawText()],
    };

    // IAM wildcards: * is any run of characters, ? is any one character.
    private static bool Glob(string pattern, string text, bool ignoreCase) =>
        Regex.IsMatch(
            text,
            "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.Singleline | RegexOptions.CultureInvariant);
}
