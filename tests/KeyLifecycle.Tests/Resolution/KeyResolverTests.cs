using System;
using System.Collections.Generic;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Resolution;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Resolution;

/// <summary>Every answer of the specification's sections 4.3 and 8 for a request's <c>KeyId</c>, with the literal AWS text.</summary>
public class KeyResolverTests
{
    private const string Id = "1234abcd-12ab-34cd-56ef-1234567890ab";
    private const string Arn = "arn:aws:kms:us-east-1:111122223333:key/" + Id;
    private static readonly KmsCaller s_caller = KmsCaller.Create(AwsRegion.Parse("us-east-1"), AwsAccountId.Parse("111122223333"));
    private readonly Lookup _lookup = new();

    [Fact]
    public void Resolve_KeyIdOfAnExistingKey_ReturnsTheKey()
    {
        var key = _lookup.Add(Arn);

        Resolve(Id).ShouldBeSameAs(key);
    }

    [Fact]
    public void Resolve_KeyArnOfAnExistingKey_ReturnsTheKey()
    {
        var key = _lookup.Add(Arn);

        Resolve(Arn).ShouldBeSameAs(key);
    }

    [Fact]
    public void Resolve_UpperCaseKeyId_FindsTheLowerCaseKey()
    {
        var key = _lookup.Add(Arn);

        Resolve(Id.ToUpperInvariant()).ShouldBeSameAs(key);
    }

    [Fact]
    public void Resolve_MissingKeyId_IsValidationException() =>
        Error(null).ShouldBe("ValidationException: 1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null");

    [Fact]
    public void Resolve_EmptyKeyId_IsValidationException() =>
        Error("").ShouldBe("ValidationException: 1 validation error detected: Value '' at 'keyId' failed to satisfy constraint: Member must have length greater than or equal to 1");

    [Fact]
    public void Resolve_KeyIdOver2048Characters_IsValidationExceptionEchoingTheValue()
    {
        var value = new string('k', 2049);

        Error(value).ShouldBe($"ValidationException: 1 validation error detected: Value '{value}' at 'keyId' failed to satisfy constraint: Member must have length less than or equal to 2048");
    }

    [Fact]
    public void Resolve_KeyIdOf2048Characters_IsNotAValidationError() =>
        Error(new string('k', 2048)).ShouldStartWith("NotFoundException: Invalid keyId 'kkkk");

    [Fact]
    public void Resolve_UnknownKeyId_IsNotFoundWithTheCallersArn() =>
        Error(Id).ShouldBe($"NotFoundException: Key '{Arn}' does not exist");

    [Fact]
    public void Resolve_UnknownKeyArn_IsNotFoundWithThatArn() =>
        Error(Arn).ShouldBe($"NotFoundException: Key '{Arn}' does not exist");

    [Fact]
    public void Resolve_UnknownMultiRegionKeyId_IsNotFoundWithTheMrkArn() =>
        Error("mrk-1234abcd12ab34cd56ef1234567890ab")
            .ShouldBe("NotFoundException: Key 'arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab' does not exist");

    [Fact]
    public void Resolve_KeyIdOfAKeyInAnotherRegion_IsNotFoundInTheCallersRegion()
    {
        _lookup.Add("arn:aws:kms:us-west-2:111122223333:key/" + Id);

        Error(Id).ShouldBe($"NotFoundException: Key '{Arn}' does not exist");
    }

    [Fact]
    public void Resolve_KeyArnOfAnotherRegion_IsInvalidArnNamingTheRegion()
    {
        _lookup.Add("arn:aws:kms:us-west-2:111122223333:key/" + Id);

        Error("arn:aws:kms:us-west-2:111122223333:key/" + Id).ShouldBe("NotFoundException: Invalid arn us-west-2");
    }

