using System;
using System.Diagnostics.CodeAnalysis;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Policies;

/// <summary>
/// Who makes a request: an account root, an IAM user or role, an assumed-role session, a federated user, or an AWS
/// service principal, parsed from its ARN (or service name) such as <c>arn:aws:iam::111122223333:role/Admin</c>.
/// </summary>
/// <remarks>
/// <para>
/// IAM ARNs are <c>arn:&lt;partition&gt;:iam::&lt;account&gt;:root</c>, <c>...:user/[path/]name</c> and
/// <c>...:role/[path/]name</c>; STS session ARNs are <c>arn:&lt;partition&gt;:sts::&lt;account&gt;:assumed-role/role/session</c>
/// and <c>...:federated-user/name</c>. A service principal is a DNS-like name such as <c>logs.us-east-1.amazonaws.com</c>
/// and has no account. The text is kept as given, so <see cref="ToString()"/> does not allocate.
/// See <see href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">AWS JSON policy elements: Principal</see>.
/// </para>
/// <para>The default value is no principal: <see cref="Kind"/> is <see cref="PrincipalKind.None"/> and <see cref="ToString()"/> is empty. Immutable and thread safe.</para>
/// </remarks>
public readonly record struct KmsPrincipal : ISpanFormattable
{
    private readonly string? _text;
    private readonly string? _name;

    private KmsPrincipal(string text, PrincipalKind kind, AwsPartition partition, AwsAccountId accountId, string? name)
    {
        _text = text;
        Kind = kind;
        Partition = partition;
        AccountId = accountId;
        _name = name;
    }

    /// <summary>Gets the kind of principal.</summary>
    public PrincipalKind Kind { get; }

    /// <summary>Gets the principal's partition; the default value for a service principal.</summary>
    public AwsPartition Partition { get; }

    /// <summary>Gets the principal's account; the default value for a service principal.</summary>
    public AwsAccountId AccountId { get; }

    /// <summary>Gets the user name, role name (of a role or a session), or federated user name; empty for an account root or a service.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Gets a value indicating whether the principal is an account's root user.</summary>
    public bool IsAccountRoot => Kind == PrincipalKind.AccountRoot;

    /// <summary>Returns the root user of <paramref name="accountId"/> in <paramref name="partition"/>.</summary>
    /// <param name="partition">The partition.</param>
    /// <param name="accountId">The account.</param>
    /// <returns>The principal <c>arn:&lt;partition&gt;:iam::&lt;account&gt;:root</c>.</returns>
    /// <exception cref="ArgumentException">An argument is its default value.</exception>
    public static KmsPrincipal AccountRoot(AwsPartition partition, AwsAccountId accountId)
    {
        if (partition == default || accountId == default)
        {
            throw new ArgumentException("The partition and the account must not be default values.");
        }

        return new KmsPrincipal($"arn:{partition}:iam::{accountId}:root", PrincipalKind.AccountRoot, partition, accountId, null);
    }

    /// <summary>Parses a principal ARN or service principal name.</summary>
    /// <param name="text">The ARN or service name.</param>
    /// <returns>The principal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a principal.</exception>
    public static KmsPrincipal Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result) ? result : throw new FormatException($"'{text}' is not an IAM principal ARN or a service principal name.");
    }

    /// <summary>Tries to parse a principal ARN or service principal name.</summary>
    /// <param name="text">The text; may be null.</param>
    /// <param name="result">The principal, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a principal.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out KmsPrincipal result)
    {
        result = default;
        if (text is null || text.Length == 0 || text.Length > 2048)
        {
            return false;
        }

        if (!text.StartsWith("arn:", StringComparison.Ordinal))
        {
            if (!IsServiceName(text))
            {
                return false;
            }

            result = new KmsPrincipal(text, PrincipalKind.Service, default, default, null);
            return true;
        }

        // arn:partition:service::account:resource, with an empty Region.
        var parts = text.Split(':', 6);
        if (parts.Length != 6 || parts[3].Length != 0
            || !AwsPartition.TryParse(parts[1], out var partition)
            || !AwsAccountId.TryParse(parts[4], out var account))
        {
            return false;
        }

        var resource = parts[5];
        switch (parts[2])
        {
            case "iam" when resource == "root":
                result = new KmsPrincipal(text, PrincipalKind.AccountRoot, partition, account, null);
                return true;
            case "iam" when resource.StartsWith("user/", StringComparison.Ordinal) && TryLastName(resource, out var user):
                result = new KmsPrincipal(text, PrincipalKind.IamUser, partition, account, user);
                return true;
            case "iam" when resource.StartsWith("role/", StringComparison.Ordinal) && TryLastName(resource, out var role):
                result = new KmsPrincipal(text, PrincipalKind.IamRole, partition, account, role);
                return true;
            case "sts" when resource.StartsWith("assumed-role/", StringComparison.Ordinal):
                var session = resource.Split('/');
                if (session.Length != 3 || !IsName(session[1]) || !IsName(session[2]))
                {
                    return false;
                }

                result = new KmsPrincipal(text, PrincipalKind.AssumedRole, partition, account, session[1]);
                return true;
            case "sts" when resource.StartsWith("federated-user/", StringComparison.Ordinal):
                var federated = resource["federated-user/".Length..];
                if (!IsName(federated))
                {
                    return false;
                }

                result = new KmsPrincipal(text, PrincipalKind.FederatedUser, partition, account, federated);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Returns the principal's ARN, or its service name.</summary>
    /// <returns>The text the principal was parsed from; empty for the default value.</returns>
    public override string ToString() => _text ?? string.Empty;

    /// <summary>Returns whether this principal is <paramref name="roleArn"/>'s role or one of its sessions.</summary>
    /// <param name="roleArn">A role principal.</param>
    internal bool IsRoleOrSessionOf(in KmsPrincipal roleArn) =>
        roleArn.Kind == PrincipalKind.IamRole
        && (Kind == PrincipalKind.IamRole ? string.Equals(_text, roleArn._text, StringComparison.Ordinal)
            : Kind == PrincipalKind.AssumedRole && AccountId == roleArn.AccountId && Partition == roleArn.Partition
              && string.Equals(_name, roleArn._name, StringComparison.Ordinal));

    private static bool TryLastName(string resource, out string name)
    {
        var slash = resource.LastIndexOf('/');
        name = resource[(slash + 1)..];
        return IsName(name) && resource.IndexOf("//", StringComparison.Ordinal) < 0;
    }

    // IAM names: letters, digits and +=,.@_- (sessions also allow these); 1..128 characters.
    private static bool IsName(string name)
    {
        if (name.Length is 0 or > 128)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '=' or ',' or '.' or '@' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    // Service principals are DNS-like names that end in a service domain: letters, digits, dots and hyphens.
    private static bool IsServiceName(string text)
    {
        if (!text.Contains('.', StringComparison.Ordinal) || text[0] == '.' || text[^1] == '.')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString();

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString();
        charsWritten = text.TryCopyTo(destination) ? text.Length : 0;
        return charsWritten == text.Length;
    }
}
