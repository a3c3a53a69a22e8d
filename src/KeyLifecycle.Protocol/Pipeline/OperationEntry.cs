using System;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>One row of the <see cref="OperationTable"/>: an operation's name and how to serve its body.</summary>
/// <param name="Name">The operation's name, such as <c>EnableKey</c>.</param>
/// <param name="Invoke">Reads, validates and handles a request body.</param>
internal sealed record OperationEntry(string Name, Func<ReadOnlyMemory<byte>, KmsRequestContext, KmsResult> Invoke);
