using System.Text.RegularExpressions;
using KeyLifecycle.Resolution;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The constraints of the KMS API model's simple shapes (botocore <c>kms/2014-11-01/service-2.json</c>).</summary>
/// <remarks>Limits the domain also enforces are read from it, so each is written once.</remarks>
internal static partial class Shapes
{
    public const int KeyIdMin = 1, KeyIdMax = KeyResolver.MaxKeyIdLength;
    public const int DescriptionMax = KeyTransitions.MaxDescriptionLength;
    public const int TagKeyMin = 1, TagKeyMax = KeyTag.MaxKeyLength;
    public const int TagValueMax = KeyTag.MaxValueLength;
    public const int PolicyMin = 1, PolicyMax = 131072;
    public const int LimitMin = 1, LimitMax = 1000;
    public const int MarkerMin = 1, MarkerMax = 1024;
    public const int RegionMin = 1, RegionMax = 32;
    public const int GrantTokenMin = 1, GrantTokenMax = Grants.KmsGrant.MaxGrantTokenLength, GrantTokensMax = 10;
    public const int GrantIdMin = 1, GrantIdMax = Grants.KmsGrant.MaxGrantIdLength;
    public const int GrantNameMin = 1, GrantNameMax = Grants.KmsGrant.MaxNameLength;
    public const int PrincipalMin = 1, PrincipalMax = 256;
    public const int CustomKeyStoreIdMin = 1, CustomKeyStoreIdMax = 64;
    public const int CustomKeyStoreNameMin = 1, CustomKeyStoreNameMax = 256;
    public const int XksKeyIdMin = 1, XksKeyIdMax = 128;
    public const int CiphertextMax = 6144;
    public const int PlaintextMax = 4096;
    public const int PublicKeyMax = 8192;
    public const int NumberOfBytesMin = 1, NumberOfBytesMax = 1024;
    public const int PendingWindowMin = 1, PendingWindowMax = 365;
    public const int RotationPeriodMin = KeyTransitions.MinRotationPeriodInDays, RotationPeriodMax = KeyTransitions.MaxRotationPeriodInDays;

    public const string PrincipalPattern = "^[\\w+=,.@:/-]+$";
    public const string GrantNamePattern = "^[a-zA-Z0-9:/_-]+$";
    public const string RegionPattern = "^([a-z]+-){2,3}\\d+$";
    public const string MarkerPattern = "[\\u0020-\\u00FF]*";
    public const string XksKeyIdPattern = "^[a-zA-Z0-9-_.]+$";
    public const string CloudHsmClusterIdPattern = "^cluster-[2-7a-zA-Z]{11,16}$";
    public const string KeyMaterialIdPattern = "^[a-f0-9]+$";
    public const string KeyMaterialDescriptionPattern = "^[a-zA-Z0-9:/_\\s.-]+$";

    // PrincipalPattern with \w as the model's Java engine reads it: ASCII letters, digits and underscore.
    [GeneratedRegex("^[A-Za-z0-9_+=,.@:/-]+\\z", RegexOptions.CultureInvariant)]
    public static partial Regex Principal();

    [GeneratedRegex("^[a-zA-Z0-9:/_-]+\\z", RegexOptions.CultureInvariant)]
    public static partial Regex GrantName();

    [GeneratedRegex(RegionPattern, RegexOptions.CultureInvariant)]
    public static partial Regex Region();

    [GeneratedRegex("^[\\u0020-\\u00FF]*$", RegexOptions.CultureInvariant)]
    public static partial Regex Marker();

    [GeneratedRegex(CloudHsmClusterIdPattern, RegexOptions.CultureInvariant)]
    public static partial Regex CloudHsmClusterId();

    [GeneratedRegex(KeyMaterialIdPattern, RegexOptions.CultureInvariant)]
    public static partial Regex KeyMaterialId();

    [GeneratedRegex(KeyMaterialDescriptionPattern, RegexOptions.CultureInvariant)]
    public static partial Regex KeyMaterialDescription();

    [GeneratedRegex(XksKeyIdPattern, RegexOptions.CultureInvariant)]
    public static partial Regex XksKeyId();
}
