namespace KeyLifecycle.Testing.Conformance;

/// <summary>One line of a fault's sequence: the call, what the key-state table expects, and what the implementation answered.</summary>
/// <param name="Number">The step's position, from 1; key creations come first.</param>
/// <param name="Call">The call, such as <c>EnableKey(key 1 by ID)</c>, with the <c>KeyId</c> text it sent.</param>
/// <param name="Expected">The expected answer and resulting key state, such as <c>KMSInvalidStateException: arn:... is pending deletion.</c>.</param>
/// <param name="Actual">What the implementation answered, and the key state it reported afterwards.</param>
/// <param name="Differs">Whether this step is where the implementation departs from the table; only the last step can be.</param>
public sealed record ReportedStep(int Number, string Call, string Expected, string Actual, bool Differs);