    [Fact]
    public void Resolve_KeyArnOfAnotherPartition_IsInvalidArnNamingThePartition() =>
        Error("arn:aws-cn:kms:cn-north-1:111122223333:key/" + Id).ShouldBe("NotFoundException: Invalid arn aws-cn");

    [Fact]
    public void Resolve_ArnOfAnotherRegionWithABadKeyPart_ReportsTheRegionFirst() =>
        Error("arn:aws:kms:us-west-2:111122223333:key/not-a-key").ShouldBe("NotFoundException: Invalid arn us-west-2");

    [Theory]
    [InlineData("fake-key-id")]
    [InlineData("key_id")]
    [InlineData("mrk-fake-key-id")]
    [InlineData("134f2428cec14b25a1ae9048164dba47")]
    [InlineData("mrk-1234abcd12ab34cd56ef12345678990ab")]
    public void Resolve_NotAKeyId_IsInvalidKeyIdQuotingTheInput(string input) =>
        Error(input).ShouldBe($"NotFoundException: Invalid keyId '{input}'");

    [Fact]
    public void Resolve_KeyArnWhoseKeyPartIsNotAKeyId_IsInvalidKeyIdQuotingTheKeyPart() =>
        Error("arn:aws:kms:us-east-1:111122223333:key/alias/aws/sqs").ShouldBe("NotFoundException: Invalid keyId 'alias/aws/sqs'");

    [Theory]
    [InlineData("arn:aws:kms:us-east-1:111122223333:key")]
    [InlineData("arn:aws:s3:us-east-1:111122223333:key/" + Id)]
    [InlineData("arn:aws")]
    [InlineData("arn:aws-mars:kms:us-east-1:111122223333:key/" + Id)]
    [InlineData("arn:aws:kms:us-east-1:111122223333:grant/" + Id)]
    public void Resolve_MalformedArn_IsInvalidArnException(string input) =>
        Error(input).ShouldBe($"InvalidArnException: Invalid arn {input}");

    [Theory]
    [InlineData("alias/my-alias")]
    [InlineData("arn:aws:kms:us-east-1:111122223333:alias/my-alias")]
    public void Resolve_AliasForAKeyOnlyOperation_IsInvalidKeyIdQuotingTheInput(string input)
    {
        _lookup.Add(Arn);
        _lookup.Alias("arn:aws:kms:us-east-1:111122223333:alias/my-alias", Arn);

        Error(input, KmsOperation.EnableKey).ShouldBe($"NotFoundException: Invalid keyId '{input}'");
    }

    [Theory]
    [InlineData("alias/my-alias")]
    [InlineData("arn:aws:kms:us-east-1:111122223333:alias/my-alias")]
    public void Resolve_AliasForDescribeKey_ReturnsTheTargetKey(string input)
    {
        var key = _lookup.Add(Arn);
        _lookup.Alias("arn:aws:kms:us-east-1:111122223333:alias/my-alias", Arn);

        Resolve(input, KmsOperation.DescribeKey).ShouldBeSameAs(key);
    }

    [Fact]
    public void Resolve_UnknownAliasForDescribeKey_IsNotFoundNamingTheAliasArn() =>
        Error("alias/missing", KmsOperation.DescribeKey)
            .ShouldBe("NotFoundException: Alias arn:aws:kms:us-east-1:111122223333:alias/missing is not found.");

    [Fact]
    public void Resolve_AliasArnOfAnotherRegion_IsInvalidArnNamingTheRegion() =>
        Error("arn:aws:kms:eu-west-1:111122223333:alias/my-alias", KmsOperation.DescribeKey).ShouldBe("NotFoundException: Invalid arn eu-west-1");

    [Fact]
    public void Resolve_KeyArnOfAnotherAccountForAKeyOnlyOperation_IsNotFoundWithTheArnAsGiven()
    {
        _lookup.Add("arn:aws:kms:us-east-1:444455556666:key/" + Id);

        Error("arn:aws:kms:us-east-1:444455556666:key/" + Id, KmsOperation.DisableKey)
            .ShouldBe($"NotFoundException: Key 'arn:aws:kms:us-east-1:444455556666:key/{Id}' does not exist");
    }

