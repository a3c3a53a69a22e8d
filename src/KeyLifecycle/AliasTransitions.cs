using System;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using OneOf;

namespace KeyLifecycle;

/// <summary>The KMS alias operations, as pure functions from an alias and its keys to the new alias or the service's error.</summary>
/// <remarks>
/// Whether an alias name is already taken, or exists at all, is the host's to answer from its store, with
/// <see cref="AlreadyExists.Alias"/> and <see cref="NotFound.Alias"/>. The functions read no clock and do no I/O.
/// </remarks>
public static class AliasTransitions
{
    /// <summary>The pattern of the KMS API model's <c>AliasNameType</c>.</summary>
    public const string AliasNamePattern = "^[a-zA-Z0-9:/_-]+$";

    private const string AliasPrefixMessage =
        "Alias must start with the prefix \"alias/\". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html";

    /// <summary>Reads the <c>AliasName</c> member of a request, refusing it as the service does.</summary>
    /// <param name="text">The member as sent; <see langword="null"/> when it was missing.</param>
    /// <returns>
    /// The alias name, or <see cref="ValidationFailed"/>: the model's constraints first (missing, 1 to 256 characters, the
    /// pattern <c>^[a-zA-Z0-9:/_-]+$</c>), then the recorded <c>Alias must start with the prefix "alias/". ...</c>, then
    /// <c>&lt;name&gt; contains invalid characters for an alias</c> for a colon after the prefix.
    /// </returns>
    public static OneOf<AliasName, ValidationFailed> ParseAliasName(string? text)
    {
        if (text is null)
        {
            return ValidationFailed.MemberNull("aliasName");
        }

        if (text.Length == 0)
        {
            return ValidationFailed.LengthBelow("aliasName", text, 1);
        }

        if (text.Length > AliasName.MaxLength)
        {
            return ValidationFailed.LengthAbove("aliasName", text, AliasName.MaxLength);
        }

        if (!MatchesAliasNamePattern(text))
        {
            return ValidationFailed.ForViolations([ConstraintViolation.PatternMismatch("aliasName", text, AliasNamePattern)]);
        }

        if (!AliasName.TryParse(text, out var name))
        {
            return new ValidationFailed(AliasPrefixMessage);
        }

        // The model's pattern allows ':', but the service refuses it after the prefix.
        return text.IndexOf(':', "alias/".Length) >= 0 ? new ValidationFailed($"{text} contains invalid characters for an alias") : name;
    }

    /// <summary>Creates an alias for a key, as <c>CreateAlias</c> does.</summary>
    /// <param name="name">The alias name.</param>
    /// <param name="target">The key the alias points at; the alias lives in its account and Region.</param>
    /// <param name="now">The time of the request.</param>
    /// <returns>
    /// The alias; <see cref="ReservedAliasName"/> for a name that starts with <c>alias/aws/</c>; <see cref="InvalidKeyState"/>
    /// for a target key pending deletion.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateAlias.html">CreateAlias</see>.</remarks>
    public static OneOf<KmsAlias, ReservedAliasName, InvalidKeyState> CreateAlias(AliasName name, KmsKey target, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (name.IsReserved)
        {
            return new ReservedAliasName(name);
        }

        return KeyStateRules.CheckState(KmsOperation.CreateAlias, target).Match<OneOf<KmsAlias, ReservedAliasName, InvalidKeyState>>(
            _ => new KmsAlias(AliasArn.Create(target.Arn.Partition, target.Region, target.AccountId, name), target.KeyId, now),
            invalidState => invalidState);
    }

    /// <summary>Points an alias at another key, as <c>UpdateAlias</c> does.</summary>
    /// <param name="alias">The alias.</param>
    /// <param name="currentTarget">The key the alias points at now; it may be pending deletion (footnote 10).</param>
    /// <param name="newTarget">The key to point at, in the alias's account and Region.</param>
    /// <param name="now">The time of the request.</param>
    /// <returns>
    /// The alias pointing at <paramref name="newTarget"/>; <see cref="ReservedAliasName"/> for an AWS alias;
    /// <see cref="ValidationFailed"/> when the two keys differ in type or key usage; <see cref="InvalidKeyState"/> when the
    /// new target is pending deletion.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdateAlias.html">UpdateAlias</see>.</remarks>
    public static OneOf<KmsAlias, ReservedAliasName, ValidationFailed, InvalidKeyState> UpdateAlias(
        KmsAlias alias, KmsKey currentTarget, KmsKey newTarget, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alias);
        ArgumentNullException.ThrowIfNull(currentTarget);
        ArgumentNullException.ThrowIfNull(newTarget);
        if (alias.Name.IsReserved)
        {
            return new ReservedAliasName(alias.Name);
        }

        // Same type (symmetric, asymmetric or HMAC) and same usage: HMAC keys alone have GENERATE_VERIFY_MAC, so with equal
        // usages the types can differ only between symmetric and asymmetric encryption keys.
        if (currentTarget.KeyUsage != newTarget.KeyUsage
            || KeySpecs.IsSymmetricEncryption(currentTarget.KeySpec) != KeySpecs.IsSymmetricEncryption(newTarget.KeySpec))
        {
            return new ValidationFailed(
                $"{newTarget.Arn} must have the same key type and key usage as {currentTarget.Arn}, the key alias {alias.Name} is associated with");
        }

        return KeyStateRules.CheckState(KmsOperation.UpdateAlias, newTarget).Match<OneOf<KmsAlias, ReservedAliasName, ValidationFailed, InvalidKeyState>>(
            _ => alias with { TargetKeyId = newTarget.KeyId, LastUpdatedDate = now },
            invalidState => invalidState);
    }

    /// <summary>Checks that an alias may be deleted, as <c>DeleteAlias</c> does; the host then removes it.</summary>
    /// <param name="alias">The alias.</param>
    /// <returns><see langword="null"/> when it may be deleted (in every key state); <see cref="ReservedAliasName"/> for an AWS alias.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alias"/> is <see langword="null"/>.</exception>
    public static ReservedAliasName? DeleteAlias(KmsAlias alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        return alias.Name.IsReserved ? new ReservedAliasName(alias.Name) : null;
    }

    private static bool MatchesAliasNamePattern(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is ':' or '/' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
