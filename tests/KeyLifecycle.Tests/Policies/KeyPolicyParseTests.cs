using System.Linq;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Policies;

public sealed class KeyPolicyParseTests
{
    private const string Alice = "arn:aws:iam::111122223333:user/Alice";

    private static string Policy(string statement) => "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}";

    private static MalformedPolicyDocument Refusal(string text)
    {
        var parsed = KeyPolicy.Parse(text);
        parsed.IsT1.ShouldBeTrue();
        parsed.AsT1.ErrorCode.ShouldBe("MalformedPolicyDocumentException");
        return parsed.AsT1;
    }

    [Fact]
    public void CreateDefault_ForAnAccount_IsTheServicesDefaultKeyPolicy()
    {
        // The default key policy of keys created programmatically:
        // https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-root-enable-iam
        var policy = KeyPolicy.CreateDefault(AwsPartition.Aws, AwsAccountId.Parse("111122223333"));

        policy.Text.ShouldBe("""
            {
              "Version" : "2012-10-17",
              "Id" : "key-default-1",
              "Statement" : [ {
                "Sid" : "Enable IAM User Permissions",
                "Effect" : "Allow",
                "Principal" : {
                  "AWS" : "arn:aws:iam::111122223333:root"
                },
                "Action" : "kms:*",
                "Resource" : "*"
              } ]
            }
            """.Replace("\r\n", "\n", System.StringComparison.Ordinal));
        policy.IsDefaultShape.ShouldBeTrue();
        policy.Version.ShouldBe("2012-10-17");
        policy.Id.ShouldBe("key-default-1");
        policy.Statements.Count.ShouldBe(1);
        policy.Statements[0].Sid.ShouldBe("Enable IAM User Permissions");
        policy.Statements[0].Effect.ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void CreateDefault_InChina_NamesTheRootOfThatPartition()
    {
        KeyPolicy.CreateDefault(AwsPartition.AwsCn, AwsAccountId.Parse("111122223333")).Text
            .ShouldContain("\"AWS\" : \"arn:aws-cn:iam::111122223333:root\"");
    }

    [Fact]
    public void Parse_AStatementObjectWithASidWithSpaces_IsAccepted()
    {
        // "The Sid element in a key policy statement can include spaces." (key-policy-overview.html#key-policy-format)
        var text = "{\"Statement\":{\"Sid\":\"Allow use of the key\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\"}}";

        var policy = KeyPolicy.Parse(text).AsT0;

        policy.Text.ShouldBe(text);
        policy.Version.ShouldBeNull();
        policy.Statements[0].Sid.ShouldBe("Allow use of the key");
        policy.Statements[0].Effect.ShouldBe(PolicyEffect.Deny);
        policy.IsDefaultShape.ShouldBeFalse();
    }

    [Fact]
    public void Parse_AStatementWithoutActionOrResource_IsAcceptedAndHasNoEffect()
    {
        // "If either of the required Resource or Action elements are missing from a key policy statement, the policy statement
        // has no effect. ... the PutKeyPolicy API request succeeds" (API_PutKeyPolicy.html).
        var policy = KeyPolicy.Parse(Policy($"{{\"Effect\":\"Allow\",\"Principal\":{{\"AWS\":\"{Alice}\"}},\"Action\":\"kms:*\"}}")).AsT0;

        policy.Statements[0].IsEffective.ShouldBeFalse();
    }

    [Fact]
    public void Parse_AStatementWithoutPrincipal_IsRefusedWithNoPrincipal()
    {
        // Recorded: "MalformedPolicyDocumentException: Policy contains a statement with no principal."
        // (https://github.com/terraform-aws-modules/terraform-aws-eks/pull/2163)
        Refusal(Policy("{\"Effect\":\"Allow\",\"Action\":\"kms:*\",\"Resource\":\"*\"}")).Message
            .ShouldBe("Policy contains a statement with no principal.");
        Refusal(Policy("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[]},\"Action\":\"kms:*\",\"Resource\":\"*\"}")).Message
            .ShouldBe("Policy contains a statement with no principal.");
    }

    [Theory]
    [InlineData("{\"AWS\":\"arn:aws:iam::1111:user/Alice\"}")]
    [InlineData("{\"AWS\":\"Alice\"}")]
    [InlineData("{\"AWS\":\"arn:aws:s3:::bucket\"}")]
    [InlineData("{\"Service\":\"not a service\"}")]
    [InlineData("{\"CanonicalUser\":\"79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be\"}")]
    [InlineData("\"arn:aws:iam::111122223333:root\"")]
    public void Parse_AnInvalidPrincipal_IsRefusedWithInvalidPrincipals(string principal)
    {
        // Recorded: "MalformedPolicyDocumentException: Policy contains a statement with one or more invalid principals."
        // (https://github.com/cookiecutter-openedx/cookiecutter-openedx-devops/issues/62)
        Refusal(Policy("{\"Effect\":\"Allow\",\"Principal\":" + principal + ",\"Action\":\"kms:*\",\"Resource\":\"*\"}")).Message
            .ShouldBe("Policy contains a statement with one or more invalid principals.");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"Version\":\"2012-10-17\"}")]
    [InlineData("{\"Statement\":[]}")]
    [InlineData("{\"Statement\":[{\"Effect\":\"allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}")]
    [InlineData("{\"Statement\":[{\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}")]
    [InlineData("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"Encrypt\",\"Resource\":\"*\"}]}")]
    [InlineData("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\",\"Condition\":{\"StringSortOf\":{\"kms:CallerAccount\":\"111122223333\"}}}]}")]
    [InlineData("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"NotPrincipal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}")]
    [InlineData("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\",\"Extra\":1}]}")]
    [InlineData("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":[1],\"Resource\":\"*\"}]}")]
    [InlineData("{\"Statement\":[],\"Unknown\":\"x\"}")]
    public void Parse_ASyntaxError_IsRefusedWithSyntaxErrors(string text)
    {
        // The project's choice: IAM's recorded text "Syntax errors in policy." (https://github.com/kubernetes/kops/issues/1920);
        // KMS's own wording for these documents is not recorded.
        Refusal(text).Message.ShouldBe("Syntax errors in policy.");
    }

    [Fact]
    public void Parse_AnActionWithTwoColons_IsRefusedWithTheColonText()
    {
        // IAM's recorded text: "Actions/Condition can contain only one colon." (https://github.com/garnaat/kappa/issues/111).
        Refusal(Policy("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:Encrypt:Decrypt\",\"Resource\":\"*\"}")).Message
            .ShouldBe("Actions/Condition can contain only one colon.");
    }

    [Fact]
    public void Parse_AnUnknownVersion_IsRefusedWithTheLegacyParsingText()
    {
        // IAM's recorded text: "The policy failed legacy parsing" (https://github.com/aws-samples/torchserve-eks/issues/3).
        Refusal("{\"Version\":\"2010-01-01\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}").Message
            .ShouldBe("The policy failed legacy parsing");
    }

    [Fact]
    public void Parse_ADocumentOf32768Bytes_IsAcceptedAndOneByteMoreIsRefused()
    {
        // "Up to 32 kilobytes (32,768 bytes)" (key-policy-overview.html#key-policy-format); counted in UTF-8 bytes.
        var body = Policy("{\"Sid\":\"é\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\"}");
        var bytes = System.Text.Encoding.UTF8.GetByteCount(body);
        var fits = body + new string(' ', 32768 - bytes);

        KeyPolicy.Parse(fits).IsT0.ShouldBeTrue();
        Refusal(fits + " ").Message.ShouldBe("The key policy exceeds the maximum size of 32768 bytes.");
    }

    [Fact]
    public void Parse_AllPrincipalForms_AreAccepted()
    {
        var text = Policy("""
            {"Effect":"Allow","Principal":{"AWS":["*","111122223333","arn:aws:iam::111122223333:root","arn:aws:iam::111122223333:user/division/Alice",
             "arn:aws:iam::111122223333:role/Admin","arn:aws:sts::111122223333:assumed-role/Admin/my-session","arn:aws:sts::111122223333:federated-user/Bob"],
             "Service":"dynamodb.amazonaws.com","Federated":"cognito-identity.amazonaws.com"},"Action":["kms:Encrypt","kms:Decrypt"],"NotResource":"arn:aws:kms:*:444455556666:key/*",
             "Condition":{"ForAnyValue:StringEqualsIfExists":{"kms:EncryptionContextKeys":["a","b"]},"Bool":{"kms:GrantIsForAWSResource":true},"NumericLessThan":{"kms:RotationPeriodInDays":365}}}
            """);

        KeyPolicy.Parse(text).IsT0.ShouldBeTrue();
    }

    private const string AllowAll = "\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\"";

    [Theory]
    [InlineData("{\"Version\":2012,\"Statement\":[{" + AllowAll + "}]}")]
    [InlineData("{\"Id\":7,\"Statement\":[{" + AllowAll + "}]}")]
    [InlineData("{\"Statement\":\"Allow\"}")]
    [InlineData("{\"Statement\":[{" + AllowAll + "},\"second\"]}")]
    [InlineData("{\"Statement\":[{\"Sid\":1," + AllowAll + "}]}")]
    [InlineData("{\"Statement\":[{\"Effect\":true,\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}")]
    [InlineData("{\"Statement\":[{" + AllowAll + ",\"Principal\":\"*\"}]}")]
    [InlineData("{\"Statement\":[{" + AllowAll + ",\"NotAction\":\"kms:Encrypt\"}]}")]
    [InlineData("{\"Statement\":[{" + AllowAll + ",\"NotResource\":\"*\"}]}")]
    [InlineData("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"\"}]}")]
    [InlineData("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":[]}]}")]
    [InlineData("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":[],\"Resource\":\"*\"}]}")]
    [InlineData("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":{\"kms\":\"*\"},\"Resource\":\"*\"}]}")]
    [InlineData("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\":Encrypt\",\"Resource\":\"*\"}]}")]
    [InlineData("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:\",\"Resource\":\"*\"}]}")]
    [InlineData("{\"Statement\":[{" + AllowAll + ",\"Condition\":\"kms:CallerAccount\"}]}")]
    [InlineData("{\"Statement\":[{" + AllowAll + ",\"Condition\":{\"StringEquals\":\"x\"}}]}")]
    [InlineData("{\"Statement\":[{" + AllowAll + ",\"Condition\":{\"StringEquals\":{\"\":\"x\"}}}]}")]
    [InlineData("{\"Statement\":[{" + AllowAll + ",\"Condition\":{\"StringEquals\":{\"kms:ViaService\":[]}}}]}")]
    [InlineData("{\"Statement\":[{" + AllowAll + ",\"Condition\":{\"StringEquals\":{\"kms:ViaService\":[null]}}}]}")]
    [InlineData("{\"Statement\":[{" + AllowAll + ",\"Condition\":{\"StringEquals\":{\"kms:ViaService\":{\"a\":\"b\"}}}}]}")]
    [InlineData("{\"Statement\":[{" + AllowAll + ",\"Condition\":{\"StringEquals\":{\"kms:ViaService\":null}}}]}")]
    [InlineData("{\"Statement\":[{" + AllowAll + ",\"Condition\":{\"NullIfExists\":{\"kms:ViaService\":\"true\"}}}]}")]
    [InlineData("{\"Statement\":[{" + AllowAll + ",\"Condition\":{\"ForAnyValue:Null\":{\"kms:ViaService\":\"true\"}}}]}")]
    [InlineData("{\"Statement\":[{" + AllowAll + ",\"Condition\":{\"ForAllValues:Null\":{\"kms:ViaService\":\"true\"}}}]}")]
    [InlineData("{\"Statement\":[{" + AllowAll + ",\"Condition\":{\"forAnyValue:StringEquals\":{\"kms:ViaService\":\"x\"}}}]}")]
    [InlineData("{\"Statement\":[{" + AllowAll + ",\"Condition\":{\"StringEqualsIfexists\":{\"kms:ViaService\":\"x\"}}}]}")]
    [InlineData("{\"Statement\":[{" + AllowAll + ",\"Condition\":{\"IfExists\":{\"kms:ViaService\":\"x\"}}}]}")]
    [InlineData("{\"Statement\":[[[[[[[[[[[[[[[[[[\"deep\"]]]]]]]]]]]]]]]]]]}")]
    public void Parse_AnotherSyntaxError_IsRefusedWithSyntaxErrors(string text) =>
        Refusal(text).Message.ShouldBe("Syntax errors in policy.");

    [Theory]
    [InlineData("{\"AWS\":5}")]
    [InlineData("[\"*\"]")]
    [InlineData("\"Alice\"")]
    [InlineData("{\"Federated\":\"\"}")]
    [InlineData("{\"AWS\":\"dynamodb.amazonaws.com\"}")]
    [InlineData("{\"Service\":\"arn:aws:iam::111122223333:root\"}")]
    [InlineData("{\"AWS\":[\"111122223333\",\"Alice\"]}")]
    public void Parse_AnotherInvalidPrincipal_IsRefusedWithInvalidPrincipals(string principal) =>
        Refusal(Policy("{\"Effect\":\"Allow\",\"Principal\":" + principal + ",\"Action\":\"kms:*\",\"Resource\":\"*\"}")).Message
            .ShouldBe("Policy contains a statement with one or more invalid principals.");

    [Fact]
    public void Parse_ADocumentOverTheLimitInCharacters_IsRefusedBeforeItIsRead() =>
        Refusal(Policy("{" + AllowAll + "}") + new string(' ', 32768)).Message.ShouldBe("The key policy exceeds the maximum size of 32768 bytes.");

    [Fact]
    public void Parse_AWellFormedDocument_KeepsEveryPart()
    {
        var text = """
            {"Version":"2008-10-17","Id":"key-policy-1","Statement":{"Sid":"Only","Effect":"Deny",
             "NotPrincipal":{"AWS":["111122223333","arn:aws:iam::444455556666:root","arn:aws:iam::444455556666:user/Alice"],"Service":[],"Federated":"cognito-identity.amazonaws.com"},
             "NotAction":["kms:Encrypt","kms:*"],"NotResource":["arn:aws:kms:*:444455556666:key/*"],
             "Condition":{"ForAllValues:NumericLessThanIfExists":{"kms:RotationPeriodInDays":[90,"365"]},"Bool":{"kms:GrantIsForAWSResource":false},
              "StringLike":{"kms:ViaService":"ec2.*.amazonaws.com","kms:CallerAccount":true},"Null":{"kms:GranteePrincipal":"true"}}}}
            """;

        var policy = KeyPolicy.Parse(text).AsT0;

        policy.Text.ShouldBeSameAs(text);
        policy.ToString().ShouldBeSameAs(text);
        policy.Version.ShouldBe("2008-10-17");
        policy.Id.ShouldBe("key-policy-1");
        policy.IsDefaultShape.ShouldBeFalse();
        var statement = policy.Statements.ShouldHaveSingleItem();
        statement.Sid.ShouldBe("Only");
        statement.Effect.ShouldBe(PolicyEffect.Deny);
        statement.IsEffective.ShouldBeTrue();
        statement.NotPrincipal.ShouldBeTrue();
        statement.Principals.Length.ShouldBe(4);
        statement.NotAction.ShouldBeTrue();
        statement.Actions.ShouldBe(["kms:Encrypt", "kms:*"]);
        statement.NotResource.ShouldBeTrue();
        statement.Resources.ShouldBe(["arn:aws:kms:*:444455556666:key/*"]);
        statement.Conditions.Select(c => (c.Operator, c.Qualifier, c.IfExists, c.Key, string.Join("|", c.Values))).ShouldBe(
        [
            (ConditionOperator.NumericLessThan, ConditionQualifier.ForAllValues, true, "kms:RotationPeriodInDays", "90|365"),
            (ConditionOperator.Bool, ConditionQualifier.None, false, "kms:GrantIsForAWSResource", "false"),
            (ConditionOperator.StringLike, ConditionQualifier.None, false, "kms:ViaService", "ec2.*.amazonaws.com"),
            (ConditionOperator.StringLike, ConditionQualifier.None, false, "kms:CallerAccount", "true"),
            (ConditionOperator.Null, ConditionQualifier.None, false, "kms:GranteePrincipal", "true"),
        ]);
    }

    [Fact]
    public void Parse_AStatementWithAllowAndNoVersionOrId_HasNeither()
    {
        var policy = KeyPolicy.Parse("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"*\",\"Resource\":\"*\"}]}").AsT0;

        policy.Version.ShouldBeNull();
        policy.Id.ShouldBeNull();
        var statement = policy.Statements.ShouldHaveSingleItem();
        statement.Effect.ShouldBe(PolicyEffect.Allow);
        statement.Sid.ShouldBeNull();
        statement.NotPrincipal.ShouldBeFalse();
        statement.NotAction.ShouldBeFalse();
        statement.NotResource.ShouldBeFalse();
        statement.Conditions.ShouldBeEmpty();
    }

    [Fact]
    public void PolicyNames_AreJustDefault()
    {
        KeyPolicies.ListKeyPolicies().ShouldBe(["default"]);
        KeyPolicy.PolicyName.ShouldBe("default");
    }
}
