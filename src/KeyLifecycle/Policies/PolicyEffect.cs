namespace KeyLifecycle.Policies;

/// <summary>Whether a policy statement allows or denies what it matches.</summary>
public enum PolicyEffect
{
    /// <summary><c>Allow</c>: the statement allows the requests it matches.</summary>
    Allow,

    /// <summary><c>Deny</c>: the statement denies the requests it matches, overriding any allow.</summary>
    Deny,
}
