using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>ListKeyRotations</c>.</summary>
internal sealed class ListKeyRotationsRequest : ListRequest
{
    /// <summary>The wire values of <c>IncludeKeyMaterial</c> (botocore <c>kms/2014-11-01/service-2.json</c>, shape <c>IncludeKeyMaterial</c>).</summary>
    public static readonly string[] IncludeKeyMaterialValues = [AllKeyMaterial, RotationsOnly];

    /// <summary>Lists the first material too, before the rotations.</summary>
    public const string AllKeyMaterial = "ALL_KEY_MATERIAL";

    /// <summary>Lists only the materials rotations made: the default.</summary>
    public const string RotationsOnly = "ROTATIONS_ONLY";

    public string? KeyId { get; init; }

    public string? IncludeKeyMaterial { get; init; }

    public override ValidationFailed? Validate() => Paging(new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Enum("includeKeyMaterial", IncludeKeyMaterial, IncludeKeyMaterialValues))
        .Result;
}
