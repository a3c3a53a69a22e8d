using System;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using OneOf;

namespace KeyLifecycle.Policies;

/// <summary>The one parser of key policy documents: <see cref="JsonDocument"/> walked by hand, no reflection, never throws for bad input.</summary>
/// <remarks>
/// Rules: <see href="https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html">key policy format and elements</see> and
/// <see href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">the IAM policy grammar</see>.
/// </remarks>
internal static class KeyPolicyParser
{
    private static readonly JsonDocumentOptions s_options = new() { MaxDepth = 16 };

    public static OneOf<KeyPolicy, MalformedPolicyDocument> Parse(string text) =>
        ParseDocument(text, identity: false).MapT0(static document => new KeyPolicy(document.Text, document.Version, document.Id, document.Statements));

    /// <summary>Parses an IAM identity-based policy: the same grammar without <c>Principal</c>, and <c>Resource</c> required.</summary>
    public static OneOf<IdentityPolicy, MalformedPolicyDocument> ParseIdentity(string text) =>
        ParseDocument(text, identity: true).MapT0(static document => new IdentityPolicy(document.Text, document.Version, document.Statements));

    private static OneOf<ParsedDocument, MalformedPolicyDocument> ParseDocument(string text, bool identity)
    {
        // "Up to 32 kilobytes (32,768 bytes)"; counted in UTF-8 as the service receives it.
        if (text.Length > KeyPolicy.MaxSizeInBytes || Encoding.UTF8.GetByteCount(text) > KeyPolicy.MaxSizeInBytes)
        {
            return MalformedPolicyDocument.TooLarge;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, s_options);
        }
        catch (JsonException)
        {
            return MalformedPolicyDocument.SyntaxErrors;
        }

