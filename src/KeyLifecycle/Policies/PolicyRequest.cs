using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Policies;

/// <summary>What a policy is asked about: who (<see cref="Principal"/>) wants to do what (<see cref="Action"/>) to which key, with which condition keys, and what the caller's identity policies say.</summary>
/// <remarks>
/// <para>
/// Made by <see cref="Create"/>, which adds the keys the principal implies (<c>kms:CallerAccount</c>, <c>aws:PrincipalArn</c>,
/// <c>aws:PrincipalAccount</c>, <c>aws:username</c> for IAM users); the <c>With...</c> methods return a copy with more condition keys.
/// Condition key names are case-insensitive, as in IAM. See
/// <see href="https://docs.aws.amazon.com/kms/latest/developerguide/policy-conditions.html">Condition keys for AWS KMS</see>.
/// </para>
/// <para>Immutable and thread safe.</para>
/// </remarks>
public sealed class PolicyRequest
{
    private static readonly ImmutableDictionary<string, ImmutableArray<string>> s_empty =
        ImmutableDictionary.Create<string, ImmutableArray<string>>(StringComparer.OrdinalIgnoreCase);

    private static readonly ImmutableSortedDictionary<string, string> s_noContext = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    private readonly ImmutableDictionary<string, ImmutableArray<string>> _values;
    private readonly ImmutableSortedDictionary<string, string> _encryptionContext;

    private PolicyRequest(
        KmsPrincipal principal,
        KmsAction action,
        KeyArn keyArn,
        AwsAccountId keyAccountId,
        PolicyOutcome identityDecision,
        ImmutableDictionary<string, ImmutableArray<string>> values,
        ImmutableSortedDictionary<string, string> encryptionContext,
        string resource)
    {
        _encryptionContext = encryptionContext;
        Principal = principal;
        Action = action;
        KeyArn = keyArn;
        KeyAccountId = keyAccountId;
        IdentityDecision = identityDecision;
        _values = values;
        Resource = resource;
    }

    /// <summary>Gets the caller.</summary>
    public KmsPrincipal Principal { get; }

    /// <summary>Gets the permission the request needs, such as <c>kms:Encrypt</c>.</summary>
    public KmsAction Action { get; }

    /// <summary>Gets the key's ARN; the default value for a request on another resource (<see cref="ForResource"/>).</summary>
    public KeyArn KeyArn { get; }

    /// <summary>Gets the resource a policy's <c>Resource</c> element is matched against: the key's ARN, or what <see cref="ForResource"/> was given (<c>*</c>, an alias ARN).</summary>
    public string Resource { get; }

    /// <summary>Gets the key's account (read once from <see cref="KeyArn"/>).</summary>
    public AwsAccountId KeyAccountId { get; }

    /// <summary>Gets what the caller's identity-based policies (IAM policies, with SCPs and boundaries folded in) decide for this request.</summary>
    /// <remarks>An account's root user and a service principal have no identity policies: for them an implicit deny here counts as an allow.</remarks>
    public PolicyOutcome IdentityDecision { get; }

    /// <summary>Gets the request's encryption context, which grant constraints are checked against; empty when it has none.</summary>
    public IReadOnlyDictionary<string, string> EncryptionContext => _encryptionContext;

    /// <summary>Gets a value indicating whether the caller is in another account than the key (a service principal is in none).</summary>
    public bool IsCrossAccount => Principal.Kind != PrincipalKind.Service && Principal.AccountId != KeyAccountId;

    /// <summary>Returns the request of <paramref name="principal"/> for <paramref name="action"/> on <paramref name="keyArn"/>.</summary>
    /// <param name="principal">The caller.</param>
    /// <param name="action">The permission the request needs.</param>
    /// <param name="keyArn">The key.</param>
    /// <param name="identityDecision">What the caller's identity policies decide; <see cref="PolicyOutcome.Allow"/> for a caller with every IAM permission.</param>
    /// <returns>The request, with the condition keys the principal implies.</returns>
    /// <exception cref="ArgumentException">The principal, action or key ARN is its default value.</exception>
    public static PolicyRequest Create(KmsPrincipal principal, KmsAction action, KeyArn keyArn, PolicyOutcome identityDecision)
    {
        if (principal.Kind == PrincipalKind.None || action == default || keyArn == default)
        {
            throw new ArgumentException("The principal, the action and the key ARN must not be default values.");
        }

        return new PolicyRequest(principal, action, keyArn, keyArn.AccountId, identityDecision, ImpliedBy(principal), s_noContext, keyArn.ToString());
    }

    /// <summary>Returns the request of <paramref name="principal"/> for <paramref name="action"/> on a resource that is not a key, which only identity-based policies decide.</summary>
    /// <param name="principal">The caller.</param>
    /// <param name="action">The permission the request needs, such as <c>kms:CreateKey</c>.</param>
    /// <param name="resource">The resource: <c>*</c> for <c>kms:CreateKey</c>, <c>kms:ListKeys</c>, <c>kms:ListAliases</c> and the other actions on no resource; an alias ARN for the alias half of <c>kms:CreateAlias</c>.</param>
    /// <param name="identityDecision">What the caller's identity policies decide, if known.</param>
    /// <returns>The request, with the condition keys the principal implies; its <see cref="KeyArn"/> is the default value.</returns>
    /// <exception cref="ArgumentException">The principal or action is its default value, or <paramref name="resource"/> is empty.</exception>
    public static PolicyRequest ForResource(KmsPrincipal principal, KmsAction action, string resource, PolicyOutcome identityDecision)
    {
        ArgumentException.ThrowIfNullOrEmpty(resource);
        if (principal.Kind == PrincipalKind.None || action == default)
        {
            throw new ArgumentException("The principal and the action must not be default values.");
        }

        return new PolicyRequest(principal, action, default, principal.AccountId, identityDecision, ImpliedBy(principal), s_noContext, resource);
    }

