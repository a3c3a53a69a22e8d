using System.Diagnostics.CodeAnalysis;
using KeyLifecycle.Errors;
using OneOf;

namespace KeyLifecycle;

/// <summary>Folds the library's <c>OneOf</c> results, whose first arm is the success and whose others are errors, to a <see cref="KmsOutcome{T}"/>, or picks the success with the error as <see cref="IKmsError"/>.</summary>
/// <remarks>
/// One overload per union width the library returns (two to six arms). Each is a view: nothing is copied or allocated
/// beyond the <see cref="KmsOutcome{T}"/> value itself.
/// </remarks>
public static class KmsOutcomeExtensions
{
    /// <summary>Folds <paramref name="result"/> to its success or its error.</summary>
    /// <typeparam name="T">The success's type.</typeparam>
    /// <typeparam name="T1">The error's type.</typeparam>
    /// <param name="result">The result.</param>
    /// <returns>The outcome.</returns>
    public static KmsOutcome<T> ToOutcome<T, T1>(this OneOf<T, T1> result)
        where T1 : IKmsError => result.IsT0 ? result.AsT0 : Fail<T>(result.Value);

    /// <summary>Folds <paramref name="result"/> to its success or its error.</summary>
    /// <typeparam name="T">The success's type.</typeparam>
    /// <typeparam name="T1">The first error's type.</typeparam>
    /// <typeparam name="T2">The second error's type.</typeparam>
    /// <param name="result">The result.</param>
    /// <returns>The outcome.</returns>
    public static KmsOutcome<T> ToOutcome<T, T1, T2>(this OneOf<T, T1, T2> result)
        where T1 : IKmsError
        where T2 : IKmsError => result.IsT0 ? result.AsT0 : Fail<T>(result.Value);

    /// <summary>Folds <paramref name="result"/> to its success or its error.</summary>
    /// <typeparam name="T">The success's type.</typeparam>
    /// <typeparam name="T1">The first error's type.</typeparam>
    /// <typeparam name="T2">The second error's type.</typeparam>
    /// <typeparam name="T3">The third error's type.</typeparam>
    /// <param name="result">The result.</param>
    /// <returns>The outcome.</returns>
    public static KmsOutcome<T> ToOutcome<T, T1, T2, T3>(this OneOf<T, T1, T2, T3> result)
        where T1 : IKmsError
        where T2 : IKmsError
        where T3 : IKmsError => result.IsT0 ? result.AsT0 : Fail<T>(result.Value);

    /// <summary>Folds <paramref name="result"/> to its success or its error.</summary>
    /// <typeparam name="T">The success's type.</typeparam>
    /// <typeparam name="T1">The first error's type.</typeparam>
    /// <typeparam name="T2">The second error's type.</typeparam>
    /// <typeparam name="T3">The third error's type.</typeparam>
    /// <typeparam name="T4">The fourth error's type.</typeparam>
    /// <param name="result">The result.</param>
    /// <returns>The outcome.</returns>
    public static KmsOutcome<T> ToOutcome<T, T1, T2, T3, T4>(this OneOf<T, T1, T2, T3, T4> result)
        where T1 : IKmsError
        where T2 : IKmsError
        where T3 : IKmsError
        where T4 : IKmsError => result.IsT0 ? result.AsT0 : Fail<T>(result.Value);

    /// <summary>Folds <paramref name="result"/> to its success or its error.</summary>
    /// <typeparam name="T">The success's type.</typeparam>
    /// <typeparam name="T1">The first error's type.</typeparam>
    /// <typeparam name="T2">The second error's type.</typeparam>
    /// <typeparam name="T3">The third error's type.</typeparam>
    /// <typeparam name="T4">The fourth error's type.</typeparam>
    /// <typeparam name="T5">The fifth error's type.</typeparam>
    /// <param name="result">The result.</param>
    /// <returns>The outcome.</returns>
    public static KmsOutcome<T> ToOutcome<T, T1, T2, T3, T4, T5>(this OneOf<T, T1, T2, T3, T4, T5> result)
        where T1 : IKmsError
        where T2 : IKmsError
        where T3 : IKmsError
        where T4 : IKmsError
        where T5 : IKmsError => result.IsT0 ? result.AsT0 : Fail<T>(result.Value);

