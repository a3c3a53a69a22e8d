using System;
using System.Diagnostics.CodeAnalysis;
using KeyLifecycle.Errors;

namespace KeyLifecycle;

/// <summary>A result folded to its success or the <see cref="IKmsError"/> that took its place: what a host or test does with every <c>OneOf</c> the library returns.</summary>
/// <typeparam name="T">The success's type.</typeparam>
/// <remarks>
/// <para>
/// The library's operations spell their failures out (<c>OneOf&lt;KmsKey, InvalidKeyState, AccessDenied&gt;</c>) so a caller
/// can match each; a caller that only answers or reports the error folds the result with
/// <see cref="KmsOutcomeExtensions"/>'s <c>ToOutcome()</c>, or picks the success with its <c>TryPick</c>:
/// </para>
/// <code>
/// if (KeyTransitions.EnableKey(key).TryPick(out var enabled, out var error))
/// {
///     store.Save(enabled);
/// }
/// else
/// {
///     Console.WriteLine($"{error.ErrorCode}: {error.Message}");
/// }
/// </code>
/// <para>
/// A value type of one reference and the success, so folding allocates nothing. <c>default</c> is a success holding
/// <c>default(T)</c>. Immutable and thread-safe when <typeparamref name="T"/> is.
/// </para>
/// </remarks>
public readonly struct KmsOutcome<T>
{
    private readonly T? _value;

    private KmsOutcome(T? value, IKmsError? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>Gets the error, or <see langword="null"/> for a success.</summary>
    public IKmsError? Error { get; }

    /// <summary>Gets whether this is a success.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>Gets the success.</summary>
    /// <exception cref="InvalidOperationException">This is an error; the message names its code and text.</exception>
    public T Value => Error is null ? _value! : throw new InvalidOperationException($"The outcome is the error {Error.ErrorCode}: {Error.Message}");

    /// <summary>Wraps a success.</summary>
    /// <param name="value">The success.</param>
    public static implicit operator KmsOutcome<T>(T value) => new(value, null);

    /// <summary>Returns the outcome that is <paramref name="error"/>.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The failed outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is <see langword="null"/>.</exception>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "The failed outcome is named with its type, as Task<T> and the implicit conversion are.")]
    public static KmsOutcome<T> Fail(IKmsError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(default, error);
    }

    /// <summary>Returns the success in <paramref name="value"/>, or the error in <paramref name="error"/>.</summary>
    /// <param name="value">The success, when this is one.</param>
    /// <param name="error">The error, when this is one.</param>
    /// <returns><see langword="true"/> for a success.</returns>
    public bool TryPick([MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out IKmsError? error)
    {
        value = _value!;
        error = Error;
        return error is null;
    }

    /// <summary>Returns <paramref name="success"/> of the success or <paramref name="failure"/> of the error.</summary>
    /// <typeparam name="TResult">The answer's type.</typeparam>
    /// <param name="success">Called with the success.</param>
    /// <param name="failure">Called with the error.</param>
    /// <returns>What the called function returned.</returns>
    /// <exception cref="ArgumentNullException">A function is <see langword="null"/>.</exception>
    public TResult Match<TResult>(Func<T, TResult> success, Func<IKmsError, TResult> failure)
    {
        ArgumentNullException.ThrowIfNull(success);
        ArgumentNullException.ThrowIfNull(failure);
        return Error is null ? success(_value!) : failure(Error);
    }

    /// <summary>Continues with <paramref name="next"/> after a success; passes an error on.</summary>
    /// <typeparam name="TResult">The next success's type.</typeparam>
    /// <param name="next">The next step.</param>
    /// <returns>The next step's outcome, or this error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is <see langword="null"/>.</exception>
    public KmsOutcome<TResult> Then<TResult>(Func<T, KmsOutcome<TResult>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return Error is null ? next(_value!) : KmsOutcome<TResult>.Fail(Error);
    }

    /// <summary>Maps a success with <paramref name="map"/>; passes an error on.</summary>
    /// <typeparam name="TResult">The mapped success's type.</typeparam>
    /// <param name="map">The mapping.</param>
    /// <returns>The mapped success, or this error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is <see langword="null"/>.</exception>
    public KmsOutcome<TResult> Map<TResult>(Func<T, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Error is null ? map(_value!) : KmsOutcome<TResult>.Fail(Error);
    }

    /// <summary>Returns the success's text, or <c>&lt;ErrorCode&gt;: &lt;Message&gt;</c> for an error.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Error is null ? _value?.ToString() ?? string.Empty : $"{Error.ErrorCode}: {Error.Message}";
}
