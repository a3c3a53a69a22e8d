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
    internal InvalidIdentifier(IdentifierError reason, string input, string description, string? arnPartition, string? arnRegion)
    {
        Reason = reason;
        Input = input;
        Description = description;
        ArnPartition = arnPartition;
        ArnRegion = arnRegion;
    }

    /// <summary>Gets the rule the input broke.</summary>
    public IdentifierError Reason { get; }

    /// <summary>Gets the input exactly as given, however long; the empty string when the input was null.</summary>
    public string Input { get; }

    /// <summary>Gets a sentence naming the input and the rule it broke.</summary>
    /// <remarks>Control and non-ASCII characters of the input are shown as <c>\uXXXX</c>; an input over 2048 characters is not repeated.</remarks>
    public string Description { get; }

    /// <summary>Gets the partition field of the ARN, when the ARN's partition, service and Region were valid; otherwise null.</summary>
    public string? ArnPartition { get; }

    /// <summary>Gets the Region field of the ARN, when the ARN's partition, service and Region were valid; otherwise null.</summary>
    public string? ArnRegion { get; }

    /// <summary>Returns <see cref="Description"/>.</summary>
    /// <returns>The description of the failure.</returns>
    public override string ToString() => Description;
}
