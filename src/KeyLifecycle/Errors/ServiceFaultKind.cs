namespace KeyLifecycle.Errors;

/// <summary>The kinds of <see cref="ServiceFault"/>.</summary>
public enum ServiceFaultKind
{
    /// <summary><c>KMSInternalException</c>, HTTP 500.</summary>
    InternalError,

    /// <summary><c>DependencyTimeoutException</c>, HTTP 503.</summary>
    DependencyTimeout,

    /// <summary><c>LimitExceededException</c>, HTTP 400.</summary>
    LimitExceeded,

    /// <summary><c>ThrottlingException</c>, HTTP 400.</summary>
    Throttling,
}
