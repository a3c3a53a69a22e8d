using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>The default key policy KMS gives a key created without one: the account may do everything with the key through IAM.</summary>
/// <remarks>Policies are returned, not enforced: this endpoint does not evaluate authorization.</remarks>
internal static class DefaultKeyPolicy
{
    public static string For(KeyArn key) =>
        "{\n  \"Version\" : \"2012-10-17\",\n  \"Id\" : \"key-default-1\",\n  \"Statement\" : [ {\n    \"Sid\" : \"Enable IAM User Permissions\",\n"
        + "    \"Effect\" : \"Allow\",\n    \"Principal\" : {\n      \"AWS\" : \"arn:" + key.Partition + ":iam::" + key.AccountId + ":root\"\n    },\n"
        + "    \"Action\" : \"kms:*\",\n    \"Resource\" : \"*\"\n  } ]\n}";
}
