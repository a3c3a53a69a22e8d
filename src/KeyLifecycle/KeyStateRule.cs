using System.Globalization;

namespace KeyLifecycle;

/// <summary>One cell of the AWS key-state table: the outcome of an operation in a state, with the table's footnotes.</summary>
/// <param name="Outcome">What the cell says.</param>
/// <param name="Footnote">The footnote deciding the refusal or condition, 0 when there is none.</param>
/// <param name="AlternateFootnote">The footnote that applies instead when the key's origin or custom key store calls for it (the table's <c>FAIL [1] or [7]</c>), 0 when there is none.</param>
/// <remarks>
/// Read cells with <see cref="KeyStateRules.Describe(KmsOperation, KeyState)"/>. Footnote numbers are those of the
/// <see href="https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html">AWS key-state table</see>.
/// </remarks>
public readonly record struct KeyStateRule(RuleOutcome Outcome, int Footnote, int AlternateFootnote)
{
    /// <summary>Returns the cell in the table's notation: <c>OK</c>, <c>OK [12]</c>, <c>COND [7]</c>, <c>FAIL [1] or [7]</c> or <c>n/a</c>.</summary>
    /// <returns>The cell's text.</returns>
    public override string ToString()
    {
        var notes = Footnote == 0 ? string.Empty
            : AlternateFootnote == 0 ? string.Create(CultureInfo.InvariantCulture, $" [{Footnote}]")
            : string.Create(CultureInfo.InvariantCulture, $" [{Footnote}] or [{AlternateFootnote}]");
        return Outcome switch
        {
            RuleOutcome.Allowed => "OK" + notes,
            RuleOutcome.Deferred => "OK" + notes,
            RuleOutcome.Conditional => "COND" + notes,
            RuleOutcome.Refused => "FAIL" + notes,
            RuleOutcome.NotApplicable => "n/a",
        };
    }
}
