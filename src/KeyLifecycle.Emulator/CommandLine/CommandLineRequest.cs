using System;

namespace KeyLifecycle.Emulator.CommandLine;

/// <summary>What the command line asks for: help, the version, a refusal with its one-line reason, or a run with its options.</summary>
internal sealed class CommandLineRequest
{
    private CommandLineRequest(CommandLineAction action, string? problem, string[] options)
    {
        Action = action;
        Problem = problem;
        Options = options;
    }

    public static CommandLineRequest ShowHelp { get; } = new(CommandLineAction.Help, null, []);

    public static CommandLineRequest ShowVersion { get; } = new(CommandLineAction.Version, null, []);

    public CommandLineAction Action { get; }

    /// <summary>For <see cref="CommandLineAction.Refuse"/>: the problem and its fix, in one line.</summary>
    public string? Problem { get; }

    /// <summary>For <see cref="CommandLineAction.Run"/>: the options, each as <c>--name=value</c>.</summary>
    public string[] Options { get; }

    public static CommandLineRequest Refuse(string problem) => new(CommandLineAction.Refuse, problem, []);

    public static CommandLineRequest Run(string[] options) => new(CommandLineAction.Run, null, options ?? throw new ArgumentNullException(nameof(options)));
}
