using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace KeyLifecycle.Identifiers;

/// <summary>
/// A KMS alias ARN: <c>arn:&lt;partition&gt;:kms:&lt;region&gt;:&lt;account-id&gt;:alias/&lt;name&gt;</c>, such as
/// <c>arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias</c>.
/// </summary>
/// <remarks>
/// <para>
/// The partition must be one of the eight AWS partitions, the service <c>kms</c>, the Region a well-formed code of that
/// partition, the account 12 digits and the resource an <see cref="Identifiers.AliasName"/> (which keeps its
/// <c>alias/</c> prefix). Alias names are case sensitive, so the ARN is kept exactly as given; <see cref="ToString()"/>
/// does not allocate and equality is ordinal equality of the text. <see cref="Region"/>, <see cref="AccountId"/> and
/// <see cref="AliasName"/> are read from the text on each call.
/// </para>
/// <para>
/// The default value is not an ARN: <see cref="ToString()"/> returns <see cref="string.Empty"/> and every component is
/// its own default value. Instances are immutable and thread safe; a value is a single reference, so it cannot tear.
/// </para>
/// <para>See https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html.</para>
/// </remarks>
public readonly record struct AliasArn : ISpanParsable<AliasArn>, ISpanFormattable, IKmsIdentifierText<AliasArn>
{
    private const string ResourcePrefix = "alias/";

    private readonly string? _value;

    private AliasArn(string value) => _value = value;

    /// <summary>Gets the ARN's partition.</summary>
    public AwsPartition Partition => Layout().Partition;

    /// <summary>Gets the ARN's Region.</summary>
    public AwsRegion Region => _value is null ? default : AwsRegion.Parse(_value.AsSpan()[Layout().RegionField]);

    /// <summary>Gets the ARN's account ID.</summary>
    public AwsAccountId AccountId => _value is null ? default : AwsAccountId.Parse(_value.AsSpan()[Layout().AccountField]);

    /// <summary>Gets the ARN's alias name, including its <c>alias/</c> prefix.</summary>
    public AliasName AliasName => _value is null ? default : AliasName.Parse(_value.AsSpan()[Layout().ResourceField]);

    /// <summary>Builds an alias ARN from its parts.</summary>
    /// <param name="partition">The partition.</param>
    /// <param name="region">The Region; must belong to <paramref name="partition"/>.</param>
    /// <param name="accountId">The account ID.</param>
    /// <param name="aliasName">The alias name.</param>
    /// <returns>The alias ARN.</returns>
    /// <exception cref="ArgumentException">A part is its default value, or <paramref name="region"/> is not in <paramref name="partition"/>.</exception>
    public static AliasArn Create(AwsPartition partition, AwsRegion region, AwsAccountId accountId, AliasName aliasName)
    {
        KmsArnLayout.CheckParts(partition, region, accountId);
        if (aliasName == default)
        {
            throw new ArgumentException("The alias name is the default value, which is not an alias name.", nameof(aliasName));
        }

        return new AliasArn(KmsArnLayout.Compose(partition, region, accountId, string.Empty, aliasName.ToString()));
    }

    /// <summary>Parses an alias ARN.</summary>
    /// <param name="text">An alias ARN.</param>
    /// <returns>The alias ARN.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an alias ARN.</exception>
    public static AliasArn Parse(string text) => IdentifierText.Parse<AliasArn>(text);

    /// <summary>Parses an alias ARN.</summary>
    /// <param name="text">An alias ARN.</param>
    /// <returns>The alias ARN.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not an alias ARN.</exception>
    public static AliasArn Parse(ReadOnlySpan<char> text) => IdentifierText.Parse<AliasArn>(text);

    /// <summary>Tries to parse an alias ARN.</summary>
    /// <param name="text">The text to parse; may be null.</param>
    /// <param name="result">The alias ARN, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is an alias ARN.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AliasArn result) => IdentifierText.TryParse(text, out result);

    /// <summary>Tries to parse an alias ARN.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The alias ARN, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is an alias ARN.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out AliasArn result) => IdentifierText.TryParse(text, out result);

    /// <summary>Returns the ARN.</summary>
    /// <returns>The ARN; <see cref="string.Empty"/> for the default value.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>The one parser of alias ARNs.</summary>
    /// <param name="text">The input.</param>
    /// <param name="source">The string <paramref name="text"/> came from, reused as the value when given.</param>
    /// <param name="result">The alias ARN, or the default value on failure.</param>
    internal static ParseFailure ParseCore(ReadOnlySpan<char> text, string? source, out AliasArn result)
    {
        result = default;
        var failure = ParseFailure.CheckLength(text);
        if (failure.IsFailure)
        {
            return failure;
        }

        failure = KmsArnLayout.Parse(text, out var layout);
        return failure.IsFailure ? failure : FromLayout(text, source, layout, out result);
    }

    /// <summary>Finishes parsing an ARN whose fields before the resource are valid.</summary>
    internal static ParseFailure FromLayout(ReadOnlySpan<char> text, string? source, in KmsArnLayout layout, out AliasArn result)
    {
        result = default;
        var resource = text[layout.ResourceField];
        if (!resource.StartsWith(ResourcePrefix))
        {
            return layout.Fail(IdentifierError.UnsupportedResourceType, layout.ResourceField);
        }

        if (!AliasName.IsWellFormed(resource))
        {
            return layout.Fail(IdentifierError.InvalidAliasNameInArn, layout.ResourceField);
        }

        result = new AliasArn(source ?? text.ToString());
        return default;
    }

    private KmsArnLayout Layout()
    {
        var failure = KmsArnLayout.Parse(_value, out var layout);
        Debug.Assert(!failure.IsFailure || _value is null, "An AliasArn holds only valid ARNs.");
        return layout;
    }

    static IdentifierKind IKmsIdentifierText<AliasArn>.Kind => IdentifierKind.AliasArn;

    static ParseFailure IKmsIdentifierText<AliasArn>.ParseCore(ReadOnlySpan<char> text, string? source, out AliasArn result) =>
        ParseCore(text, source, out result);
}
