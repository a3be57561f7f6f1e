using SkillsLadder.PracticeBench;

// practice-bench: a city-wide online practice round (网上练兵). Not a test.
//   --mode mediatr (default): hand-ins through the MediatR command in process, and close → published board.
//   --mode http: hand-ins over HTTP against the real app started as a process, with each worker's own bearer token.
// Usage: practice-bench [--mode mediatr|http] --participants 200000 [--clients 8,32,64] [--runs 3] [--accounts 2000]
//        --provider Sqlite|PostgreSql|SqlServer [--connection "…"] [--pg-data DIR (CPU of the server)] [--pgbench [--pgbench-seconds 20]]
var options = BenchOptions.Parse(args);
Console.WriteLine($"practice-bench {string.Join(' ', args.Where(a => !a.Contains("Password", StringComparison.OrdinalIgnoreCase)))}; " +
                  $"{Environment.ProcessorCount} cores; load {Stats.Load()}");
if (options.Mode == "http") await HttpBench.RunAsync(options);
else await MediatRBench.RunAsync(options);
