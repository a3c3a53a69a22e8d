using System;
using KeyLifecycle.Errors;
using OneOf;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests.Results;

// The oracle is the OneOf value each outcome is folded from: its first arm is the success, any other arm the error.
public sealed class KmsOutcomeTests
{
    private static readonly ValidationFailed s_first = new("first");
    private static readonly ValidationFailed s_second = new("second");

    [Fact]
    public void Success_HoldsItsValue_AndNoError()
    {
        KmsOutcome<string> outcome = "key";

        outcome.IsSuccess.ShouldBeTrue();
        outcome.Error.ShouldBeNull();
        outcome.Value.ShouldBe("key");
        outcome.ToString().ShouldBe("key");
        outcome.TryPick(out var value, out var error).ShouldBeTrue();
        value.ShouldBe("key");
        error.ShouldBeNull();
    }

    [Fact]
    public void Failure_HoldsItsError_AndRefusesItsValueNamingTheError()
    {
        var outcome = KmsOutcome<string>.Fail(s_first);

        outcome.IsSuccess.ShouldBeFalse();
        outcome.Error.ShouldBeSameAs(s_first);
        Should.Throw<InvalidOperationException>(() => outcome.Value).Message.ShouldBe("The outcome is the error ValidationException: first");
        outcome.ToString().ShouldBe("ValidationException: first");
        outcome.TryPick(out var value, out var error).ShouldBeFalse();
        value.ShouldBeNull();
        error.ShouldBeSameAs(s_first);
    }

    [Fact]
    public void Default_IsASuccessOfTheDefaultValue()
    {
        KmsOutcome<int> outcome = default;

        outcome.IsSuccess.ShouldBeTrue();
        outcome.Value.ShouldBe(0);
        default(KmsOutcome<string>).ToString().ShouldBe(string.Empty);
    }

    [Fact]
    public void Fail_WithoutAnError_Throws() =>
        Should.Throw<ArgumentNullException>(() => KmsOutcome<string>.Fail(null!)).ParamName.ShouldBe("error");

    [Fact]
    public void Match_CallsTheFunctionOfItsCase()
    {
        KmsOutcome<int> success = 2;
        success.Match(value => value * 10, error => -1).ShouldBe(20);
        KmsOutcome<int>.Fail(s_first).Match(value => value * 10, error => error.Message.Length).ShouldBe(5);
        Should.Throw<ArgumentNullException>(() => success.Match(null!, error => 0)).ParamName.ShouldBe("success");
        Should.Throw<ArgumentNullException>(() => success.Match(value => 0, null!)).ParamName.ShouldBe("failure");
    }

    [Fact]
    public void Then_ContinuesAfterASuccess_AndPassesTheFirstErrorOn()
    {
        KmsOutcome<int> two = 2;
        two.Then(value => (KmsOutcome<string>)new string('x', value)).Value.ShouldBe("xx");
        two.Then(_ => KmsOutcome<string>.Fail(s_second)).Error.ShouldBeSameAs(s_second);

        var called = false;
        KmsOutcome<int>.Fail(s_first).Then(value => { called = true; return (KmsOutcome<string>)"never"; }).Error.ShouldBeSameAs(s_first);
        called.ShouldBeFalse();
        Should.Throw<ArgumentNullException>(() => two.Then<string>(null!)).ParamName.ShouldBe("next");
    }

    [Fact]
    public void Map_MapsASuccess_AndPassesAnErrorOn()
    {
        KmsOutcome<int> two = 2;
        two.Map(value => value + 1).Value.ShouldBe(3);

        var called = false;
        KmsOutcome<int>.Fail(s_first).Map(value => { called = true; return value; }).Error.ShouldBeSameAs(s_first);
        called.ShouldBeFalse();
        Should.Throw<ArgumentNullException>(() => two.Map<int>(null!)).ParamName.ShouldBe("map");
    }