    private static ImmutableDictionary<string, ImmutableArray<string>> ImpliedBy(KmsPrincipal principal)
    {
        var values = s_empty.ToBuilder();
        if (principal.Kind != PrincipalKind.Service)
        {
            var account = principal.AccountId.ToString();
            values["kms:CallerAccount"] = [account];
            values["aws:PrincipalAccount"] = [account];
            values["aws:PrincipalArn"] = [principal.Kind == PrincipalKind.AssumedRole
                ? $"arn:{principal.Partition}:iam::{account}:role/{principal.Name}"
                : principal.ToString()];
            if (principal.Kind == PrincipalKind.IamUser)
            {
                values["aws:username"] = [principal.Name];
            }
        }

        return values.ToImmutable();
    }

    /// <summary>Returns a copy whose condition key <paramref name="key"/> has <paramref name="values"/> (replacing any it had).</summary>
    /// <param name="key">The condition key, such as <c>kms:ViaService</c> or <c>aws:SourceIp</c>.</param>
    /// <param name="values">Its values; none makes the key absent.</param>
    /// <returns>The copy.</returns>
    public PolicyRequest WithValues(string key, params IEnumerable<string> values)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(values);
        var array = ImmutableArray.CreateRange(values);
        return With(array.IsEmpty ? _values.Remove(key) : _values.SetItem(key, array));
    }

    /// <summary>Returns a copy with <c>kms:EncryptionContext:&lt;k&gt;</c> for each pair and <c>kms:EncryptionContextKeys</c>.</summary>
    /// <param name="encryptionContext">The request's encryption context.</param>
    /// <returns>The copy.</returns>
    public PolicyRequest WithEncryptionContext(IEnumerable<KeyValuePair<string, string>> encryptionContext)
    {
        ArgumentNullException.ThrowIfNull(encryptionContext);
        var values = _values.ToBuilder();
        var keys = ImmutableArray.CreateBuilder<string>();
        foreach (var (key, value) in encryptionContext)
        {
            values["kms:EncryptionContext:" + key] = [value];
            keys.Add(key);
        }

        values["kms:EncryptionContextKeys"] = keys.ToImmutable();
        return new PolicyRequest(Principal, Action, KeyArn, KeyAccountId, IdentityDecision, values.ToImmutable(),
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, encryptionContext), Resource);
    }

    /// <summary>Returns a copy with the key's facts: <c>kms:KeySpec</c>, <c>kms:KeyUsage</c>, <c>kms:KeyOrigin</c>, <c>kms:MultiRegion</c>, <c>kms:MultiRegionKeyType</c> and <c>aws:ResourceTag/&lt;k&gt;</c>.</summary>
    /// <param name="key">The key the request acts on.</param>
    /// <returns>The copy.</returns>
    public PolicyRequest WithKey(KmsKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var values = _values.ToBuilder();
        values["kms:KeySpec"] = [key.KeySpec.ToWireName()];
        values["kms:KeyUsage"] = [key.KeyUsage.ToWireName()];
        values["kms:KeyOrigin"] = [key.Origin.ToWireName()];
        values["kms:MultiRegion"] = [key.MultiRegion ? "true" : "false"];
        if (key.MultiRegionConfiguration is { } configuration)
        {
            values["kms:MultiRegionKeyType"] = [configuration.KeyType.ToWireName()];
        }

        foreach (var tag in key.Tags)
        {
            values["aws:ResourceTag/" + tag.TagKey] = [tag.TagValue];
        }

        return With(values.ToImmutable());
    }

    /// <summary>Returns a copy with one Boolean condition key, such as <c>kms:GrantIsForAWSResource</c> or <c>kms:BypassPolicyLockoutSafetyCheck</c>.</summary>
    /// <param name="key">The condition key.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The copy.</returns>
    public PolicyRequest WithValue(string key, bool value) => WithValues(key, value ? "true" : "false");

    /// <summary>Returns a copy with one numeric condition key, such as <c>kms:RotationPeriodInDays</c>.</summary>
    /// <param name="key">The condition key.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The copy.</returns>
    public PolicyRequest WithValue(string key, long value) => WithValues(key, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Returns a copy for another action on the same key by the same caller, keeping the condition keys.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The copy.</returns>
    public PolicyRequest WithAction(KmsAction action) =>
        action == default ? throw new ArgumentException("The action must not be the default value.", nameof(action))
            : new PolicyRequest(Principal, action, KeyArn, KeyAccountId, IdentityDecision, _values, _encryptionContext, Resource);

    /// <summary>Returns a copy with another identity decision.</summary>
    /// <param name="identityDecision">What the caller's identity policies decide.</param>
    /// <returns>The copy.</returns>
    public PolicyRequest WithIdentityDecision(PolicyOutcome identityDecision) =>
        new(Principal, Action, KeyArn, KeyAccountId, identityDecision, _values, _encryptionContext, Resource);

    /// <summary>Tries to get the values of condition key <paramref name="key"/>.</summary>
    /// <param name="key">The condition key; case-insensitive.</param>
    /// <param name="values">Its values, or an empty array.</param>
    /// <returns><see langword="true"/> when the request has the key.</returns>
    public bool TryGetValues(string key, out ImmutableArray<string> values)
    {
        if (_values.TryGetValue(key, out values))
        {
            return true;
        }

        values = [];
        return false;
    }

    private PolicyRequest With(ImmutableDictionary<string, ImmutableArray<string>> values) =>
        new(Principal, Action, KeyArn, KeyAccountId, IdentityDecision, values, _encryptionContext, Resource);
}
