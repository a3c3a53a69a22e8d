namespace KeyLifecycle.Policies;

/// <summary>How a condition treats a multivalued key: as one value, or with the <c>ForAnyValue:</c> or <c>ForAllValues:</c> set operator.</summary>
internal enum ConditionQualifier
{
    None,
    ForAnyValue,
    ForAllValues,
}
