namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="GetParametersForImportRequest"/> that passed model validation: the members its handler reads, the required ones not nullable.</summary>
internal readonly record struct ValidGetParametersForImportRequest(
    string KeyId,
    string WrappingAlgorithm,
    string WrappingKeySpec);
