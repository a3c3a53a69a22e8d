using System;
using System.Globalization;

namespace KeyLifecycle.Errors;

/// <summary>One broken constraint of the KMS API model, worded as the service words it inside a <see cref="ValidationFailed"/> message.</summary>
/// <remarks>
/// Create instances through the factories; each keeps the member, the value as the service echoes it (or none for
/// <c>null</c> and sensitive members) and the constraint sentence. <c>default</c> is not a meaningful violation.
/// </remarks>
public readonly record struct ConstraintViolation
{
    private ConstraintViolation(string member, string? value, bool echoValue, string constraint)
    {
        Member = member;
        Value = value;
        EchoesValue = echoValue;
        Constraint = constraint;
    }

    /// <summary>The lower-camel-case member name, such as <c>keyId</c>.</summary>
    public string Member { get; }

    /// <summary>The value as sent, or <see langword="null"/> when the member was missing.</summary>
    public string? Value { get; }

    /// <summary>Whether the message quotes the value (the service does not quote sensitive members such as plaintext).</summary>
    public bool EchoesValue { get; }

    /// <summary>The constraint sentence, such as <c>Member must not be null</c>.</summary>
    public string Constraint { get; }

    /// <summary>A required member was missing.</summary>
    /// <param name="member">The lower-camel-case member name.</param>
    /// <returns>The violation.</returns>
    public static ConstraintViolation Null(string member) => new(member, null, true, "Member must not be null");

    /// <summary>A string was shorter than the minimum length.</summary>
    /// <param name="member">The lower-camel-case member name.</param>
    /// <param name="value">The value sent.</param>
    /// <param name="minimum">The minimum length.</param>
    /// <returns>The violation.</returns>
    public static ConstraintViolation LengthBelow(string member, string value, int minimum) =>
        new(member, value, true, "Member must have length greater than or equal to " + minimum.ToString(CultureInfo.InvariantCulture));

    /// <summary>A string was longer than the maximum length.</summary>
    /// <param name="member">The lower-camel-case member name.</param>
    /// <param name="value">The value sent.</param>
    /// <param name="maximum">The maximum length.</param>
    /// <param name="sensitive">Whether the member is sensitive, so the message does not quote it.</param>
    /// <returns>The violation.</returns>
    public static ConstraintViolation LengthAbove(string member, string value, int maximum, bool sensitive = false) =>
        new(member, value, !sensitive, "Member must have length less than or equal to " + maximum.ToString(CultureInfo.InvariantCulture));

    /// <summary>A number was below the minimum.</summary>
    /// <param name="member">The lower-camel-case member name.</param>
    /// <param name="value">The value sent.</param>
    /// <param name="minimum">The minimum.</param>
    /// <returns>The violation.</returns>
    public static ConstraintViolation ValueBelow(string member, long value, long minimum) =>
        new(member, value.ToString(CultureInfo.InvariantCulture), true, "Member must have value greater than or equal to " + minimum.ToString(CultureInfo.InvariantCulture));

    /// <summary>A number was above the maximum.</summary>
    /// <param name="member">The lower-camel-case member name.</param>
    /// <param name="value">The value sent.</param>
    /// <param name="maximum">The maximum.</param>
    /// <returns>The violation.</returns>
    public static ConstraintViolation ValueAbove(string member, long value, long maximum) =>
        new(member, value.ToString(CultureInfo.InvariantCulture), true, "Member must have value less than or equal to " + maximum.ToString(CultureInfo.InvariantCulture));

    /// <summary>A string was not one of an enumeration's values.</summary>
    /// <param name="member">The lower-camel-case member name.</param>
    /// <param name="value">The value sent.</param>
    /// <param name="allowed">The enumeration's wire values, in model order (see <see cref="KmsWireNames"/>).</param>
    /// <returns>The violation, ending <c>Member must satisfy enum value set: [A, B, C]</c>.</returns>
    public static ConstraintViolation NotInEnum(string member, string value, ReadOnlySpan<string> allowed) =>
        new(member, value, true, "Member must satisfy enum value set: [" + string.Join(", ", allowed.ToArray()) + "]");

    /// <summary>A string did not match the model's pattern.</summary>
    /// <param name="member">The lower-camel-case member name.</param>
    /// <param name="value">The value sent.</param>
    /// <param name="pattern">The regular expression of the model.</param>
    /// <returns>The violation, ending <c>Member must satisfy regular expression pattern: &lt;pattern&gt;</c>.</returns>
    public static ConstraintViolation PatternMismatch(string member, string value, string pattern) =>
        new(member, value, true, "Member must satisfy regular expression pattern: " + pattern);

    /// <summary>Returns the violation as it appears in the message: <c>Value '&lt;value&gt;' at '&lt;member&gt;' failed to satisfy constraint: &lt;constraint&gt;</c>.</summary>
    /// <returns>The violation's text.</returns>
    public override string ToString() =>
        Value is null ? $"Value null at '{Member}' failed to satisfy constraint: {Constraint}"
        : EchoesValue ? $"Value '{Value}' at '{Member}' failed to satisfy constraint: {Constraint}"
        : $"Value at '{Member}' failed to satisfy constraint: {Constraint}";
}
