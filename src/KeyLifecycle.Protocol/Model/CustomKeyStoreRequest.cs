using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>ConnectCustomKeyStore</c>, <c>DisconnectCustomKeyStore</c> and <c>DeleteCustomKeyStore</c>.</summary>
internal sealed class CustomKeyStoreRequest : IKmsRequest
{
    public string? CustomKeyStoreId { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .Required("customKeyStoreId", CustomKeyStoreId)
        .Length("customKeyStoreId", CustomKeyStoreId, Shapes.CustomKeyStoreIdMin, Shapes.CustomKeyStoreIdMax)
        .Result;
}
