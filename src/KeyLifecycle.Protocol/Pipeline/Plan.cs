using System;
using KeyLifecycle.Protocol.Storage;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>What one attempt of a request decided: the commit to make (none when nothing changes) and the response once it is made.</summary>
/// <param name="Commit">The changes, each naming the record it was decided from; <see langword="null"/> when nothing changes.</param>
/// <param name="Response">The response to send when the commit succeeds.</param>
/// <param name="Committed">What the host records once the commit succeeded, outside the store; <see langword="null"/> for nothing.</param>
internal sealed record Plan(KeyStoreCommit? Commit, KmsResult Response, Action? Committed = null);