    [Fact]
    public void Resolve_KeyArnOfAnotherAccountForACrossAccountOperation_FindsTheKey()
    {
        var key = _lookup.Add("arn:aws:kms:us-east-1:444455556666:key/" + Id);

        Resolve("arn:aws:kms:us-east-1:444455556666:key/" + Id, KmsOperation.DescribeKey).ShouldBeSameAs(key);
    }

    [Theory]
    [InlineData(KmsOperation.EnableKey, IdentifierAcceptance.KeyOnly)]
    [InlineData(KmsOperation.DisableKey, IdentifierAcceptance.KeyOnly)]
    [InlineData(KmsOperation.ScheduleKeyDeletion, IdentifierAcceptance.KeyOnly)]
    [InlineData(KmsOperation.CancelKeyDeletion, IdentifierAcceptance.KeyOnly)]
    [InlineData(KmsOperation.DescribeKey, IdentifierAcceptance.Aliases | IdentifierAcceptance.CrossAccount)]
    [InlineData(KmsOperation.Encrypt, IdentifierAcceptance.Aliases | IdentifierAcceptance.CrossAccount)]
    [InlineData(KmsOperation.GetKeyRotationStatus, IdentifierAcceptance.CrossAccount)]
    [InlineData(KmsOperation.CreateGrant, IdentifierAcceptance.CrossAccount)]
    [InlineData(KmsOperation.ListGrants, IdentifierAcceptance.CrossAccount)]
    [InlineData(KmsOperation.RetireGrant, IdentifierAcceptance.CrossAccount)]
    [InlineData(KmsOperation.RevokeGrant, IdentifierAcceptance.CrossAccount)]
    [InlineData(KmsOperation.Sign, IdentifierAcceptance.Aliases | IdentifierAcceptance.CrossAccount)]
    [InlineData(KmsOperation.TagResource, IdentifierAcceptance.KeyOnly)]
    public void AcceptanceOf_Operation_IsAsTheApiReferenceDocuments(KmsOperation operation, IdentifierAcceptance expected) =>
        KeyResolver.AcceptanceOf(operation).ShouldBe(expected);

    [Fact]
    public void Resolve_AliasArnOfAnotherAccountWhenAliasesButNotOtherAccountsAreAccepted_IsAliasNotFound()
    {
        _lookup.Add("arn:aws:kms:us-east-1:444455556666:key/" + Id);
        _lookup.Alias("arn:aws:kms:us-east-1:444455556666:alias/theirs", "arn:aws:kms:us-east-1:444455556666:key/" + Id);

        KeyResolver.Resolve("arn:aws:kms:us-east-1:444455556666:alias/theirs", s_caller, IdentifierAcceptance.Aliases, _lookup).AsT2.Message
            .ShouldBe("Alias arn:aws:kms:us-east-1:444455556666:alias/theirs is not found.");
    }

    [Fact]
    public void Resolve_AliasArnOfAnotherAccountForACrossAccountOperation_FindsTheTarget()
    {
        var key = _lookup.Add("arn:aws:kms:us-east-1:444455556666:key/" + Id);
        _lookup.Alias("arn:aws:kms:us-east-1:444455556666:alias/theirs", "arn:aws:kms:us-east-1:444455556666:key/" + Id);

        Resolve("arn:aws:kms:us-east-1:444455556666:alias/theirs", KmsOperation.DescribeKey).ShouldBeSameAs(key);
    }

    [Fact]
    public void Resolve_AliasWhoseTargetIsGone_IsNotFoundForTheTarget()
    {
        _lookup.Alias("arn:aws:kms:us-east-1:111122223333:alias/dangling", Arn);

        Error("alias/dangling", KmsOperation.DescribeKey).ShouldBe($"NotFoundException: Key '{Arn}' does not exist");
    }

