using System;
using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>A value, or the AWS error that took its place: the common form of the domain's <c>OneOf</c> results inside a handler.</summary>
/// <typeparam name="T">The value's type.</typeparam>
internal readonly struct Outcome<T>
{
    private readonly T? _value;

    private Outcome(T? value, IKmsError? error)
    {
        _value = value;
        Error = error;
    }

    public IKmsError? Error { get; }

    public T Value => Error is null ? _value! : throw new InvalidOperationException($"The outcome is the error {Error.ErrorCode}.");

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static Outcome<T> Fail(IKmsError error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

    public Outcome<TResult> Then<TResult>(Func<T, Outcome<TResult>> next) =>
        Error is null ? next(_value!) : Outcome<TResult>.Fail(Error);

    public Outcome<TResult> Map<TResult>(Func<T, TResult> map) =>
        Error is null ? map(_value!) : Outcome<TResult>.Fail(Error);
}