    [Fact]
    public void ToOutcome_OfEveryWidth_KeepsTheSuccessOrTheArmThatIsTheError()
    {
        ShouldFold(OneOf<string, ValidationFailed>.FromT0("ok").ToOutcome(), "ok");
        ShouldFold(OneOf<string, ValidationFailed>.FromT1(s_first).ToOutcome(), s_first);

        ShouldFold(OneOf<string, ValidationFailed, ValidationFailed>.FromT0("ok").ToOutcome(), "ok");
        ShouldFold(OneOf<string, ValidationFailed, ValidationFailed>.FromT1(s_first).ToOutcome(), s_first);
        ShouldFold(OneOf<string, ValidationFailed, ValidationFailed>.FromT2(s_second).ToOutcome(), s_second);

        ShouldFold(OneOf<string, ValidationFailed, ValidationFailed, ValidationFailed>.FromT0("ok").ToOutcome(), "ok");
        ShouldFold(OneOf<string, ValidationFailed, ValidationFailed, ValidationFailed>.FromT3(s_second).ToOutcome(), s_second);

        ShouldFold(OneOf<string, ValidationFailed, ValidationFailed, ValidationFailed, ValidationFailed>.FromT0("ok").ToOutcome(), "ok");
        ShouldFold(OneOf<string, ValidationFailed, ValidationFailed, ValidationFailed, ValidationFailed>.FromT4(s_second).ToOutcome(), s_second);

        ShouldFold(OneOf<string, ValidationFailed, ValidationFailed, ValidationFailed, ValidationFailed, ValidationFailed>.FromT0("ok").ToOutcome(), "ok");
        ShouldFold(OneOf<string, ValidationFailed, ValidationFailed, ValidationFailed, ValidationFailed, ValidationFailed>.FromT5(s_second).ToOutcome(), s_second);
    }

    [Fact]
    public void TryPick_OfEveryWidth_GivesTheSuccessOrTheError()
    {
        ShouldPick(OneOf<string, ValidationFailed>.FromT0("ok").TryPick(out var v1, out var e1), v1, e1, "ok");
        ShouldPick(OneOf<string, ValidationFailed>.FromT1(s_first).TryPick(out v1, out e1), v1, e1, s_first);

        ShouldPick(OneOf<string, ValidationFailed, ValidationFailed>.FromT0("ok").TryPick(out var v2, out var e2), v2, e2, "ok");
        ShouldPick(OneOf<string, ValidationFailed, ValidationFailed>.FromT2(s_second).TryPick(out v2, out e2), v2, e2, s_second);

        ShouldPick(OneOf<string, ValidationFailed, ValidationFailed, ValidationFailed>.FromT0("ok").TryPick(out var v3, out var e3), v3, e3, "ok");
        ShouldPick(OneOf<string, ValidationFailed, ValidationFailed, ValidationFailed>.FromT3(s_second).TryPick(out v3, out e3), v3, e3, s_second);

        ShouldPick(OneOf<string, ValidationFailed, ValidationFailed, ValidationFailed, ValidationFailed>.FromT0("ok").TryPick(out var v4, out var e4), v4, e4, "ok");
        ShouldPick(OneOf<string, ValidationFailed, ValidationFailed, ValidationFailed, ValidationFailed>.FromT4(s_second).TryPick(out v4, out e4), v4, e4, s_second);

        ShouldPick(OneOf<string, ValidationFailed, ValidationFailed, ValidationFailed, ValidationFailed, ValidationFailed>.FromT0("ok").TryPick(out var v5, out var e5), v5, e5, "ok");
        ShouldPick(OneOf<string, ValidationFailed, ValidationFailed, ValidationFailed, ValidationFailed, ValidationFailed>.FromT5(s_second).TryPick(out v5, out e5), v5, e5, s_second);
    }

    private static void ShouldFold(KmsOutcome<string> outcome, string success)
    {
        outcome.IsSuccess.ShouldBeTrue();
        outcome.Value.ShouldBe(success);
    }

    private static void ShouldFold(KmsOutcome<string> outcome, IKmsError error)
    {
        outcome.IsSuccess.ShouldBeFalse();
        outcome.Error.ShouldBeSameAs(error);
    }

    private static void ShouldPick(bool picked, string? value, IKmsError? error, string success)
    {
        picked.ShouldBeTrue();
        value.ShouldBe(success);
        error.ShouldBeNull();
    }

    private static void ShouldPick(bool picked, string? value, IKmsError? error, IKmsError expected)
    {
        picked.ShouldBeFalse();
        value.ShouldBeNull();
        error.ShouldBeSameAs(expected);
    }
}
