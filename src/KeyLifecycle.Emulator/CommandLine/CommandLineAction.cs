namespace KeyLifecycle.Emulator.CommandLine;

/// <summary>What the <c>kms-emulator</c> command does.</summary>
internal enum CommandLineAction
{
    /// <summary>Serve KMS.</summary>
    Run,

    /// <summary>Print the options and exit.</summary>
    Help,

    /// <summary>Print the version and exit.</summary>
    Version,

    /// <summary>Print the problem and exit with code 2.</summary>
    Refuse,
}