        using (document)
        {
            return ParseRoot(text, document.RootElement, identity);
        }
    }

    private readonly record struct ParsedDocument(string Text, string? Version, string? Id, ImmutableArray<PolicyStatement> Statements);

    private static OneOf<ParsedDocument, MalformedPolicyDocument> ParseRoot(string text, JsonElement root, bool identity)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return MalformedPolicyDocument.SyntaxErrors;
        }

        string? version = null, id = null;
        JsonElement? statement = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "Version" when property.Value.ValueKind == JsonValueKind.String:
                    version = property.Value.GetString();
                    if (version is not ("2012-10-17" or "2008-10-17"))
                    {
                        return MalformedPolicyDocument.UnsupportedVersion;
                    }

                    break;
                case "Id" when property.Value.ValueKind == JsonValueKind.String:
                    id = property.Value.GetString();
                    break;
                case "Statement":
                    statement = property.Value;
                    break;
                default:
                    return MalformedPolicyDocument.SyntaxErrors;
            }
        }

        if (statement is not { } statementElement)
        {
            return MalformedPolicyDocument.SyntaxErrors;
        }

        var statements = ImmutableArray.CreateBuilder<PolicyStatement>();
        if (statementElement.ValueKind == JsonValueKind.Object)
        {
            var parsed = ParseStatement(statementElement, identity);
            if (parsed.TryPickT1(out var error, out var one))
            {
                return error;
            }

            statements.Add(one);
        }
        else if (statementElement.ValueKind == JsonValueKind.Array && statementElement.GetArrayLength() > 0)
        {
            foreach (var element in statementElement.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.Object)
                {
                    return MalformedPolicyDocument.SyntaxErrors;
                }

                var parsed = ParseStatement(element, identity);
                if (parsed.TryPickT1(out var error, out var one))
                {
                    return error;
                }

                statements.Add(one);
            }
        }
        else
        {
            return MalformedPolicyDocument.SyntaxErrors;
        }

        return new ParsedDocument(text, version, id, statements.ToImmutable());
    }

    private static OneOf<PolicyStatement, MalformedPolicyDocument> ParseStatement(JsonElement element, bool identity)
    {
        string? sid = null;
        PolicyEffect? effect = null;
        JsonElement? principal = null, notPrincipal = null;
        ImmutableArray<string> actions = default, resources = default;
        bool notAction = false, notResource = false;
        var conditions = ImmutableArray<PolicyCondition>.Empty;
        foreach (var property in element.EnumerateObject())
        {
            switch (property.Name)
            {
                case "Sid" when property.Value.ValueKind == JsonValueKind.String:
                    sid = property.Value.GetString();
                    break;
                case "Effect" when property.Value.ValueKind == JsonValueKind.String:
                    effect = property.Value.GetString() switch
                    {
                        "Allow" => PolicyEffect.Allow,
                        "Deny" => PolicyEffect.Deny,
                        _ => null,
                    };
                    if (effect is null)
                    {
                        return MalformedPolicyDocument.SyntaxErrors;
                    }

                    break;
                case "Principal" when principal is null:
                    principal = property.Value;
                    break;
                case "NotPrincipal" when notPrincipal is null:
                    notPrincipal = property.Value;
                    break;
                case "Action" or "NotAction" when actions.IsDefault:
                    {
                        var list = StringList(property.Value);
                        if (list.IsDefault)
                        {
                            return MalformedPolicyDocument.SyntaxErrors;
                        }

                        foreach (var action in list)
                        {
                            var problem = CheckAction(action);
                            if (problem is not null)
                            {
                                return problem;
                            }
                        }

                        actions = list;
                        notAction = property.Name == "NotAction";
                        break;
                    }

                case "Resource" or "NotResource" when resources.IsDefault:
                    resources = StringList(property.Value);
                    if (resources.IsDefault || resources.Contains(string.Empty))
                    {
                        return MalformedPolicyDocument.SyntaxErrors;
                    }

                    notResource = property.Name == "NotResource";
                    break;
                case "Condition" when property.Value.ValueKind == JsonValueKind.Object:
                    {
                        var parsed = ParseConditions(property.Value);
                        if (parsed.IsDefault)
                        {
                            return MalformedPolicyDocument.SyntaxErrors;
                        }

                        conditions = parsed;
                        break;
                    }

                default:
                    return MalformedPolicyDocument.SyntaxErrors;
            }
        }

        if (effect is not { } statementEffect || (principal is not null && notPrincipal is not null))
        {
            return MalformedPolicyDocument.SyntaxErrors;
        }

        var principals = principal ?? notPrincipal;
        if (identity)
        {
            if (principals is not null)
            {
                return MalformedPolicyDocument.PrincipalInIdentityPolicy;
            }

            if (resources.IsDefault)
            {
                return MalformedPolicyDocument.NoResource;
            }

            return new PolicyStatement(sid, statementEffect, [], notPrincipal: false, actions, notAction, resources, notResource, conditions);
        }

        if (principals is not { } principalElement)
        {
            return MalformedPolicyDocument.NoPrincipal;
        }

        var patterns = ParsePrincipals(principalElement);
        if (patterns.TryPickT1(out var principalError, out var principalPatterns))
        {
            return principalError;
        }

        return new PolicyStatement(sid, statementEffect, principalPatterns, notPrincipal is not null, actions, notAction, resources, notResource, conditions);
    }

    private static MalformedPolicyDocument? CheckAction(string action)
    {
        if (action == "*")
        {
            return null;
        }

        var colon = action.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == action.Length - 1)
        {
            return MalformedPolicyDocument.SyntaxErrors;
        }

        return action.IndexOf(':', colon + 1) >= 0 ? MalformedPolicyDocument.ActionColons : null;
    }

    /// <summary>Reads a string or a non-empty array of strings; default when the element is neither.</summary>
    private static ImmutableArray<string> StringList(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return [element.GetString()!];
        }

        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            return default;
        }

        var builder = ImmutableArray.CreateBuilder<string>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return default;
            }

            builder.Add(item.GetString()!);
        }

        return builder.MoveToImmutable();
    }

    private static OneOf<ImmutableArray<PrincipalPattern>, MalformedPolicyDocument> ParsePrincipals(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return element.GetString() == "*" ? ImmutableArray.Create(PrincipalPattern.Everyone) : MalformedPolicyDocument.InvalidPrincipals;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return MalformedPolicyDocument.InvalidPrincipals;
        }

        var patterns = ImmutableArray.CreateBuilder<PrincipalPattern>();
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array && property.Value.GetArrayLength() == 0)
            {
                continue;
            }

            var values = StringList(property.Value);
            if (values.IsDefault)
            {
                return MalformedPolicyDocument.InvalidPrincipals;
            }

            foreach (var value in values)
            {
                PrincipalPattern? pattern = property.Name switch
                {
                    "AWS" => AwsPrincipal(value),
                    "Service" => KmsPrincipal.TryParse(value, out var service) && service.Kind == PrincipalKind.Service
                        ? PrincipalPattern.ForIdentity(service) : null,
                    "Federated" => value.Length > 0 ? PrincipalPattern.ForFederated(value) : null,
                    _ => null,
                };
                if (pattern is not { } accepted)
                {
                    return MalformedPolicyDocument.InvalidPrincipals;
                }

                patterns.Add(accepted);
            }
        }

        return patterns.Count == 0 ? MalformedPolicyDocument.NoPrincipal : patterns.ToImmutable();
    }

    private static PrincipalPattern? AwsPrincipal(string value)
    {
        if (value == "*")
        {
            return PrincipalPattern.Everyone;
        }

        if (AwsAccountId.TryParse(value, out var account))
        {
            return PrincipalPattern.ForAccount(account, default);
        }

        if (!KmsPrincipal.TryParse(value, out var principal) || principal.Kind == PrincipalKind.Service)
        {
            return null;
        }

        return principal.Kind == PrincipalKind.AccountRoot
            ? PrincipalPattern.ForAccount(principal.AccountId, principal)
            : PrincipalPattern.ForIdentity(principal);
    }

    private static ImmutableArray<PolicyCondition> ParseConditions(JsonElement element)
    {
        var conditions = ImmutableArray.CreateBuilder<PolicyCondition>();
        foreach (var block in element.EnumerateObject())
        {
            if (block.Value.ValueKind != JsonValueKind.Object || !TryParseOperator(block.Name, out var op, out var qualifier, out var ifExists))
            {
                return default;
            }

            foreach (var entry in block.Value.EnumerateObject())
            {
                var values = ConditionValues(entry.Value);
                if (values.IsDefault || entry.Name.Length == 0)
                {
                    return default;
                }

                conditions.Add(new PolicyCondition(op, qualifier, ifExists, entry.Name, values));
            }
        }

        return conditions.ToImmutable();
    }

    private static ImmutableArray<string> ConditionValues(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            if (element.GetArrayLength() == 0)
            {
                return default;
            }

            var builder = ImmutableArray.CreateBuilder<string>(element.GetArrayLength());
            foreach (var item in element.EnumerateArray())
            {
                var one = Scalar(item);
                if (one is null)
                {
                    return default;
                }

                builder.Add(one);
            }

            return builder.MoveToImmutable();
        }

        return Scalar(element) is { } single ? [single] : default;
    }

    // Condition values may be JSON strings, numbers or booleans; all compare as their text.
    private static string? Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static bool TryParseOperator(string name, out ConditionOperator op, out ConditionQualifier qualifier, out bool ifExists)
    {
        var span = name.AsSpan();
        qualifier = ConditionQualifier.None;
        if (span.StartsWith("ForAnyValue:", StringComparison.Ordinal))
        {
            qualifier = ConditionQualifier.ForAnyValue;
            span = span["ForAnyValue:".Length..];
        }
        else if (span.StartsWith("ForAllValues:", StringComparison.Ordinal))
        {
            qualifier = ConditionQualifier.ForAllValues;
            span = span["ForAllValues:".Length..];
        }

        ifExists = span.EndsWith("IfExists", StringComparison.Ordinal);
        if (ifExists)
        {
            span = span[..^"IfExists".Length];
        }

        op = default;
        var known = span switch
        {
            "StringEquals" => ConditionOperator.StringEquals,
            "StringNotEquals" => ConditionOperator.StringNotEquals,
            "StringEqualsIgnoreCase" => ConditionOperator.StringEqualsIgnoreCase,
            "StringNotEqualsIgnoreCase" => ConditionOperator.StringNotEqualsIgnoreCase,
            "StringLike" => ConditionOperator.StringLike,
            "StringNotLike" => ConditionOperator.StringNotLike,
            "NumericEquals" => ConditionOperator.NumericEquals,
            "NumericNotEquals" => ConditionOperator.NumericNotEquals,
            "NumericLessThan" => ConditionOperator.NumericLessThan,
            "NumericLessThanEquals" => ConditionOperator.NumericLessThanEquals,
            "NumericGreaterThan" => ConditionOperator.NumericGreaterThan,
            "NumericGreaterThanEquals" => ConditionOperator.NumericGreaterThanEquals,
            "DateEquals" => ConditionOperator.DateEquals,
            "DateNotEquals" => ConditionOperator.DateNotEquals,
            "DateLessThan" => ConditionOperator.DateLessThan,
            "DateLessThanEquals" => ConditionOperator.DateLessThanEquals,
            "DateGreaterThan" => ConditionOperator.DateGreaterThan,
            "DateGreaterThanEquals" => ConditionOperator.DateGreaterThanEquals,
            "Bool" => ConditionOperator.Bool,
            "IpAddress" => ConditionOperator.IpAddress,
            "NotIpAddress" => ConditionOperator.NotIpAddress,
            "ArnEquals" => ConditionOperator.ArnEquals,
            "ArnLike" => ConditionOperator.ArnLike,
            "ArnNotEquals" => ConditionOperator.ArnNotEquals,
            "ArnNotLike" => ConditionOperator.ArnNotLike,
            "Null" when !ifExists && qualifier == ConditionQualifier.None => ConditionOperator.Null,
            _ => (ConditionOperator?)null,
        };
        if (known is not { } found)
        {
            return false;
        }

        op = found;
        return true;
    }
}