    [Fact]
    public void Resolve_ArnWithAnInvalidRegion_IsInvalidArn() =>
        Error("arn:aws:kms:US-EAST-1:111122223333:key/" + Id).ShouldBe($"InvalidArnException: Invalid arn arn:aws:kms:US-EAST-1:111122223333:key/{Id}");

    [Fact]
    public void Resolve_ArnWithABadAccountInTheCallersRegion_IsInvalidArn() =>
        Error("arn:aws:kms:us-east-1:1111:key/" + Id).ShouldBe($"InvalidArnException: Invalid arn arn:aws:kms:us-east-1:1111:key/{Id}");

    [Fact]
    public void Resolve_NullCallerOrLookup_Throws()
    {
        Should.Throw<ArgumentNullException>(() => KeyResolver.Resolve(Id, null!, KmsOperation.EnableKey, _lookup));
        Should.Throw<ArgumentNullException>(() => KeyResolver.Resolve(Id, s_caller, KmsOperation.EnableKey, null!));
    }

    [Fact]
    public void KmsCaller_RegionOfNoPartition_Throws() =>
        Should.Throw<ArgumentException>(() => KmsCaller.Create(AwsRegion.Parse("xx-nowhere-1"), AwsAccountId.Parse("111122223333")));

    [Fact]
    public void KmsCaller_DefaultAccount_Throws() =>
        Should.Throw<ArgumentException>(() => KmsCaller.Create(AwsRegion.Parse("us-east-1"), default));

    [Fact]
    public void KmsCaller_BuildsArnsInItsPartitionRegionAndAccount()
    {
        var caller = KmsCaller.Create(AwsRegion.Parse("cn-north-1"), AwsAccountId.Parse("111122223333"));

        caller.KeyArnFor(KeyId.Parse(Id)).ToString().ShouldBe("arn:aws-cn:kms:cn-north-1:111122223333:key/" + Id);
        caller.AliasArnFor(AliasName.Parse("alias/x")).ToString().ShouldBe("arn:aws-cn:kms:cn-north-1:111122223333:alias/x");
    }

    [Fact]
    public void KmsCaller_ChinaRegion_IsInTheChinaPartition() =>
        KmsCaller.Create(AwsRegion.Parse("cn-north-1"), AwsAccountId.Parse("111122223333")).Partition.ShouldBe(AwsPartition.AwsCn);

    private KmsKey Resolve(string? keyId, KmsOperation operation = KmsOperation.EnableKey) =>
        KeyResolver.Resolve(keyId, s_caller, operation, _lookup).ToOutcome().Match(
            key => key,
            e => throw new ShouldAssertException(e.Message));

    private string Error(string? keyId, KmsOperation operation = KmsOperation.EnableKey) =>
        KeyResolver.Resolve(keyId, s_caller, operation, _lookup).ToOutcome().Match(
            key => $"resolved {key.Arn}",
            e => $"{e.ErrorCode}: {e.Message}");

    private sealed class Lookup : IKeyLookup
    {
        private readonly Dictionary<KeyArn, KmsKey> _keys = [];
        private readonly Dictionary<AliasArn, KeyArn> _aliases = [];

        public KmsKey Add(string arn)
        {
            var key = KmsKey.Create(KeyArn.Parse(arn), TestKeys.Created);
            _keys.Add(key.Arn, key);
            return key;
        }

        public void Alias(string aliasArn, string keyArn) => _aliases.Add(AliasArn.Parse(aliasArn), KeyArn.Parse(keyArn));

        public KmsKey? FindKey(KeyArn keyArn) => _keys.GetValueOrDefault(keyArn);

        public KeyArn? FindAliasTarget(AliasArn aliasArn) => _aliases.TryGetValue(aliasArn, out var target) ? target : null;
    }
}
