using System;

namespace KeyLifecycle.Testing.Conformance;

/// <summary>Carries an exception the implementation under test threw, to tell it apart from a fault of the suite.</summary>
internal sealed class AdapterException(Exception inner) : Exception(inner.Message, inner);
