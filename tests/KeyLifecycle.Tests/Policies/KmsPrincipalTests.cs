using System;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Policies;

// The principal forms of https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
// and https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns: an empty Region,
// a 12-digit account, and IAM names of 1 to 128 letters, digits and +=,.@_-.
public sealed class KmsPrincipalTests
{
    private static readonly string s_name128 = new('n', 128);

    [Theory]
    [InlineData("arn:aws:iam::111122223333:root", PrincipalKind.AccountRoot, "aws", "111122223333", "")]
    [InlineData("arn:aws-cn:iam::111122223333:root", PrincipalKind.AccountRoot, "aws-cn", "111122223333", "")]
    [InlineData("arn:aws:iam::111122223333:user/Alice", PrincipalKind.IamUser, "aws", "111122223333", "Alice")]
    [InlineData("arn:aws:iam::111122223333:user/division/team/Alice", PrincipalKind.IamUser, "aws", "111122223333", "Alice")]
    [InlineData("arn:aws:iam::111122223333:user/a+=,.@_-z", PrincipalKind.IamUser, "aws", "111122223333", "a+=,.@_-z")]
    [InlineData("arn:aws-us-gov:iam::444455556666:role/Admin", PrincipalKind.IamRole, "aws-us-gov", "444455556666", "Admin")]
    [InlineData("arn:aws:iam::444455556666:role/service-role/Worker", PrincipalKind.IamRole, "aws", "444455556666", "Worker")]
    [InlineData("arn:aws:sts::444455556666:assumed-role/Admin/session-1", PrincipalKind.AssumedRole, "aws", "444455556666", "Admin")]
    [InlineData("arn:aws:sts::444455556666:federated-user/Bob", PrincipalKind.FederatedUser, "aws", "444455556666", "Bob")]
    public void Parse_Arn_HasItsKindPartitionAccountAndName(string text, PrincipalKind kind, string partition, string account, string name)
    {
        var principal = KmsPrincipal.Parse(text);

        principal.Kind.ShouldBe(kind);
        principal.Partition.ShouldBe(AwsPartition.Parse(partition));
        principal.AccountId.ShouldBe(AwsAccountId.Parse(account));
        principal.Name.ShouldBe(name);
        principal.IsAccountRoot.ShouldBe(kind == PrincipalKind.AccountRoot);
        principal.ToString().ShouldBeSameAs(text);
    }

    [Theory]
    [InlineData("logs.us-east-1.amazonaws.com")]
    [InlineData("dynamodb.amazonaws.com")]
    [InlineData("a.b")]
    [InlineData("my-service2.example-1.com")]
    public void Parse_ServiceName_IsAServicePrincipalWithoutAccount(string text)
    {
        var principal = KmsPrincipal.Parse(text);

        principal.Kind.ShouldBe(PrincipalKind.Service);
        principal.AccountId.ShouldBe(default);
        principal.Partition.ShouldBe(default);
        principal.Name.ShouldBe(string.Empty);
        principal.IsAccountRoot.ShouldBeFalse();
    }

    public static TheoryData<string?> NotPrincipals() =>
    [
        null,
        "",
        "*",
        "amazonaws",
        ".amazonaws.com",
        "logs.amazonaws.",
        "Logs.amazonaws.com",
        "logs_1.amazonaws.com",
        "arn:aws:iam:us-east-1:111122223333:root",
        "arn:aws:iam::11112222333:root",
        "arn:aws:iam::111122223333:Root",
        "arn:aws:iam::111122223333",
        "arn:aws:s3::111122223333:root",
        "arn:aws:sts::111122223333:root",
        "arn:nope:iam::111122223333:root",
        "arn:aws:iam::111122223333:group/Admins",
        "arn:aws:iam::111122223333:user/",
        "arn:aws:iam::111122223333:user//Alice",
        "arn:aws:iam::111122223333:user/division//Alice",
        "arn:aws:iam::111122223333:user/Al!ce",
        "arn:aws:iam::111122223333:user/" + new string('n', 129),
        "arn:aws:iam::111122223333:role/",
        "arn:aws:iam::111122223333:role/Ad min",
        "arn:aws:iam::111122223333:assumed-role/Admin/session",
        "arn:aws:sts::111122223333:assumed-role/Admin",
        "arn:aws:sts::111122223333:assumed-role/Admin/session/extra",
        "arn:aws:sts::111122223333:assumed-role//session",
        "arn:aws:sts::111122223333:assumed-role/Admin/",
        "arn:aws:sts::111122223333:assumed-role/Admin/ses$ion",
        "arn:aws:sts::111122223333:federated-user/",
        "arn:aws:sts::111122223333:federated-user/B*b",
        "arn:aws:iam::111122223333:federated-user/Bob",
        "arn:aws:iam::111122223333:user/" + new string('n', 2048),
    ];

