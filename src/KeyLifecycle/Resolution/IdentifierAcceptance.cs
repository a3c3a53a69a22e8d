using System;

namespace KeyLifecycle.Resolution;

/// <summary>Which forms of identifier an operation's <c>KeyId</c> parameter accepts, beyond a key ID and a key ARN in the caller's account.</summary>
[Flags]
public enum IdentifierAcceptance
{
    /// <summary>Key IDs and key ARNs of the caller's account only, as <c>EnableKey</c>, <c>DisableKey</c>, <c>ScheduleKeyDeletion</c> and <c>CancelKeyDeletion</c> take.</summary>
    KeyOnly = 0,

    /// <summary>Alias names and alias ARNs too, as <c>DescribeKey</c> and the cryptographic operations take.</summary>
    Aliases = 1,

    /// <summary>Key ARNs and alias ARNs of other accounts too (<c>Cross-account use: Yes</c> in the API reference).</summary>
    CrossAccount = 2,
}
