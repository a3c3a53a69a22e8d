using System.Collections.Generic;
using System.Text;

namespace KeyLifecycle;

/// <summary>What a <c>CreateKey</c> request asks for: the parameters that shape the new key.</summary>
/// <remarks>
/// Every property has the service's default, so <c>new KeyCreationRequest()</c> asks for what <c>CreateKey</c> with no
/// parameters makes: a symmetric encryption key with origin <c>AWS_KMS</c>. The request is checked by
/// <see cref="KmsKey.Create(KeyCreationRequest, System.Guid, KmsCaller, System.DateTimeOffset)"/>, not when it is built.
/// See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html">CreateKey</see>.
/// </remarks>
public sealed record KeyCreationRequest
{
    /// <summary>The key's description, 0 to 8192 characters; <see langword="null"/> for none.</summary>
    public string? Description { get; init; }

    /// <summary>What the key is for; <see langword="null"/> for the service's default, <c>ENCRYPT_DECRYPT</c>, which only symmetric encryption and RSA keys can have.</summary>
    public KeyUsage? KeyUsage { get; init; }

    /// <summary>The type of key material; the default is <see cref="KeySpec.SymmetricDefault"/>.</summary>
    public KeySpec KeySpec { get; init; } = KeySpec.SymmetricDefault;

    /// <summary>Where the key material comes from; the default is <see cref="KeyOrigin.AwsKms"/>.</summary>
    public KeyOrigin Origin { get; init; } = KeyOrigin.AwsKms;

    /// <summary>Whether to create a multi-Region primary key (with an <c>mrk-</c> key ID).</summary>
    public bool MultiRegion { get; init; }

    /// <summary>The custom key store to create the key in; required for origins <c>AWS_CLOUDHSM</c> and <c>EXTERNAL_KEY_STORE</c>, refused for the others.</summary>
    public string? CustomKeyStoreId { get; init; }

    /// <summary>Who manages the key; <see cref="KeyManager.Aws"/> only for hosts that create AWS managed keys themselves.</summary>
    public KeyManager KeyManager { get; init; } = KeyManager.Customer;

    /// <summary>The key's tags.</summary>
    public IReadOnlyList<KeyTag> Tags { get; init; } = [];

    // Every member, with the tags as a list rather than the name of the list's type, so that a test failure shows them.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Description = ").Append(Description is null ? "null" : "\"" + Description + "\"")
            .Append(", KeyUsage = ").Append(KeyUsage?.ToString() ?? "null")
            .Append(", KeySpec = ").Append(KeySpec)
            .Append(", Origin = ").Append(Origin)
            .Append(", MultiRegion = ").Append(MultiRegion)
            .Append(", CustomKeyStoreId = ").Append(CustomKeyStoreId ?? "null")
            .Append(", KeyManager = ").Append(KeyManager)
            .Append(", Tags = [");
        for (var i = 0; i < Tags.Count; i++)
        {
            builder.Append(i > 0 ? ", " : string.Empty).Append(Tags[i].TagKey).Append('=').Append(Tags[i].TagValue);
        }

        builder.Append(']');
        return true;
    }
}
