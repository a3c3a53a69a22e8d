using System;

namespace KeyLifecycle.Emulator.CommandLine;

/// <summary>One option of the <c>kms-emulator</c> command: its name as written after <c>--</c>, its default, what it means, and how its value is checked.</summary>
/// <param name="Name">The configuration key, such as <c>Kms:Region</c>; <c>&lt;n&gt;</c> stands for a number.</param>
/// <param name="Default">The default, as <c>--help</c> shows it.</param>
/// <param name="Meaning">One line for <c>--help</c>.</param>
/// <param name="Check">Returns why a value is wrong and what to write instead, or <see langword="null"/> for a good value.</param>
internal sealed record EmulatorOption(string Name, string Default, string Meaning, Func<string, string?> Check);
