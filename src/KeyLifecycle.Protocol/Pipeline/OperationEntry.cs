using System;
using System.Threading.Tasks;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>One row of the <see cref="OperationTable"/>: an operation's name and how to serve its body.</summary>
/// <param name="Name">The operation's name, such as <c>EnableKey</c>.</param>
/// <param name="Invoke">Reads, validates and handles a request body; synchronously, except where the handler waits for something made off the request path.</param>
internal sealed record OperationEntry(string Name, Func<ReadOnlyMemory<byte>, KmsRequestContext, ValueTask<KmsResult>> Invoke);
