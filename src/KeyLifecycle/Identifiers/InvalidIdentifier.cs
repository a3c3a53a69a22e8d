using System;

namespace KeyLifecycle.Identifiers;

/// <summary>A KMS identifier that did not parse, with the rule it broke.</summary>
/// <remarks>
/// <para>
/// Instances are created only by the parsers in this namespace and are immutable, so they are safe to share between
/// threads. <see cref="ArnPartition"/> and <see cref="ArnRegion"/> are set only when an ARN got past valid partition,
/// service and Region fields, because the service checks an ARN's Region against the caller's before it looks at the
/// key part; a resolver can do the same.
/// </para>
/// <para>Formats: https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id.</para>
/// </remarks>
public sealed record InvalidIdentifier
{
    // The failure keeps where in the input each field is; the description and the ARN fields are read from it, so a
    // refusal costs this one object (and the input's text when it came as a span) until they are read.
    private readonly ParseFailure _failure;
    private readonly IdentifierKind _kind;

    internal InvalidIdentifier(ParseFailure failure, IdentifierKind kind, string input)
    {
        _failure = failure;
        _kind = kind;
        Input = input;
    }

    /// <summary>Gets the rule the input broke.</summary>
    public IdentifierError Reason => _failure.Reason;

    /// <summary>Gets the input exactly as given, however long; the empty string when the input was null.</summary>
    public string Input { get; }

    /// <summary>Gets a sentence naming the input and the rule it broke.</summary>
    /// <remarks>Control and non-ASCII characters of the input are shown as <c>\uXXXX</c>; an input over 2048 characters is not repeated.</remarks>
    public string Description => _failure.Describe(_kind, Input);

    /// <summary>Gets the partition field of the ARN, when the ARN's partition, service and Region were valid; otherwise null.</summary>
    public string? ArnPartition => _failure.HasArnFields ? Input[_failure.ArnPartition] : null;

    /// <summary>Gets the Region field of the ARN, when the ARN's partition, service and Region were valid; otherwise null.</summary>
    public string? ArnRegion => _failure.HasArnFields ? Input[_failure.ArnRegion] : null;

    /// <summary>Gets whether the ARN's partition and Region fields were valid, so <see cref="ArnPartition"/> and <see cref="ArnRegion"/> are set.</summary>
    internal bool HasArnFields => _failure.HasArnFields;

    /// <summary>Gets the ARN's partition field without allocating; empty unless <see cref="HasArnFields"/>.</summary>
    internal ReadOnlySpan<char> ArnPartitionText => _failure.HasArnFields ? Input.AsSpan()[_failure.ArnPartition] : default;

    /// <summary>Gets the ARN's Region field without allocating; empty unless <see cref="HasArnFields"/>.</summary>
    internal ReadOnlySpan<char> ArnRegionText => _failure.HasArnFields ? Input.AsSpan()[_failure.ArnRegion] : default;

    /// <summary>Returns <see cref="Description"/>.</summary>
    /// <returns>The description of the failure.</returns>
    public override string ToString() => Description;
}
