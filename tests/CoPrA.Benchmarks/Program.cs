using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/CoPrA.Benchmarks -- --filter *` runs the suites.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