    /// <summary>Returns the success of <paramref name="result"/> in <paramref name="value"/>, or its error in <paramref name="error"/>.</summary>
    /// <typeparam name="T">The success's type.</typeparam>
    /// <typeparam name="T1">The error's type.</typeparam>
    /// <param name="result">The result.</param>
    /// <param name="value">The success, when it is one.</param>
    /// <param name="error">The error, when it is one.</param>
    /// <returns><see langword="true"/> for a success.</returns>
    public static bool TryPick<T, T1>(this OneOf<T, T1> result, [MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out IKmsError? error)
        where T1 : IKmsError => result.ToOutcome().TryPick(out value, out error);

    /// <summary>Returns the success of <paramref name="result"/> in <paramref name="value"/>, or its error in <paramref name="error"/>.</summary>
    /// <typeparam name="T">The success's type.</typeparam>
    /// <typeparam name="T1">The first error's type.</typeparam>
    /// <typeparam name="T2">The second error's type.</typeparam>
    /// <param name="result">The result.</param>
    /// <param name="value">The success, when it is one.</param>
    /// <param name="error">The error, when it is one.</param>
    /// <returns><see langword="true"/> for a success.</returns>
    public static bool TryPick<T, T1, T2>(this OneOf<T, T1, T2> result, [MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out IKmsError? error)
        where T1 : IKmsError
        where T2 : IKmsError => result.ToOutcome().TryPick(out value, out error);

    /// <summary>Returns the success of <paramref name="result"/> in <paramref name="value"/>, or its error in <paramref name="error"/>.</summary>
    /// <typeparam name="T">The success's type.</typeparam>
    /// <typeparam name="T1">The first error's type.</typeparam>
    /// <typeparam name="T2">The second error's type.</typeparam>
    /// <typeparam name="T3">The third error's type.</typeparam>
    /// <param name="result">The result.</param>
    /// <param name="value">The success, when it is one.</param>
    /// <param name="error">The error, when it is one.</param>
    /// <returns><see langword="true"/> for a success.</returns>
    public static bool TryPick<T, T1, T2, T3>(this OneOf<T, T1, T2, T3> result, [MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out IKmsError? error)
        where T1 : IKmsError
        where T2 : IKmsError
        where T3 : IKmsError => result.ToOutcome().TryPick(out value, out error);

    /// <summary>Returns the success of <paramref name="result"/> in <paramref name="value"/>, or its error in <paramref name="error"/>.</summary>
    /// <typeparam name="T">The success's type.</typeparam>
    /// <typeparam name="T1">The first error's type.</typeparam>
    /// <typeparam name="T2">The second error's type.</typeparam>
    /// <typeparam name="T3">The third error's type.</typeparam>
    /// <typeparam name="T4">The fourth error's type.</typeparam>
    /// <param name="result">The result.</param>
    /// <param name="value">The success, when it is one.</param>
    /// <param name="error">The error, when it is one.</param>
    /// <returns><see langword="true"/> for a success.</returns>
    public static bool TryPick<T, T1, T2, T3, T4>(this OneOf<T, T1, T2, T3, T4> result, [MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out IKmsError? error)
        where T1 : IKmsError
        where T2 : IKmsError
        where T3 : IKmsError
        where T4 : IKmsError => result.ToOutcome().TryPick(out value, out error);

    /// <summary>Returns the success of <paramref name="result"/> in <paramref name="value"/>, or its error in <paramref name="error"/>.</summary>
    /// <typeparam name="T">The success's type.</typeparam>
    /// <typeparam name="T1">The first error's type.</typeparam>
    /// <typeparam name="T2">The second error's type.</typeparam>
    /// <typeparam name="T3">The third error's type.</typeparam>
    /// <typeparam name="T4">The fourth error's type.</typeparam>
    /// <typeparam name="T5">The fifth error's type.</typeparam>
    /// <param name="result">The result.</param>
    /// <param name="value">The success, when it is one.</param>
    /// <param name="error">The error, when it is one.</param>
    /// <returns><see langword="true"/> for a success.</returns>
    public static bool TryPick<T, T1, T2, T3, T4, T5>(this OneOf<T, T1, T2, T3, T4, T5> result, [MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out IKmsError? error)
        where T1 : IKmsError
        where T2 : IKmsError
        where T3 : IKmsError
        where T4 : IKmsError
        where T5 : IKmsError => result.ToOutcome().TryPick(out value, out error);

    // The success is read through AsT0 so that a value-type success is not boxed; the errors are records, so reading
    // OneOf's Value for them boxes nothing.
    private static KmsOutcome<T> Fail<T>(object error) => KmsOutcome<T>.Fail((IKmsError)error);
}
