namespace KeyLifecycle.Protocol.Storage;

/// <summary>One import parameters change of a <see cref="KeyStoreCommit"/>.</summary>
/// <param name="Session">The parameters added or removed.</param>
/// <param name="Removed">Whether the change removes them: <see langword="false"/> adds them.</param>
public readonly record struct ImportSessionChange(ImportSessionRecord Session, bool Removed);
