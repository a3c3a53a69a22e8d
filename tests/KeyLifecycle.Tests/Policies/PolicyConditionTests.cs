using System;
using System.Collections.Immutable;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Policies;

// One condition against one request key, each row worked out by hand from the IAM condition operator reference
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html) and its pages
// on missing keys, ...IfExists, and multivalued keys
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html).
// Values are separated by '|'; a request value of null means the key is absent from the request.
public sealed class PolicyConditionTests
{
    private const string Key = "test:Key";
    private static readonly PolicyRequest s_request = PolicyRequest.Create(
        KmsPrincipal.Parse("arn:aws:iam::111122223333:user/Alice"),
        KmsAction.Parse("kms:Encrypt"),
        KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
        PolicyOutcome.Allow);

    [Theory]
    // Strings: exact and case-sensitive, or ignoring case; Like with * (any run) and ? (one character), case-sensitive.
    [InlineData(nameof(ConditionOperator.StringEquals), "Finance", "Finance", true)]
    [InlineData(nameof(ConditionOperator.StringEquals), "Finance", "finance", false)]
    [InlineData(nameof(ConditionOperator.StringEquals), "Finance|Sales", "Sales", true)]
    [InlineData(nameof(ConditionOperator.StringNotEquals), "Finance", "finance", true)]
    [InlineData(nameof(ConditionOperator.StringNotEquals), "Finance|Sales", "Sales", false)]
    [InlineData(nameof(ConditionOperator.StringEqualsIgnoreCase), "Finance", "fINANCE", true)]
    [InlineData(nameof(ConditionOperator.StringEqualsIgnoreCase), "Finance", "Finances", false)]
    [InlineData(nameof(ConditionOperator.StringNotEqualsIgnoreCase), "Finance", "fINANCE", false)]
    [InlineData(nameof(ConditionOperator.StringNotEqualsIgnoreCase), "Finance", "Sales", true)]
    [InlineData(nameof(ConditionOperator.StringLike), "ec2.*.amazonaws.com", "ec2.us-east-1.amazonaws.com", true)]
    [InlineData(nameof(ConditionOperator.StringLike), "ec2.*.amazonaws.com", "EC2.us-east-1.amazonaws.com", false)]
    [InlineData(nameof(ConditionOperator.StringLike), "team-?", "team-a", true)]
    [InlineData(nameof(ConditionOperator.StringLike), "team-?", "team-ab", false)]
    [InlineData(nameof(ConditionOperator.StringNotLike), "team-*", "team-a", false)]
    [InlineData(nameof(ConditionOperator.StringNotLike), "team-*", "crew-a", true)]
    // Numbers: integers and decimals; a value that is not a number matches no ordering and no equality.
    [InlineData(nameof(ConditionOperator.NumericEquals), "7", "7", true)]
    [InlineData(nameof(ConditionOperator.NumericEquals), "7", "7.0", true)]
    [InlineData(nameof(ConditionOperator.NumericEquals), "7", "8", false)]
    [InlineData(nameof(ConditionOperator.NumericEquals), "7", "seven", false)]
    [InlineData(nameof(ConditionOperator.NumericNotEquals), "7", "8", true)]
    [InlineData(nameof(ConditionOperator.NumericNotEquals), "7", "7", false)]
    [InlineData(nameof(ConditionOperator.NumericLessThan), "30", "29", true)]
    [InlineData(nameof(ConditionOperator.NumericLessThan), "30", "30", false)]
    [InlineData(nameof(ConditionOperator.NumericLessThan), "30", "31", false)]
    [InlineData(nameof(ConditionOperator.NumericLessThan), "30", "x", false)]
    [InlineData(nameof(ConditionOperator.NumericLessThanEquals), "30", "30", true)]
    [InlineData(nameof(ConditionOperator.NumericLessThanEquals), "30", "29", true)]
    [InlineData(nameof(ConditionOperator.NumericLessThanEquals), "30", "31", false)]
    [InlineData(nameof(ConditionOperator.NumericLessThanEquals), "30", "x", false)]
    [InlineData(nameof(ConditionOperator.NumericGreaterThan), "7", "8", true)]
    [InlineData(nameof(ConditionOperator.NumericGreaterThan), "7", "7", false)]
    [InlineData(nameof(ConditionOperator.NumericGreaterThan), "7", "6", false)]
    [InlineData(nameof(ConditionOperator.NumericGreaterThan), "7", "x", false)]
    [InlineData(nameof(ConditionOperator.NumericGreaterThanEquals), "7", "7", true)]
    [InlineData(nameof(ConditionOperator.NumericGreaterThanEquals), "7", "8", true)]
    [InlineData(nameof(ConditionOperator.NumericGreaterThanEquals), "7", "6", false)]
    [InlineData(nameof(ConditionOperator.NumericGreaterThanEquals), "7", "x", false)]
    [InlineData(nameof(ConditionOperator.NumericGreaterThanEquals), "x", "7", false)]
    // Dates: ISO 8601 or seconds since the epoch (1577836800 is 2020-01-01T00:00:00Z).
    [InlineData(nameof(ConditionOperator.DateEquals), "2020-01-01T00:00:00Z", "1577836800", true)]
    [InlineData(nameof(ConditionOperator.DateEquals), "2020-01-01T00:00:00Z", "2020-01-01T00:00:01Z", false)]
    [InlineData(nameof(ConditionOperator.DateEquals), "2020-01-01T00:00:00Z", "not a date", false)]
    [InlineData(nameof(ConditionOperator.DateNotEquals), "2020-01-01T00:00:00Z", "2020-01-02T00:00:00Z", true)]
    [InlineData(nameof(ConditionOperator.DateNotEquals), "1577836800", "2020-01-01T00:00:00Z", false)]
    [InlineData(nameof(ConditionOperator.DateLessThan), "2020-01-01T00:00:00Z", "2019-12-31T23:59:59Z", true)]
    [InlineData(nameof(ConditionOperator.DateLessThan), "2020-01-01T00:00:00Z", "2020-01-01T00:00:00Z", false)]
    [InlineData(nameof(ConditionOperator.DateLessThan), "2020-01-01T00:00:00Z", "2020-01-01T00:00:01Z", false)]
    [InlineData(nameof(ConditionOperator.DateLessThan), "2020-01-01T00:00:00Z", "soon", false)]
    [InlineData(nameof(ConditionOperator.DateLessThanEquals), "2020-01-01T00:00:00Z", "2020-01-01T00:00:00Z", true)]
    [InlineData(nameof(ConditionOperator.DateLessThanEquals), "2020-01-01T00:00:00Z", "2019-01-01T00:00:00Z", true)]
    [InlineData(nameof(ConditionOperator.DateLessThanEquals), "2020-01-01T00:00:00Z", "2020-01-01T00:00:01Z", false)]
    [InlineData(nameof(ConditionOperator.DateLessThanEquals), "2020-01-01T00:00:00Z", "soon", false)]
    [InlineData(nameof(ConditionOperator.DateGreaterThan), "1577836800", "1577836801", true)]
    [InlineData(nameof(ConditionOperator.DateGreaterThan), "1577836800", "1577836800", false)]
    [InlineData(nameof(ConditionOperator.DateGreaterThan), "1577836800", "1577836799", false)]
    [InlineData(nameof(ConditionOperator.DateGreaterThan), "1577836800", "later", false)]
    [InlineData(nameof(ConditionOperator.DateGreaterThanEquals), "1577836800", "1577836800", true)]
    [InlineData(nameof(ConditionOperator.DateGreaterThanEquals), "1577836800", "1577836801", true)]
    [InlineData(nameof(ConditionOperator.DateGreaterThanEquals), "1577836800", "1577836799", false)]
    [InlineData(nameof(ConditionOperator.DateGreaterThanEquals), "1577836800", "later", false)]
    [InlineData(nameof(ConditionOperator.DateEquals), "253402300799", "9999-12-31T23:59:59Z", true)]
    [InlineData(nameof(ConditionOperator.DateEquals), "253402300800", "253402300800", false)]
    // Bool: true or false, in any case.
    [InlineData(nameof(ConditionOperator.Bool), "true", "true", true)]
    [InlineData(nameof(ConditionOperator.Bool), "true", "TRUE", true)]
    [InlineData(nameof(ConditionOperator.Bool), "true", "false", false)]
    // IP addresses: a CIDR block or a single address, IPv4 or IPv6; a request value that is no address matches nothing.
    [InlineData(nameof(ConditionOperator.IpAddress), "203.0.113.0/24", "203.0.113.7", true)]
    [InlineData(nameof(ConditionOperator.IpAddress), "203.0.113.0/24", "203.0.114.7", false)]
    [InlineData(nameof(ConditionOperator.IpAddress), "203.0.113.7", "203.0.113.7", true)]
    [InlineData(nameof(ConditionOperator.IpAddress), "203.0.113.7", "203.0.113.8", false)]
    [InlineData(nameof(ConditionOperator.IpAddress), "2001:db8::/32", "2001:db8:1::1", true)]
    [InlineData(nameof(ConditionOperator.IpAddress), "203.0.113.0/24", "not-an-ip", false)]
    [InlineData(nameof(ConditionOperator.IpAddress), "203.0.113.0/99", "203.0.113.7", false)]
    [InlineData(nameof(ConditionOperator.IpAddress), "not-an-ip", "203.0.113.7", false)]
    [InlineData(nameof(ConditionOperator.NotIpAddress), "203.0.113.0/24", "198.51.100.1", true)]
    [InlineData(nameof(ConditionOperator.NotIpAddress), "203.0.113.0/24", "203.0.113.1", false)]
    // ARNs: each of the six colon-separated parts matched on its own, case-sensitively, with wildcards.
    [InlineData(nameof(ConditionOperator.ArnEquals), "arn:aws:iam::111122223333:role/Admin", "arn:aws:iam::111122223333:role/Admin", true)]
    [InlineData(nameof(ConditionOperator.ArnEquals), "arn:aws:iam::111122223333:role/Admin", "arn:aws:iam::111122223333:role/admin", false)]
    [InlineData(nameof(ConditionOperator.ArnLike), "arn:aws:iam::*:role/*", "arn:aws:iam::444455556666:role/Admin", true)]
    [InlineData(nameof(ConditionOperator.ArnLike), "arn:aws:iam::*:role/*", "arn:aws:sts::444455556666:role/Admin", false)]
    [InlineData(nameof(ConditionOperator.ArnLike), "arn:aws:iam::*:role/*", "arn:aws:iam:us-east-1:444455556666:role/Admin", false)]
    [InlineData(nameof(ConditionOperator.ArnLike), "arn:aws:iam::*", "arn:aws:iam::444455556666:role/Admin", false)]
    [InlineData(nameof(ConditionOperator.ArnLike), "arn:aws:iam::*:role/*", "arn:aws:iam::444455556666", false)]
    [InlineData(nameof(ConditionOperator.ArnLike), "arn:aws:s3:::bucket/a:b", "arn:aws:s3:::bucket/a:b", true)]
    [InlineData(nameof(ConditionOperator.ArnNotEquals), "arn:aws:iam::111122223333:role/Admin", "arn:aws:iam::111122223333:role/Other", true)]
    [InlineData(nameof(ConditionOperator.ArnNotLike), "arn:aws:iam::*:role/*", "arn:aws:iam::444455556666:role/Admin", false)]
    [InlineData(nameof(ConditionOperator.ArnNotLike), "arn:aws:iam::*:role/*", "arn:aws:iam::444455556666:user/Admin", true)]
    public void Operator_OnOnePresentValue(string op, string expected, string actual, bool satisfied) =>
        Satisfied(Enum.Parse<ConditionOperator>(op), ConditionQualifier.None, ifExists: false, expected, actual).ShouldBe(satisfied);

