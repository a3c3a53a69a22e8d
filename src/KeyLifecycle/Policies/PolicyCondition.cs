using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Net;

namespace KeyLifecycle.Policies;

/// <summary>One condition of a statement: an operator, a condition key and the values to compare the request's values with.</summary>
/// <remarks>
/// The rules, from <see href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">Condition operators</see>
/// and <see href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html">single- and multivalued context keys</see>:
/// the policy's values are ORed; a negated operator (<c>StringNotEquals</c>, <c>NotIpAddress</c>, ...) holds for a request value that matches
/// none of them. A key missing from the request fails a positive operator and satisfies a negated one; <c>...IfExists</c> makes a missing key
/// satisfy any operator. <c>ForAnyValue:</c> needs at least one request value to satisfy the operator (false for an empty or missing set);
/// <c>ForAllValues:</c> needs every request value to (true for an empty or missing set).
/// </remarks>
internal sealed class PolicyCondition
{
    public PolicyCondition(ConditionOperator op, ConditionQualifier qualifier, bool ifExists, string key, ImmutableArray<string> values)
    {
        Operator = op;
        Qualifier = qualifier;
        IfExists = ifExists;
        Key = key;
        Values = values;
    }

    public ConditionOperator Operator { get; }

    public ConditionQualifier Qualifier { get; }

    public bool IfExists { get; }

    public string Key { get; }

    public ImmutableArray<string> Values { get; }

    private bool Negated => Operator is ConditionOperator.StringNotEquals or ConditionOperator.StringNotEqualsIgnoreCase
        or ConditionOperator.StringNotLike or ConditionOperator.NumericNotEquals or ConditionOperator.DateNotEquals
        or ConditionOperator.NotIpAddress or ConditionOperator.ArnNotEquals or ConditionOperator.ArnNotLike;

    /// <summary>Returns whether the request satisfies the condition.</summary>
    public bool IsSatisfied(PolicyRequest request)
    {
        var present = request.TryGetValues(Key, out var values) && values.Length > 0;
        if (Operator == ConditionOperator.Null)
        {
            foreach (var value in Values)
            {
                if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) != present)
                {
                    return true;
                }
            }

            return false;
        }

        if (!present)
        {
            return IfExists || Qualifier switch
            {
                ConditionQualifier.ForAllValues => true,
                ConditionQualifier.ForAnyValue => false,
                _ => Negated,
            };
        }

        var negated = Negated;
        switch (Qualifier)
        {
            case ConditionQualifier.ForAllValues:
                foreach (var value in values)
                {
                    if (MatchesAny(value) == negated)
                    {
                        return false;
                    }
                }

                return true;
            case ConditionQualifier.ForAnyValue:
                foreach (var value in values)
                {
                    if (MatchesAny(value) != negated)
                    {
                        return true;
                    }
                }

                return false;
            default:
                // A single-valued operator on several request values holds when one of them matches; its negation when none does.
                foreach (var value in values)
                {
                    if (MatchesAny(value))
                    {
                        return !negated;
                    }
                }

                return negated;
        }
    }

    /// <summary>Returns whether <paramref name="actual"/> matches one of the policy's values under the operator's positive form.</summary>
    private bool MatchesAny(string actual)
    {
        foreach (var expected in Values)
        {
            if (Matches(expected, actual))
            {
                return true;
            }
        }

        return false;
    }

    private bool Matches(string expected, string actual) => Operator switch
    {
        ConditionOperator.StringEquals or ConditionOperator.StringNotEquals => string.Equals(expected, actual, StringComparison.Ordinal),
        ConditionOperator.StringEqualsIgnoreCase or ConditionOperator.StringNotEqualsIgnoreCase =>
            string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase),
        ConditionOperator.StringLike or ConditionOperator.StringNotLike => PolicyWildcard.IsMatch(expected, actual, ignoreCase: false),
        ConditionOperator.NumericEquals or ConditionOperator.NumericNotEquals => Compare(ParseNumber(expected), ParseNumber(actual)) == 0,
        ConditionOperator.NumericLessThan => Compare(ParseNumber(actual), ParseNumber(expected)) < 0,
        ConditionOperator.NumericLessThanEquals => Compare(ParseNumber(actual), ParseNumber(expected)) is < 0 or 0,
        ConditionOperator.NumericGreaterThan => Compare(ParseNumber(actual), ParseNumber(expected)) is > 0 and < 2,
        ConditionOperator.NumericGreaterThanEquals => Compare(ParseNumber(actual), ParseNumber(expected)) is >= 0 and < 2,
        ConditionOperator.DateEquals or ConditionOperator.DateNotEquals => Compare(ParseDate(expected), ParseDate(actual)) == 0,
        ConditionOperator.DateLessThan => Compare(ParseDate(actual), ParseDate(expected)) < 0,
        ConditionOperator.DateLessThanEquals => Compare(ParseDate(actual), ParseDate(expected)) is < 0 or 0,
        ConditionOperator.DateGreaterThan => Compare(ParseDate(actual), ParseDate(expected)) is > 0 and < 2,
        ConditionOperator.DateGreaterThanEquals => Compare(ParseDate(actual), ParseDate(expected)) is >= 0 and < 2,
        ConditionOperator.Bool => string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase),
        ConditionOperator.IpAddress or ConditionOperator.NotIpAddress => InNetwork(expected, actual),
        ConditionOperator.ArnEquals or ConditionOperator.ArnLike or ConditionOperator.ArnNotEquals or ConditionOperator.ArnNotLike =>
            ArnMatches(expected, actual),
        ConditionOperator.Null => false,
    };

    // Compare returns -1, 0 or 1, and 2 when either side is not a number or date: then no ordering holds.
    private static int Compare<T>(T? left, T? right)
        where T : struct, IComparable<T> =>
        left is { } l && right is { } r ? Math.Sign(l.CompareTo(r)) : 2;

    private static decimal? ParseNumber(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static DateTimeOffset? ParseDate(string text)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) && epoch <= 253402300799)
        {
            return DateTimeOffset.FromUnixTimeSeconds(epoch);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
    }

    private static bool InNetwork(string cidr, string address)
    {
        if (!IPAddress.TryParse(address, out var ip))
        {
            return false;
        }

        if (cidr.Contains('/', StringComparison.Ordinal))
        {
            return IPNetwork.TryParse(cidr, out var network) && network.Contains(ip);
        }

        return IPAddress.TryParse(cidr, out var single) && single.Equals(ip);
    }

    // ArnEquals and ArnLike compare each of the six colon-separated parts on its own, case-sensitively, with wildcards.
    private static bool ArnMatches(string expected, string actual)
    {
        var e = expected.Split(':', 6);
        var a = actual.Split(':', 6);
        if (e.Length != 6 || a.Length != 6)
        {
            return false;
        }

        for (var i = 0; i < 6; i++)
        {
            if (!PolicyWildcard.IsMatch(e[i], a[i], ignoreCase: false))
            {
                return false;
            }
        }

        return true;
    }
}
