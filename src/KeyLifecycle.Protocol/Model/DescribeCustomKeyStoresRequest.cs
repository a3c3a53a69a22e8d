using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>DescribeCustomKeyStores</c>.</summary>
internal sealed class DescribeCustomKeyStoresRequest : ListRequest
{
    public string? CustomKeyStoreId { get; init; }

    public string? CustomKeyStoreName { get; init; }

    public override ValidationFailed? Validate() => Paging(new ModelValidator()
        .Length("customKeyStoreId", CustomKeyStoreId, Shapes.CustomKeyStoreIdMin, Shapes.CustomKeyStoreIdMax)
        .Length("customKeyStoreName", CustomKeyStoreName, Shapes.CustomKeyStoreNameMin, Shapes.CustomKeyStoreNameMax))
        .Result;
}