    [Theory]
    [MemberData(nameof(NotPrincipals))]
    public void TryParse_NotAPrincipal_IsRefused(string? text)
    {
        KmsPrincipal.TryParse(text, out var principal).ShouldBeFalse();
        principal.ShouldBe(default);
        if (text is not null)
        {
            Should.Throw<FormatException>(() => KmsPrincipal.Parse(text)).Message.ShouldBe($"'{text}' is not an IAM principal ARN or a service principal name.");
        }
    }

    [Fact]
    public void TryParse_NamesAtTheirLongest_AreAccepted()
    {
        KmsPrincipal.Parse("arn:aws:iam::111122223333:user/" + s_name128).Name.ShouldBe(s_name128);
        KmsPrincipal.Parse("arn:aws:sts::111122223333:assumed-role/" + s_name128 + "/" + s_name128).Name.ShouldBe(s_name128);
        KmsPrincipal.Parse("arn:aws:sts::111122223333:federated-user/" + s_name128).Name.ShouldBe(s_name128);
        KmsPrincipal.TryParse("arn:aws:sts::111122223333:federated-user/" + s_name128 + "n", out _).ShouldBeFalse();
    }

    [Fact]
    public void TryParse_TextOf2048Characters_IsTheLongestAccepted()
    {
        var service = new string('a', 2044) + ".com";
        KmsPrincipal.Parse(service).Kind.ShouldBe(PrincipalKind.Service);
        KmsPrincipal.TryParse("a" + service, out _).ShouldBeFalse();
    }

    [Fact]
    public void AccountRoot_IsTheRootArnOfTheAccount()
    {
        var root = KmsPrincipal.AccountRoot(AwsPartition.Parse("aws-cn"), AwsAccountId.Parse("111122223333"));

        root.ToString().ShouldBe("arn:aws-cn:iam::111122223333:root");
        root.ShouldBe(KmsPrincipal.Parse("arn:aws-cn:iam::111122223333:root"));
        root.IsAccountRoot.ShouldBeTrue();
        Should.Throw<ArgumentException>(() => KmsPrincipal.AccountRoot(default, AwsAccountId.Parse("111122223333")));
        Should.Throw<ArgumentException>(() => KmsPrincipal.AccountRoot(AwsPartition.Parse("aws"), default));
    }

    [Fact]
    public void Default_IsNoPrincipal()
    {
        KmsPrincipal principal = default;

        principal.Kind.ShouldBe(PrincipalKind.None);
        principal.ToString().ShouldBe(string.Empty);
        principal.Name.ShouldBe(string.Empty);
        principal.IsAccountRoot.ShouldBeFalse();
        Should.Throw<ArgumentNullException>(() => KmsPrincipal.Parse(null!));
    }

    [Theory]
    [InlineData("arn:aws:iam::444455556666:role/Admin", true)]
    [InlineData("arn:aws:iam::444455556666:role/path/Admin", false)]
    [InlineData("arn:aws:sts::444455556666:assumed-role/Admin/session-1", true)]
    [InlineData("arn:aws:sts::111122223333:assumed-role/Admin/session-1", false)]
    [InlineData("arn:aws-cn:sts::444455556666:assumed-role/Admin/session-1", false)]
    [InlineData("arn:aws:sts::444455556666:assumed-role/Other/session-1", false)]
    [InlineData("arn:aws:iam::444455556666:user/Admin", false)]
    [InlineData("arn:aws:sts::444455556666:federated-user/Admin", false)]
    public void IsRoleOrSessionOf_IsTheRoleItselfOrASessionOfIt(string principal, bool expected)
    {
        var role = KmsPrincipal.Parse("arn:aws:iam::444455556666:role/Admin");

        KmsPrincipal.Parse(principal).IsRoleOrSessionOf(role).ShouldBe(expected);
        KmsPrincipal.Parse(principal).IsRoleOrSessionOf(KmsPrincipal.Parse("arn:aws:iam::444455556666:user/Admin")).ShouldBeFalse();
    }

    [Fact]
    public void TryFormat_WritesTheTextWhenItFits()
    {
        ISpanFormattable principal = KmsPrincipal.Parse("a.b");

        var room = new char[3];
        principal.TryFormat(room, out var written, default, null).ShouldBeTrue();
        new string(room, 0, written).ShouldBe("a.b");
        principal.TryFormat(new char[2], out written, default, null).ShouldBeFalse();
        written.ShouldBe(0);
        principal.ToString(null, null).ShouldBe("a.b");
    }
}
