using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>GenerateRandom</c>.</summary>
internal sealed class GenerateRandomRequest : IKmsRequest
{
    public int? NumberOfBytes { get; init; }

    public string? CustomKeyStoreId { get; init; }

    public RecipientModel? Recipient { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .Range("numberOfBytes", NumberOfBytes, Shapes.NumberOfBytesMin, Shapes.NumberOfBytesMax)
        .Length("customKeyStoreId", CustomKeyStoreId, Shapes.CustomKeyStoreIdMin, Shapes.CustomKeyStoreIdMax)
        .Result;
}
