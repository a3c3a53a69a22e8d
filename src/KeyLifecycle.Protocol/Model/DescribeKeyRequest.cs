using System.Collections.Generic;
using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>DescribeKey</c>.</summary>
internal sealed class DescribeKeyRequest : IKmsRequest
{
    public string? KeyId { get; init; }

    public List<string?>? GrantTokens { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .GrantTokens(GrantTokens)
        .Result;
}
