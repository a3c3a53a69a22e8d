using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using OneOf;

namespace KeyLifecycle.Policies;

/// <summary>A KMS key policy: a parsed, validated policy document, kept with the text it was parsed from.</summary>
/// <remarks>
/// <para>
/// Made by <see cref="Parse(string)"/> or <see cref="CreateDefault(AwsPartition, AwsAccountId)"/>. Every key has exactly one
/// policy, named <c>default</c> (<see cref="PolicyName"/>); <c>GetKeyPolicy</c> returns <see cref="Text"/> unchanged.
/// See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html">Creating a key policy</see>.
/// </para>
/// <para>Immutable and thread safe.</para>
/// </remarks>
public sealed class KeyPolicy
{
    /// <summary>The name of every key's one policy: <c>default</c>.</summary>
    public const string PolicyName = "default";

    /// <summary>The largest key policy document KMS accepts, in bytes of UTF-8: 32 KB.</summary>
    /// <remarks>From <see href="https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html#key-policy-format">Key policy format</see>; the API model allows up to 131072 characters on the wire.</remarks>
    public const int MaxSizeInBytes = 32768;

    private static readonly string[] s_policyNames = [PolicyName];

    internal KeyPolicy(string text, string? version, string? id, ImmutableArray<PolicyStatement> statements)
    {
        Text = text;
        Version = version;
        Id = id;
        StatementArray = statements;
        Statements = statements;
        DefaultAccount = RecognizeDefault(statements);
    }

    /// <summary>Gets the names <c>ListKeyPolicies</c> returns: always just <c>default</c>.</summary>
    public static IReadOnlyList<string> PolicyNames => s_policyNames;

    /// <summary>Gets the document as it was given, which <c>GetKeyPolicy</c> returns.</summary>
    public string Text { get; }

    /// <summary>Gets the policy language version, <c>2012-10-17</c> or <c>2008-10-17</c>, or <see langword="null"/> when the document names none.</summary>
    public string? Version { get; }

    /// <summary>Gets the document's <c>Id</c>, or <see langword="null"/>.</summary>
    public string? Id { get; }

    /// <summary>Gets the statements, in document order.</summary>
    public IReadOnlyList<PolicyStatement> Statements { get; }

    /// <summary>Gets a value indicating whether the policy is, in effect, the default key policy: one statement allowing <c>kms:*</c> to an account's root.</summary>
    public bool IsDefaultShape => DefaultAccount.HasValue;

    internal ImmutableArray<PolicyStatement> StatementArray { get; }

    /// <summary>The account (and its partition) whose root the default-shaped policy gives <c>kms:*</c>.</summary>
    internal (AwsAccountId Account, AwsPartition Partition)? DefaultAccount { get; }

    /// <summary>Returns the key policy KMS attaches when <c>CreateKey</c> or <c>ReplicateKey</c> is given none.</summary>
    /// <param name="partition">The key's partition.</param>
    /// <param name="accountId">The key's account.</param>
    /// <returns>The policy with one statement, <c>Enable IAM User Permissions</c>, that allows <c>kms:*</c> to the account's root and so delegates to IAM.</returns>
    /// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html">Default key policy</see>. The text is the service's layout.</remarks>
    /// <exception cref="ArgumentException">An argument is its default value.</exception>
    public static KeyPolicy CreateDefault(AwsPartition partition, AwsAccountId accountId)
    {
        var root = KmsPrincipal.AccountRoot(partition, accountId);
        var text = "{\n  \"Version\" : \"2012-10-17\",\n  \"Id\" : \"key-default-1\",\n  \"Statement\" : [ {\n"
            + "    \"Sid\" : \"Enable IAM User Permissions\",\n    \"Effect\" : \"Allow\",\n    \"Principal\" : {\n"
            + $"      \"AWS\" : \"{root}\"\n    }},\n    \"Action\" : \"kms:*\",\n    \"Resource\" : \"*\"\n  }} ]\n}}";
        return Parse(text).AsT0;
    }

    /// <summary>Parses and validates a key policy document.</summary>
    /// <param name="text">The JSON document.</param>
    /// <returns>The policy, or the <c>MalformedPolicyDocumentException</c> KMS answers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<KeyPolicy, MalformedPolicyDocument> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return KeyPolicyParser.Parse(text);
    }

    /// <summary>Returns the policy's text.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;

    private static (AwsAccountId, AwsPartition)? RecognizeDefault(ImmutableArray<PolicyStatement> statements)
    {
        if (statements.Length != 1)
        {
            return null;
        }

        var s = statements[0];
        if (s.Effect != PolicyEffect.Allow || s.NotPrincipal || s.NotAction || s.NotResource || s.Conditions.Length != 0
            || s.Principals.Length != 1 || s.Principals[0].Kind != PrincipalPatternKind.Account
            || s.Principals[0].Principal.Kind != PrincipalKind.AccountRoot
            || s.Actions.Length != 1 || s.Actions[0] is not ("kms:*" or "*")
            || s.Resources.Length != 1 || s.Resources[0] != "*")
        {
            return null;
        }

        return (s.Principals[0].Account, s.Principals[0].Principal.Partition);
    }
}
