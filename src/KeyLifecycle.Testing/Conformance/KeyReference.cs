using System.Globalization;

namespace KeyLifecycle.Testing.Conformance;

/// <summary>The <c>KeyId</c> of one step: a form, the scenario's key it is made from, and a variant that picks among the texts of that form.</summary>
/// <param name="Form">How the key is named.</param>
/// <param name="Key">The index of the scenario's key, taken modulo the number of keys; forms that name no key ignore it.</param>
/// <param name="Variant">Chooses among the texts of the form (which other Region, how much of an ARN is kept, ...); the same variant always makes the same text.</param>
public readonly record struct KeyReference(KeyReferenceForm Form, int Key, int Variant)
{
    /// <summary>Gets a value indicating whether the reference names one of the scenario's keys as it is (by key ID or key ARN).</summary>
    public bool NamesKey => Form is KeyReferenceForm.KeyId or KeyReferenceForm.KeyArn;

    /// <summary>Returns the reference as reports show it, such as <c>key 1 by ARN</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Form switch
    {
        KeyReferenceForm.KeyId => string.Create(CultureInfo.InvariantCulture, $"key {Key + 1} by ID"),
        KeyReferenceForm.KeyArn => string.Create(CultureInfo.InvariantCulture, $"key {Key + 1} by ARN"),
        KeyReferenceForm.ForeignRegionArn or KeyReferenceForm.ForeignPartitionArn or KeyReferenceForm.OtherAccountArn or KeyReferenceForm.TruncatedArn
            => string.Create(CultureInfo.InvariantCulture, $"key {Key + 1} by {Form}"),
        _ => Form.ToString(),
    };
}
