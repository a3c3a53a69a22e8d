using System;
using System.Linq;
using KeyLifecycle.Policies;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Policies;

public sealed class KmsActionTests
{
    // The "Cross-account use" column of the AWS KMS permissions reference
    // (https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html): the operations whose
    // row says "Yes". Every other key operation is for principals of the key's own account only.
    private static readonly string[] s_crossAccount =
    [
        "CreateGrant", "Decrypt", "DeriveSharedSecret", "DescribeKey", "Encrypt", "GenerateDataKey", "GenerateDataKeyPair",
        "GenerateDataKeyPairWithoutPlaintext", "GenerateDataKeyWithoutPlaintext", "GenerateMac", "GetKeyRotationStatus",
        "GetPublicKey", "ListGrants", "RetireGrant", "RevokeGrant", "Sign", "Verify", "VerifyMac",
    ];

    public static TheoryData<KmsOperation> KeyOperations() => [.. Enum.GetValues<KmsOperation>().Where(operation => operation != KmsOperation.ReEncrypt)];

    [Theory]
    [MemberData(nameof(KeyOperations))]
    public void For_EveryOperation_IsKmsAndItsName_CrossAccountAsTheReferenceSays(KmsOperation operation)
    {
        var action = KmsAction.For(operation);

        action.ToString().ShouldBe("kms:" + operation);
        action.OperationName.ShouldBe(operation.ToString());
        action.AllowsCrossAccount.ShouldBe(s_crossAccount.Contains(operation.ToString()));
        action.ShouldBe(KmsAction.Parse("kms:" + operation));
    }

    [Fact]
    public void ReEncrypt_NeedsTwoActions_BothAllowedAcrossAccounts()
    {
        Should.Throw<ArgumentException>(() => KmsAction.For(KmsOperation.ReEncrypt)).ParamName.ShouldBe("operation");
        KmsAction.ReEncryptFrom.ToString().ShouldBe("kms:ReEncryptFrom");
        KmsAction.ReEncryptTo.ToString().ShouldBe("kms:ReEncryptTo");
        KmsAction.ReEncryptFrom.AllowsCrossAccount.ShouldBeTrue();
        KmsAction.ReEncryptTo.AllowsCrossAccount.ShouldBeTrue();
        KmsAction.CreateKey.OperationName.ShouldBe("CreateKey");
        KmsAction.CreateKey.AllowsCrossAccount.ShouldBeFalse();
    }

    [Fact]
    public void Default_IsNoAction()
    {
        KmsAction action = default;

        action.ToString().ShouldBe(string.Empty);
        action.OperationName.ShouldBe(string.Empty);
        action.AllowsCrossAccount.ShouldBeFalse();
        $"{action}".ShouldBe(string.Empty);
    }

    [Theory]
    [InlineData("kms:E")]
    [InlineData("kms:encrypt")]
    [InlineData("kms:SomethingNew")]
    public void TryParse_KmsAndAsciiLetters_IsAnAction(string text)
    {
        KmsAction.TryParse(text, out var action).ShouldBeTrue();
        action.ToString().ShouldBe(text);
        action.OperationName.ShouldBe(text[4..]);
    }

    [Fact]
    public void TryParse_SixtyFourLetters_IsTheLongestAction()
    {
        KmsAction.TryParse("kms:" + new string('A', 64), out _).ShouldBeTrue();
        KmsAction.TryParse("kms:" + new string('A', 65), out var refused).ShouldBeFalse();
        refused.ShouldBe(default);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("kms:")]
    [InlineData("KMS:Encrypt")]
    [InlineData("kms:Encrypt*")]
    [InlineData("kms:Re-Encrypt")]
    [InlineData("kms:Encrypt ")]
    [InlineData("kms:Encr\u00e9pt")]
    [InlineData("iam:PassRole")]
    [InlineData("Encrypt")]
    public void TryParse_AnythingElse_IsRefused(string? text)
    {
        KmsAction.TryParse(text, out var action).ShouldBeFalse();
        action.ShouldBe(default);
        if (text is not null)
        {
            Should.Throw<FormatException>(() => KmsAction.Parse(text)).Message.ShouldBe($"'{text}' is not a KMS action such as kms:Encrypt.");
        }
    }

    [Fact]
    public void Parse_Null_Throws() => Should.Throw<ArgumentNullException>(() => KmsAction.Parse(null!));

    [Fact]
    public void TryFormat_WritesTheActionWhenItFits()
    {
        ISpanFormattable action = KmsAction.For(KmsOperation.Encrypt);

        var room = new char[11];
        action.TryFormat(room, out var written, default, null).ShouldBeTrue();
        new string(room, 0, written).ShouldBe("kms:Encrypt");
        action.TryFormat(new char[10], out written, default, null).ShouldBeFalse();
        written.ShouldBe(0);
        action.ToString(null, null).ShouldBe("kms:Encrypt");
    }
}
