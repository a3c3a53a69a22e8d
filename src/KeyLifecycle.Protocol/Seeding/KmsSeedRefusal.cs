using System;
using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Seeding;

/// <summary>Why a seed was not applied: every problem found, each naming the entry and the member it is about.</summary>
/// <remarks>A refused seed changes nothing.</remarks>
public sealed class KmsSeedRefusal
{
    /// <summary>Creates a refusal.</summary>
    /// <param name="problems">The problems, at least one, in the order of the seed's entries.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public KmsSeedRefusal(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("A refusal names at least one problem.", nameof(problems));
        }

        Problems = problems;
    }

    /// <summary>The problems, such as <c>keys[2] (arn:aws:kms:…): keySpec 'RSA_1024' is not a key spec; …</c>.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Returns the problems, one per line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Problems);
}
