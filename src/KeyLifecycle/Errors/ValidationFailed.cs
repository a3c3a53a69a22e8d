using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KeyLifecycle.Errors;

/// <summary>The request breaks a constraint of the KMS API model or of the operation: <c>ValidationException</c>.</summary>
/// <param name="Message">The AWS message text.</param>
/// <remarks>
/// Model constraints use the service's grammar, built by <see cref="ForViolations"/> and the single-violation factories:
/// <c>1 validation error detected: Value '&lt;value&gt;' at '&lt;member&gt;' failed to satisfy constraint: Member must ...</c>,
/// with lower-camel-case member names. Operation rules have their own texts (<see cref="PendingWindowOutOfRange"/>).
/// </remarks>
public sealed record ValidationFailed(string Message) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "ValidationException";

    /// <summary>The refusal of a <c>PendingWindowInDays</c> outside 7..30: <c>PendingWindowInDays must be between 7 and 30</c>.</summary>
    public static ValidationFailed PendingWindowOutOfRange { get; } = new("PendingWindowInDays must be between 7 and 30");

    /// <summary>Returns the message for several model violations in one request, as the service words it.</summary>
    /// <param name="violations">The violations, in the order the service reports them; at least one.</param>
    /// <returns><c>N validation error(s) detected: </c> followed by the violations joined with <c>; </c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="violations"/> is empty.</exception>
    public static ValidationFailed ForViolations(IReadOnlyList<ConstraintViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (violations.Count == 0)
        {
            throw new ArgumentException("At least one violation is required.", nameof(violations));
        }

        var text = new StringBuilder();
        text.Append(violations.Count.ToString(CultureInfo.InvariantCulture))
            .Append(violations.Count == 1 ? " validation error detected: " : " validation errors detected: ");
        for (var i = 0; i < violations.Count; i++)
        {
            if (i > 0)
            {
                text.Append("; ");
            }

            text.Append(violations[i].ToString());
        }

        return new ValidationFailed(text.ToString());
    }

    /// <summary>Returns the refusal of a missing required member.</summary>
    /// <param name="member">The lower-camel-case member name, such as <c>keyId</c>.</param>
    /// <returns><c>1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null</c>.</returns>
    public static ValidationFailed MemberNull(string member) => ForViolations([ConstraintViolation.Null(member)]);

    /// <summary>Returns the refusal of a string shorter than the model's minimum length.</summary>
    /// <param name="member">The lower-camel-case member name.</param>
    /// <param name="value">The value sent.</param>
    /// <param name="minimum">The minimum length.</param>
    /// <returns>The refusal, ending <c>Member must have length greater than or equal to &lt;minimum&gt;</c>.</returns>
    public static ValidationFailed LengthBelow(string member, string value, int minimum) =>
        ForViolations([ConstraintViolation.LengthBelow(member, value, minimum)]);

    /// <summary>Returns the refusal of a string longer than the model's maximum length.</summary>
    /// <param name="member">The lower-camel-case member name.</param>
    /// <param name="value">The value sent.</param>
    /// <param name="maximum">The maximum length.</param>
    /// <returns>The refusal, ending <c>Member must have length less than or equal to &lt;maximum&gt;</c>.</returns>
    public static ValidationFailed LengthAbove(string member, string value, int maximum) =>
        ForViolations([ConstraintViolation.LengthAbove(member, value, maximum)]);
}
