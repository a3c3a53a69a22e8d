using System;

namespace KeyLifecycle.Policies;

/// <summary>IAM's wildcard matching: <c>*</c> matches any run of characters (including none), <c>?</c> any one character.</summary>
internal static class PolicyWildcard
{
    /// <summary>Returns whether <paramref name="text"/> matches <paramref name="pattern"/>.</summary>
    /// <remarks>Iterative, with one backtracking point, so it runs in O(n·m) at worst and never allocates.</remarks>
    public static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text, bool ignoreCase)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || Same(pattern[p], text[t], ignoreCase)))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private static bool Same(char a, char b, bool ignoreCase) =>
        a == b || (ignoreCase && char.ToUpperInvariant(a) == char.ToUpperInvariant(b));
}
