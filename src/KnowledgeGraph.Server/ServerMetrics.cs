using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Server;

/// <summary>Counters behind /metrics, written in the Prometheus text exposition format (version 0.0.4).</summary>
public sealed class ServerMetrics
{
    private static readonly double[] Buckets = { 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30 };
    private readonly ConcurrentDictionary<(string Route, string Method, int Status), long[]> _requests = new();
    private readonly ConcurrentDictionary<string, Histogram> _latency = new();
    private readonly ConcurrentDictionary<string, long[]> _queryStops = new();
    private long _inFlight;
    private long _rejectedBusy;

    public void Started() => Interlocked.Increment(ref _inFlight);

    public void Finished(string route, string method, int status, double seconds)
    {
        Interlocked.Decrement(ref _inFlight);
        Interlocked.Increment(ref _requests.GetOrAdd((route, method, status), _ => new long[1])[0]);
        _latency.GetOrAdd(route, _ => new Histogram()).Observe(seconds);
    }

    /// <summary>A query stopped by a limit: timeout, result-limit or memory-budget.</summary>
    public void QueryStopped(string limit) => Interlocked.Increment(ref _queryStops.GetOrAdd(limit, _ => new long[1])[0]);

    public void RejectedBusy() => Interlocked.Increment(ref _rejectedBusy);

    public long InFlight => Interlocked.Read(ref _inFlight);

    public string Render(long statements, int runningQueries)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append("# HELP kg_http_requests_total HTTP requests answered, by route, method and status.\n# TYPE kg_http_requests_total counter\n");
        foreach (var ((route, method, status), n) in _requests.OrderBy(e => e.Key.Route).ThenBy(e => e.Key.Method).ThenBy(e => e.Key.Status))
            sb.Append(inv, $"kg_http_requests_total{{route=\"{route}\",method=\"{method}\",status=\"{status}\"}} {Interlocked.Read(ref n[0])}\n");
        sb.Append("# HELP kg_http_request_duration_seconds Time from request to the end of the response, by route.\n# TYPE kg_http_request_duration_seconds histogram\n");
        foreach (var (route, h) in _latency.OrderBy(e => e.Key))
            h.Render(sb, route);
        sb.Append("# HELP kg_query_stopped_total Queries stopped by a limit (timeout, result-limit, memory-budget).\n# TYPE kg_query_stopped_total counter\n");
        foreach (var limit in new[] { "timeout", "result-limit", "memory-budget" })
            sb.Append(inv, $"kg_query_stopped_total{{limit=\"{limit}\"}} {(_queryStops.TryGetValue(limit, out var c) ? Interlocked.Read(ref c[0]) : 0)}\n");
        sb.Append("# HELP kg_query_rejected_busy_total Queries answered 503 because too many were running.\n# TYPE kg_query_rejected_busy_total counter\n");
        sb.Append(inv, $"kg_query_rejected_busy_total {Interlocked.Read(ref _rejectedBusy)}\n");
        sb.Append("# HELP kg_http_requests_in_flight Requests being answered now.\n# TYPE kg_http_requests_in_flight gauge\n");
        sb.Append(inv, $"kg_http_requests_in_flight {InFlight}\n");
        sb.Append("# HELP kg_queries_running Queries being evaluated now.\n# TYPE kg_queries_running gauge\n");
        sb.Append(inv, $"kg_queries_running {runningQueries}\n");
        sb.Append("# HELP kg_store_statements Statements (quads) in the served store.\n# TYPE kg_store_statements gauge\n");
        sb.Append(inv, $"kg_store_statements {statements}\n");
        using var process = Process.GetCurrentProcess();
        sb.Append("# HELP process_resident_memory_bytes Resident set size.\n# TYPE process_resident_memory_bytes gauge\n");
        sb.Append(inv, $"process_resident_memory_bytes {process.WorkingSet64}\n");
        sb.Append("# HELP dotnet_gc_heap_bytes Managed heap size after the last collection.\n# TYPE dotnet_gc_heap_bytes gauge\n");
        sb.Append(inv, $"dotnet_gc_heap_bytes {GC.GetGCMemoryInfo().HeapSizeBytes}\n");
        sb.Append("# HELP dotnet_gc_committed_bytes Memory the GC has committed from the OS.\n# TYPE dotnet_gc_committed_bytes gauge\n");
        sb.Append(inv, $"dotnet_gc_committed_bytes {GC.GetGCMemoryInfo().TotalCommittedBytes}\n");
        return sb.ToString();
    }

    private sealed class Histogram
    {
        private readonly long[] _counts = new long[Buckets.Length + 1];
        private long _sumMicros;

        public void Observe(double seconds)
        {
            int i = 0;
            while (i < Buckets.Length && seconds > Buckets[i]) i++;
            Interlocked.Increment(ref _counts[i]);
            Interlocked.Add(ref _sumMicros, (long)(seconds * 1e6));
        }

        public void Render(StringBuilder sb, string route)
        {
            var inv = CultureInfo.InvariantCulture;
            long cumulative = 0;
            for (int i = 0; i < Buckets.Length; i++)
            {
                cumulative += Interlocked.Read(ref _counts[i]);
                sb.Append(inv, $"kg_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{Buckets[i].ToString(inv)}\"}} {cumulative}\n");
            }
            cumulative += Interlocked.Read(ref _counts[^1]);
            sb.Append(inv, $"kg_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {cumulative}\n");
            sb.Append(inv, $"kg_http_request_duration_seconds_sum{{route=\"{route}\"}} {(Interlocked.Read(ref _sumMicros) / 1e6).ToString("0.######", inv)}\n");
            sb.Append(inv, $"kg_http_request_duration_seconds_count{{route=\"{route}\"}} {cumulative}\n");
        }
    }
}