    [Theory]
    // A missing key matches no positive operator; a negated operator holds (IAM: "...evaluates to true if the key is absent").
    [InlineData(nameof(ConditionOperator.StringEquals), false)]
    [InlineData(nameof(ConditionOperator.StringLike), false)]
    [InlineData(nameof(ConditionOperator.NumericLessThan), false)]
    [InlineData(nameof(ConditionOperator.DateGreaterThan), false)]
    [InlineData(nameof(ConditionOperator.Bool), false)]
    [InlineData(nameof(ConditionOperator.IpAddress), false)]
    [InlineData(nameof(ConditionOperator.ArnLike), false)]
    [InlineData(nameof(ConditionOperator.StringNotEquals), true)]
    [InlineData(nameof(ConditionOperator.StringNotEqualsIgnoreCase), true)]
    [InlineData(nameof(ConditionOperator.StringNotLike), true)]
    [InlineData(nameof(ConditionOperator.NumericNotEquals), true)]
    [InlineData(nameof(ConditionOperator.DateNotEquals), true)]
    [InlineData(nameof(ConditionOperator.NotIpAddress), true)]
    [InlineData(nameof(ConditionOperator.ArnNotEquals), true)]
    [InlineData(nameof(ConditionOperator.ArnNotLike), true)]
    public void Operator_OnAMissingKey(string op, bool satisfied)
    {
        Satisfied(Enum.Parse<ConditionOperator>(op), ConditionQualifier.None, ifExists: false, "1", null).ShouldBe(satisfied);
        Satisfied(Enum.Parse<ConditionOperator>(op), ConditionQualifier.None, ifExists: true, "1", null).ShouldBeTrue();
        Satisfied(Enum.Parse<ConditionOperator>(op), ConditionQualifier.ForAllValues, ifExists: false, "1", null).ShouldBeTrue();
        Satisfied(Enum.Parse<ConditionOperator>(op), ConditionQualifier.ForAnyValue, ifExists: false, "1", null).ShouldBeFalse();
    }

