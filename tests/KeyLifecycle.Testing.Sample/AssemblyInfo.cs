using FsCheck.Xunit;
using KeyLifecycle.Testing;

// Every [Property] in this assembly receives KeyLifecycle's domain types from the KmsArbitraries generators.
[assembly: Properties(Arbitrary = [typeof(KmsArbitraries)])]
