
namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>ConnectCustomKeyStore</c>, <c>DisconnectCustomKeyStore</c> and <c>DeleteCustomKeyStore</c>.</summary>
internal sealed class CustomKeyStoreRequest : IValidatedKmsRequest<ValidCustomKeyStoreRequest>
{
    public string? CustomKeyStoreId { get; init; }

    public KmsOutcome<ValidCustomKeyStoreRequest> Validate() => new ModelValidator()
        .Required("customKeyStoreId", CustomKeyStoreId)
        .Length("customKeyStoreId", CustomKeyStoreId, Shapes.CustomKeyStoreIdMin, Shapes.CustomKeyStoreIdMax)
        .Valid<ValidCustomKeyStoreRequest>(CustomKeyStoreId is { } customKeyStoreId
            ? new ValidCustomKeyStoreRequest(customKeyStoreId)
            : null);
}