    [Theory]
    // ...IfExists changes nothing when the key is present.
    [InlineData(nameof(ConditionOperator.StringEquals), "a", "a", true)]
    [InlineData(nameof(ConditionOperator.StringEquals), "a", "b", false)]
    [InlineData(nameof(ConditionOperator.StringNotEquals), "a", "a", false)]
    public void IfExists_OnAPresentKey_IsTheOperator(string op, string expected, string actual, bool satisfied) =>
        Satisfied(Enum.Parse<ConditionOperator>(op), ConditionQualifier.None, ifExists: true, expected, actual).ShouldBe(satisfied);

    [Theory]
    // Null: "true" holds when the key is absent, "false" when it is present.
    [InlineData("true", null, true)]
    [InlineData("TRUE", null, true)]
    [InlineData("true", "x", false)]
    [InlineData("false", "x", true)]
    [InlineData("false", null, false)]
    [InlineData("true|false", "x", true)]
    public void Null_IsWhetherTheKeyIsAbsent(string expected, string? actual, bool satisfied) =>
        Satisfied(ConditionOperator.Null, ConditionQualifier.None, ifExists: false, expected, actual).ShouldBe(satisfied);

    [Theory]
    // ForAllValues: every request value matches one of the condition's (negated: none of them).
    [InlineData(nameof(ConditionOperator.StringEquals), "a|b", "a|b", true)]
    [InlineData(nameof(ConditionOperator.StringEquals), "a|b", "a", true)]
    [InlineData(nameof(ConditionOperator.StringEquals), "a|b", "a|c", false)]
    [InlineData(nameof(ConditionOperator.StringNotEquals), "a|b", "c|d", true)]
    [InlineData(nameof(ConditionOperator.StringNotEquals), "a|b", "c|a", false)]
    public void ForAllValues_OnSeveralRequestValues(string op, string expected, string actual, bool satisfied) =>
        Satisfied(Enum.Parse<ConditionOperator>(op), ConditionQualifier.ForAllValues, ifExists: false, expected, actual).ShouldBe(satisfied);

