using System.Linq;
using BenchmarkDotNet.Running;

// BenchmarkDotNet reports a failed benchmark but exits 0; the exit code here says whether every benchmark ran.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
