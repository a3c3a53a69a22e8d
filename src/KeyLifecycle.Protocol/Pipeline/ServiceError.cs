using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>An AWS error that the host, not the key-state rules, decides: import tokens and key material, custom key stores.</summary>
/// <param name="ErrorCode">The AWS error code.</param>
/// <param name="Message">The message; the service's documented wording where there is one.</param>
internal sealed record ServiceError(string ErrorCode, string Message) : IKmsError
{

    public static ServiceError InvalidImportToken { get; } = new("InvalidImportTokenException",
        "The request was rejected because the provided import token is invalid or is associated with a different KMS key.");

    public static ServiceError ExpiredImportToken { get; } = new("ExpiredImportTokenException",
        "The request was rejected because the specified import token is expired. Use GetParametersForImport to get a new import token and public key, use the new public key to encrypt the key material, and then try the request again.");

    public static ServiceError UndecryptableKeyMaterial { get; } = new("InvalidCiphertextException",
        "The request was rejected because KMS could not decrypt the encrypted (wrapped) key material.");

    public static ServiceError CustomKeyStoreNotFound { get; } = new("CustomKeyStoreNotFoundException",
        "The request was rejected because KMS cannot find a custom key store with the specified key store name or ID.");

    public static ServiceError CustomKeyStoreNameInUse { get; } = new("CustomKeyStoreNameInUseException",
        "The request was rejected because the specified custom key store name is already assigned to another custom key store in the account. Try again with a custom key store name that is unique in the account.");

    public static ServiceError CustomKeyStoreHasKeys { get; } = new("CustomKeyStoreHasCMKsException",
        "The request was rejected because the custom key store contains KMS keys. After verifying that you do not need to use the KMS keys, use the ScheduleKeyDeletion operation to delete the KMS keys. After they are deleted, you can delete the custom key store.");

    // The model's descriptions of the two errors (botocore kms/2014-11-01/service-2.json, InvalidGrantTokenException and
    // InvalidGrantIdException), as the service's own texts are not recorded.
    public static ServiceError InvalidGrantToken { get; } = new("InvalidGrantTokenException",
        "The request was rejected because the specified grant token is not valid.");

    public static ServiceError InvalidGrantId { get; } = new("InvalidGrantIdException",
        "The request was rejected because the specified GrantId is not valid.");

    public static ServiceError CustomKeyStoreInvalidState(string message) => new("CustomKeyStoreInvalidStateException", message);

    public static ServiceError Unsupported(string message) => new("UnsupportedOperationException", message);
}