    [Theory]
    // ForAnyValue: at least one request value matches one of the condition's (negated: at least one matches none).
    [InlineData(nameof(ConditionOperator.StringEquals), "a|b", "c|b", true)]
    [InlineData(nameof(ConditionOperator.StringEquals), "a|b", "c|d", false)]
    [InlineData(nameof(ConditionOperator.StringNotEquals), "a|b", "a|c", true)]
    [InlineData(nameof(ConditionOperator.StringNotEquals), "a|b", "b|a", false)]
    public void ForAnyValue_OnSeveralRequestValues(string op, string expected, string actual, bool satisfied) =>
        Satisfied(Enum.Parse<ConditionOperator>(op), ConditionQualifier.ForAnyValue, ifExists: false, expected, actual).ShouldBe(satisfied);

    [Theory]
    // Without a qualifier, several request values: a positive operator holds when one matches, a negated one when none does.
    [InlineData(nameof(ConditionOperator.StringEquals), "a", "c|a", true)]
    [InlineData(nameof(ConditionOperator.StringEquals), "a", "c|d", false)]
    [InlineData(nameof(ConditionOperator.StringNotEquals), "a", "c|d", true)]
    [InlineData(nameof(ConditionOperator.StringNotEquals), "a", "c|a", false)]
    public void NoQualifier_OnSeveralRequestValues(string op, string expected, string actual, bool satisfied) =>
        Satisfied(Enum.Parse<ConditionOperator>(op), ConditionQualifier.None, ifExists: false, expected, actual).ShouldBe(satisfied);

    private static bool Satisfied(ConditionOperator op, ConditionQualifier qualifier, bool ifExists, string expected, string? actual)
    {
        var condition = new PolicyCondition(op, qualifier, ifExists, Key, [.. expected.Split('|')]);
        var request = actual is null ? s_request : s_request.WithValues(Key, actual.Split('|'));
        condition.Key.ShouldBe(Key);
        condition.Operator.ShouldBe(op);
        condition.Values.ShouldBe(ImmutableArray.Create(expected.Split('|')));
        return condition.IsSatisfied(request);
    }
}
