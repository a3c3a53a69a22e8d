namespace KeyLifecycle.Policies;

/// <summary>The kinds of entry in a statement's principal element.</summary>
internal enum PrincipalPatternKind
{
    Everyone,
    Account,
    Identity,
    Federated,
}
