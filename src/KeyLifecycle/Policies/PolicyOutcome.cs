namespace KeyLifecycle.Policies;

/// <summary>The result of evaluating policies for a request, in IAM's three values.</summary>
/// <remarks>See <see href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">Policy evaluation logic</see>.</remarks>
public enum PolicyOutcome
{
    /// <summary>No policy allows the request (the default).</summary>
    ImplicitDeny,

    /// <summary>A policy allows the request and none denies it.</summary>
    Allow,

    /// <summary>A policy denies the request; no allow overrides it.</summary>
    ExplicitDeny,
}
