namespace KeyLifecycle.Errors;

/// <summary>What already exists; each member is one wording of <c>AlreadyExistsException</c>.</summary>
public enum AlreadyExistsReason
{
    /// <summary><c>An alias with the name &lt;alias ARN&gt; already exists</c>.</summary>
    Alias = 0,

    /// <summary><c>A replica of &lt;key ARN&gt; already exists in &lt;region&gt;.</c> (the project's wording).</summary>
    Replica = 1,
}
