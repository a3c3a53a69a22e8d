namespace KeyLifecycle;

/// <summary>What a cell of the AWS key-state table says about an operation in a state.</summary>
public enum RuleOutcome
{
    /// <summary><c>OK</c>: the operation succeeds; <c>OK [9]</c>: it succeeds for keys that can have imported key material.</summary>
    Allowed,

    /// <summary><c>OK [12]</c>: the operation succeeds; its effect on the key state is deferred.</summary>
    Deferred,

    /// <summary><c>COND [n]</c>: the operation succeeds unless a property of the key (origin, custom key store) refuses it.</summary>
    Conditional,

    /// <summary><c>FAIL [n]</c>: the operation fails.</summary>
    Refused,

    /// <summary><c>n/a</c>: the table says no key of a type the operation supports can be in this state.</summary>
    /// <remarks>If a key is in the state anyway, the rules answer as the footnote of the state's usual refusal does.</remarks>
    NotApplicable,
}
