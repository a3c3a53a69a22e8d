using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>Checks a request against the constraints of the KMS API model and words the failures as the service does.</summary>
/// <remarks>
/// The service reports every broken constraint of a request at once, in member order:
/// <c>2 validation errors detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null; ...</c>.
/// Member names are lower camel case; list members are named <c>tags.1.member.tagKey</c> (one-based).
/// </remarks>
internal sealed class ModelValidator
{
    private List<ConstraintViolation>? _violations;

    /// <summary>The <c>ValidationException</c> for the broken constraints, or <see langword="null"/> when the request is valid.</summary>
    public ValidationFailed? Result => _violations is null ? null : ValidationFailed.ForViolations(_violations);

    /// <summary>The request's validated form, or the <c>ValidationException</c> for the broken constraints.</summary>
    /// <typeparam name="TValid">The validated form.</typeparam>
    /// <param name="valid">
    /// The validated form, built from the members that the <see cref="Required"/> checks found present; <see langword="null"/>
    /// when one of them is missing, which those checks have then reported.
    /// </param>
    public KmsOutcome<TValid> Valid<TValid>(TValid? valid)
        where TValid : struct =>
        Result is { } invalid ? KmsOutcome<TValid>.Fail(invalid)
        : valid ?? throw new InvalidOperationException("A required member is missing, but no Required check reported it.");

    public ModelValidator Required(string member, object? value)
    {
        if (value is null)
        {
            Add(ConstraintViolation.Null(member));
        }

        return this;
    }

    public ModelValidator Length(string member, string? value, int min, int max, bool sensitive = false)
    {
        if (value is null)
        {
            return this;
        }

        // The service never echoes a sensitive member, and the domain words a short value only with its text, so a
        // short sensitive value is left to the operation.
        if (value.Length < min && !sensitive)
        {
            Add(ConstraintViolation.LengthBelow(member, value, min));
        }
        else if (value.Length > max)
        {
            Add(ConstraintViolation.LengthAbove(member, value, max, sensitive));
        }

        return this;
    }

    public ModelValidator MaxLength(string member, byte[]? value, int max)
    {
        // Blobs are sensitive in the KMS model: the service names the member but never echoes the bytes.
        if (value is not null && value.Length > max)
        {
            Add(ConstraintViolation.LengthAbove(member, string.Empty, max, sensitive: true));
        }

        return this;
    }

    public ModelValidator Range(string member, long? value, long min, long max)
    {
        if (value is { } number)
        {
            if (number < min)
            {
                Add(ConstraintViolation.ValueBelow(member, number, min));
            }
            else if (number > max)
            {
                Add(ConstraintViolation.ValueAbove(member, number, max));
            }
        }

        return this;
    }

    public ModelValidator Enum(string member, string? value, ReadOnlySpan<string> allowed)
    {
        if (value is not null && !allowed.Contains(value))
        {
            Add(ConstraintViolation.NotInEnum(member, value, allowed));
        }

        return this;
    }

    public ModelValidator Pattern(string member, string? value, Regex regex, string pattern)
    {
        if (value is not null && !regex.IsMatch(value))
        {
            Add(ConstraintViolation.PatternMismatch(member, value, pattern));
        }

        return this;
    }

    // unlimitedValue: tag keys whose value has no length limit here (CreateKey's _custom_key_material_, which carries a
    // whole private key).
    public ModelValidator Tags(string member, IReadOnlyList<TagModel?>? tags, Func<string?, bool>? unlimitedValue = null)
    {
        if (tags is null)
        {
            return this;
        }

        for (var i = 0; i < tags.Count; i++)
        {
            var prefix = $"{member}.{i + 1}.member.";
            if (tags[i] is not { } tag)
            {
                Add(ConstraintViolation.Null(member + "." + (i + 1) + ".member"));
                continue;
            }

            Required(prefix + "tagKey", tag.TagKey).Length(prefix + "tagKey", tag.TagKey, Shapes.TagKeyMin, Shapes.TagKeyMax);
            Required(prefix + "tagValue", tag.TagValue).Length(prefix + "tagValue", tag.TagValue, 0, unlimitedValue?.Invoke(tag.TagKey) == true ? int.MaxValue : Shapes.TagValueMax);
        }

        return this;
    }

    // A map member (EncryptionContextType: string to string) whose JSON value was null: named as a list member is, by
    // its key ("encryptionContext.purpose"), since the model has no text of its own for it.
    public ModelValidator StringMap(string member, IReadOnlyDictionary<string, string>? map)
    {
        if (map is null)
        {
            return this;
        }

        foreach (var pair in map)
        {
            if (pair.Value is null)
            {
                Add(ConstraintViolation.Null(member + "." + pair.Key));
            }
        }

        return this;
    }

    public ModelValidator Strings(string member, IReadOnlyList<string?>? values, int min, int max)
    {
        if (values is null)
        {
            return this;
        }

        for (var i = 0; i < values.Count; i++)
        {
            var name = $"{member}.{i + 1}.member";
            Required(name, values[i]).Length(name, values[i], min, max);
        }

        return this;
    }

    /// <summary>Checks a <c>GrantTokens</c> member (<c>GrantTokenList</c>: at most 10 tokens, each 1 to 8192 characters).</summary>
    /// <remarks>
    /// Accepted and otherwise unused: the emulator's grants take effect at once, so a token, which the service reads to use a
    /// grant before it is eventually consistent, adds nothing.
    /// </remarks>
    public ModelValidator GrantTokens(IReadOnlyList<string?>? tokens)
    {
        if (tokens is not null && tokens.Count > Shapes.GrantTokensMax)
        {
            Add(ConstraintViolation.LengthAbove("grantTokens", "[" + string.Join(", ", tokens) + "]", Shapes.GrantTokensMax));
        }

        return Strings("grantTokens", tokens, Shapes.GrantTokenMin, Shapes.GrantTokenMax);
    }

    /// <summary>The members of a list, or <see langword="null"/> when one is missing, which <see cref="Strings"/> reports.</summary>
    public static IReadOnlyList<string>? AllPresent(IReadOnlyList<string?> values)
    {
        var present = new List<string>(values.Count);
        foreach (var value in values)
        {
            if (value is null)
            {
                return null;
            }

            present.Add(value);
        }

        return present;
    }

    private void Add(ConstraintViolation violation) => (_violations ??= []).Add(violation);
}
