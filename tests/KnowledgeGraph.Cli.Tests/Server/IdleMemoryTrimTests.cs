using KnowledgeGraph.Server;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>
/// When the idle server gives memory back: only once no query runs, none ended for the quiet time, and enough was
/// allocated since the last time; once per burst, not again while nothing new was allocated.
/// Allocation is read from a counter each test owns: the process-wide count also moves with the tests running beside
/// these ones, which made "not again without new allocation" fail now and then.
/// </summary>
public class IdleMemoryTrimTests
{
    private sealed class Allocation
    {
        private long _bytes;
        public long Read() => Interlocked.Read(ref _bytes);
        public void Add(long megabytes) => Interlocked.Add(ref _bytes, megabytes << 20);
    }

    private static bool WaitFor(Func<bool> condition, TimeSpan within)
    {
        var end = DateTime.UtcNow + within;
        while (DateTime.UtcNow < end)
        {
            if (condition()) return true;
            Thread.Sleep(20);
        }
        return condition();
    }

    [Fact]
    public void Trims_once_after_a_quiet_time_that_follows_allocation_and_not_again_without_new_allocation()
    {
        int running = 0;
        var allocation = new Allocation();
        using var trim = new IdleMemoryTrim(() => Volatile.Read(ref running), TimeSpan.FromMilliseconds(200),
            allocationThreshold: 8L << 20, period: TimeSpan.FromMilliseconds(20), allocatedBytes: allocation.Read);
        allocation.Add(16);
        trim.QueryEnded();
        Assert.True(WaitFor(() => trim.Trims == 1, TimeSpan.FromSeconds(10)), "no trim after the quiet time");
        Thread.Sleep(400);
        Assert.Equal(1, trim.Trims);
        allocation.Add(16);
        Assert.True(WaitFor(() => trim.Trims == 2, TimeSpan.FromSeconds(10)), "no trim after a new burst");
    }

    [Fact]
    public void Never_trims_while_a_query_runs_or_before_the_quiet_time()
    {
        int running = 1;
        var allocation = new Allocation();
        using var trim = new IdleMemoryTrim(() => Volatile.Read(ref running), TimeSpan.FromMilliseconds(300),
            allocationThreshold: 8L << 20, period: TimeSpan.FromMilliseconds(20), allocatedBytes: allocation.Read);
        allocation.Add(16);
        Thread.Sleep(600);
        Assert.Equal(0, trim.Trims); // a query is running
        trim.QueryEnded();
        Volatile.Write(ref running, 0);
        Thread.Sleep(100);
        Assert.Equal(0, trim.Trims); // quiet for less than 300 ms
        Assert.True(WaitFor(() => trim.Trims == 1, TimeSpan.FromSeconds(10)), "no trim once idle");
    }

    [Fact]
    public void Leaves_a_server_alone_that_allocated_little()
    {
        var allocation = new Allocation();
        using var trim = new IdleMemoryTrim(() => 0, TimeSpan.FromMilliseconds(50),
            allocationThreshold: 8L << 20, period: TimeSpan.FromMilliseconds(20), allocatedBytes: allocation.Read);
        allocation.Add(4);
        Thread.Sleep(400);
        Assert.Equal(0, trim.Trims);
    }

    [Fact]
    public void Counts_the_whole_process_allocation_by_default()
    {
        using var trim = new IdleMemoryTrim(() => 0, TimeSpan.FromMilliseconds(50),
            allocationThreshold: 1L << 20, period: TimeSpan.FromMilliseconds(20));
        var garbage = Enumerable.Range(0, 4).Select(_ => new byte[1 << 20]).ToArray();
        GC.KeepAlive(garbage);
        Assert.True(WaitFor(() => trim.Trims >= 1, TimeSpan.FromSeconds(10)), "real allocation never counted");
    }
}
