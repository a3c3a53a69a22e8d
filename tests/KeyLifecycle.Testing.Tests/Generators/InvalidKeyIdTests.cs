using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Resolution;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Testing.Tests.Generators;

/// <summary>The labels of the invalid-input generators, written from the specification, agree with what KeyResolver answers.</summary>
[Properties(Arbitrary = [typeof(KmsArbitraries)], MaxTest = 1000)]
public class InvalidKeyIdTests
{
    private static readonly KmsOperation[] KeyOnlyOperations =
        [KmsOperation.EnableKey, KmsOperation.DisableKey, KmsOperation.ScheduleKeyDeletion, KmsOperation.CancelKeyDeletion];

    [Property]
    public Property Label_IsWhatKeyResolverAnswers(InvalidKeyIdCase invalid)
    {
        var answers = KeyOnlyOperations
            .Select(operation => KeyResolver.Resolve(invalid.Input, invalid.Caller, operation, NoKeys.Instance))
            .Select(result => result.ToOutcome().Match<(string Code, string Message)?>(_ => null, Of))
            .ToArray();

        return answers.All(answer => answer == (invalid.ExpectedErrorCode, invalid.ExpectedMessage))
            .Label($"{invalid} but KeyResolver answers {answers[0]}")
            .Classify(true, invalid.Category.ToString());
    }

    [Property]
    public bool MalformedKeyId_IsNotAKeyIdByTheFormatsOracle(KmsCaller caller) =>
        Gen.Sample(KmsGen.InvalidKeyIdsFor(caller, InvalidKeyIdCategory.MalformedKeyId), 20)
            .All(invalid => !Oracles.AnyKeyId().IsMatch(invalid.Input!) && !invalid.Input!.StartsWith("arn:") && !invalid.Input.StartsWith("alias/"));

    [Fact]
    public void InvalidKeyIds_CoverEveryCategory()
    {
        var categories = Gen.Sample(KmsGen.InvalidKeyIds, 1000).Select(invalid => invalid.Category).ToHashSet();

        categories.ShouldBe(System.Enum.GetValues<InvalidKeyIdCategory>(), ignoreOrder: true);
    }

    [Theory]
    [InlineData(InvalidKeyIdCategory.Empty, "")]
    [InlineData(InvalidKeyIdCategory.Missing, null)]
    public void InvalidKeyIdsFor_EmptyAndMissing_SendThatInput(InvalidKeyIdCategory category, string? input)
    {
        var caller = KmsCaller.Create(AwsRegion.UsEast1, AwsAccountId.Parse("111122223333"));

        Gen.Sample(KmsGen.InvalidKeyIdsFor(caller, category), 1)[0].Input.ShouldBe(input);
    }

    private static (string Code, string Message)? Of(IKmsError error) => (error.ErrorCode, error.Message);

    private sealed class NoKeys : IKeyLookup
    {
        public static readonly NoKeys Instance = new();

        public KmsKey? FindKey(KeyArn keyArn) => null;

        public KeyArn? FindAliasTarget(AliasArn aliasArn) => null;
    }
}
