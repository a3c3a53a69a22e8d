using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace KeyLifecycle;

/// <summary>One enumeration's wire spellings: the single table from which both directions and the list of spellings are read.</summary>
/// <typeparam name="TEnum">An <see langword="int"/>-based enumeration whose members are 0, 1, 2, ... in declaration order.</typeparam>
/// <remarks>Built once per enumeration; the constructor checks the table covers every value once, so a gap is a type-load failure caught by any test.</remarks>
internal sealed class WireNameTable<TEnum>
    where TEnum : struct, Enum
{
    private readonly string[] _names;
    private readonly FrozenDictionary<string, TEnum> _members;

    public WireNameTable(ReadOnlySpan<(string Name, TEnum Member)> entries)
    {
        _names = new string[entries.Length];
        var members = new Dictionary<string, TEnum>(entries.Length, StringComparer.Ordinal);
        foreach (var (name, member) in entries)
        {
            var index = ToInt32(member);
            if ((uint)index >= (uint)_names.Length || _names[index] is not null)
            {
                throw new InvalidOperationException($"The wire names of {typeof(TEnum).Name} must list the values 0..{_names.Length - 1} once each; {member} is {index}.");
            }

            _names[index] = name;
            members.Add(name, member);
        }

        _members = members.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The spellings in declaration order.</summary>
    public ReadOnlySpan<string> Names => _names;

    public bool IsDefined(TEnum value) => (uint)ToInt32(value) < (uint)_names.Length;

    public string NameOf(TEnum value)
    {
        var index = ToInt32(value);
        return (uint)index < (uint)_names.Length
            ? _names[index]
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name} value.");
    }

    public bool TryParse([NotNullWhen(true)] string? name, out TEnum value)
    {
        if (name is not null && _members.TryGetValue(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    private static int ToInt32(TEnum value) => Unsafe.As<TEnum, int>(ref value);
}
