using KeyLifecycle.Errors;
using OneOf;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>Turns the domain's <c>OneOf</c> results, whose first arm is the value and whose others are errors, into an <see cref="Outcome{T}"/>.</summary>
internal static class OutcomeExtensions
{
    public static Outcome<T0> ToOutcome<T0, T1>(this OneOf<T0, T1> result)
        where T1 : IKmsError =>
        result.Match<Outcome<T0>>(value => value, Fail<T0, T1>);

    public static Outcome<T0> ToOutcome<T0, T1, T2>(this OneOf<T0, T1, T2> result)
        where T1 : IKmsError
        where T2 : IKmsError =>
        result.Match<Outcome<T0>>(value => value, Fail<T0, T1>, Fail<T0, T2>);

    public static Outcome<T0> ToOutcome<T0, T1, T2, T3>(this OneOf<T0, T1, T2, T3> result)
        where T1 : IKmsError
        where T2 : IKmsError
        where T3 : IKmsError =>
        result.Match<Outcome<T0>>(value => value, Fail<T0, T1>, Fail<T0, T2>, Fail<T0, T3>);

    public static Outcome<T0> ToOutcome<T0, T1, T2, T3, T4>(this OneOf<T0, T1, T2, T3, T4> result)
        where T1 : IKmsError
        where T2 : IKmsError
        where T3 : IKmsError
        where T4 : IKmsError =>
        result.Match<Outcome<T0>>(value => value, Fail<T0, T1>, Fail<T0, T2>, Fail<T0, T3>, Fail<T0, T4>);

    public static Outcome<T0> ToOutcome<T0, T1, T2, T3, T4, T5>(this OneOf<T0, T1, T2, T3, T4, T5> result)
        where T1 : IKmsError
        where T2 : IKmsError
        where T3 : IKmsError
        where T4 : IKmsError
        where T5 : IKmsError =>
        result.Match<Outcome<T0>>(value => value, Fail<T0, T1>, Fail<T0, T2>, Fail<T0, T3>, Fail<T0, T4>, Fail<T0, T5>);

    public static Outcome<T0> ToOutcome<T0, T1, T2, T3, T4, T5, T6>(this OneOf<T0, T1, T2, T3, T4, T5, T6> result)
        where T1 : IKmsError
        where T2 : IKmsError
        where T3 : IKmsError
        where T4 : IKmsError
        where T5 : IKmsError
        where T6 : IKmsError =>
        result.Match<Outcome<T0>>(value => value, Fail<T0, T1>, Fail<T0, T2>, Fail<T0, T3>, Fail<T0, T4>, Fail<T0, T5>, Fail<T0, T6>);

    private static Outcome<T> Fail<T, TError>(TError error)
        where TError : IKmsError => Outcome<T>.Fail(error);
}
