namespace KeyLifecycle.Protocol;

/// <summary>A fault to inject into chosen operations, so that clients can test their retries and error handling.</summary>
/// <remarks>
/// A rule applies to <see cref="Operation"/> and fails a call when it is the <see cref="EveryNth"/>-th matching call
/// (counted from the start of the endpoint), or with <see cref="Probability"/>; set one of the two. The failure is the
/// <see cref="ServiceFault"/> of <see cref="Kind"/>, with the service's message and status, and it changes nothing.
/// </remarks>
public sealed class KmsFaultRule
{
    /// <summary>The operation's name, such as <c>DescribeKey</c>, or <c>*</c> (the default) for every operation.</summary>
    public string Operation { get; set; } = "*";

    /// <summary>Which fault: <c>DependencyTimeout</c> (503), <c>InternalError</c> (500, the default), <c>LimitExceeded</c> or <c>Throttling</c> (400).</summary>
    public ServiceFaultKind Kind { get; set; } = ServiceFaultKind.InternalError;

    /// <summary>Fails every <c>n</c>-th matching call (the <c>n</c>-th, <c>2n</c>-th, ...); 0 (the default) for none.</summary>
    public int EveryNth { get; set; }

    /// <summary>Fails each matching call with this probability, from 0 (the default) to 1.</summary>
    public double Probability { get; set; }
}
