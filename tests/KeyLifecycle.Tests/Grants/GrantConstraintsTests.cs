using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyLifecycle.Grants;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Grants;

// GrantConstraints (https://docs.aws.amazon.com/kms/latest/APIReference/API_GrantConstraints.html): with
// EncryptionContextEquals the request's encryption context must be exactly the constraint's pairs; with
// EncryptionContextSubset it must include them and may have more. Keys and values match case-sensitively. The model below
// compares sets of pairs.
public sealed class GrantConstraintsTests
{
    // Few names and values, one pair of names differing only in case, so that equal, included and clashing contexts are all common.
    private static readonly Gen<Dictionary<string, string>> Contexts =
        from pairs in Gen.ListOf(Gen.Zip(Gen.Elements("purpose", "Purpose", "team", "stage"), Gen.Elements("a", "A", "b")))
        select pairs.DistinctBy(pair => pair.Item1).Take(3).ToDictionary(pair => pair.Item1, pair => pair.Item2);

    [Property(MaxTest = 500)]
    public Property IsSatisfiedBy_AgreesWithSetsOfPairs() =>
        Prop.ForAll(Contexts.ToArbitrary(), Contexts.ToArbitrary(), (constraint, request) =>
        {
            var required = constraint.ToHashSet();
            var given = request.ToHashSet();

            GrantConstraints.EncryptionContextEquals(constraint).IsSatisfiedBy(request).ShouldBe(required.SetEquals(given));
            GrantConstraints.EncryptionContextSubset(constraint).IsSatisfiedBy(request).ShouldBe(required.IsSubsetOf(given));
        });

    [Property(MaxTest = 500)]
    public Property Equals_IsTheSameKindWithTheSamePairs() =>
        Prop.ForAll(Contexts.ToArbitrary(), Contexts.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (left, right, sameKind) =>
        {
            var first = GrantConstraints.EncryptionContextEquals(left);
            var second = sameKind ? GrantConstraints.EncryptionContextEquals(right) : GrantConstraints.EncryptionContextSubset(right);
            var expected = sameKind && left.ToHashSet().SetEquals(right);

            first.Equals(second).ShouldBe(expected);
            first.Equals((object)second).ShouldBe(expected);
            if (expected)
            {
                first.GetHashCode().ShouldBe(second.GetHashCode());
            }
        });

    [Fact]
    public void Constraint_KeepsItsKindAndPairs()
    {
        var pairs = new Dictionary<string, string> { ["team"] = "a", ["purpose"] = "b" };

        var equals = GrantConstraints.EncryptionContextEquals(pairs);
        equals.IsEquals.ShouldBeTrue();
        equals.Pairs.ShouldBe(pairs, ignoreOrder: true);
        GrantConstraints.EncryptionContextSubset(pairs).IsEquals.ShouldBeFalse();
    }

    [Fact]
    public void Equals_OfNullOrAnotherType_IsFalse()
    {
        var constraint = GrantConstraints.EncryptionContextSubset(new Dictionary<string, string> { ["team"] = "a" });

        constraint.Equals(null).ShouldBeFalse();
        constraint.Equals((object?)null).ShouldBeFalse();
        constraint.Equals("team").ShouldBeFalse();
        constraint.Equals(constraint).ShouldBeTrue();
    }

    [Fact]
    public void Arguments_ThatAreNull_AreRefused()
    {
        Should.Throw<System.ArgumentNullException>(() => GrantConstraints.EncryptionContextEquals(null!));
        Should.Throw<System.ArgumentNullException>(() => GrantConstraints.EncryptionContextSubset(new Dictionary<string, string>()).IsSatisfiedBy(null!));
    }
}
