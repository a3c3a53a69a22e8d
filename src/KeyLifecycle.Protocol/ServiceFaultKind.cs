namespace KeyLifecycle.Protocol;

/// <summary>The kinds of <see cref="ServiceFault"/>.</summary>
public enum ServiceFaultKind
{
    /// <summary><c>KMSInternalException</c>, HTTP 500.</summary>
    InternalError = 0,

    /// <summary><c>DependencyTimeoutException</c>, HTTP 503.</summary>
    DependencyTimeout = 1,

    /// <summary><c>LimitExceededException</c>, HTTP 400.</summary>
    LimitExceeded = 2,

    /// <summary><c>ThrottlingException</c>, HTTP 400.</summary>
    Throttling = 3,
}
