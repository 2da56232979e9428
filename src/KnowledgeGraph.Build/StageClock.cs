using System.Diagnostics;

namespace KnowledgeGraph.Build;

/// <summary>Wall and process CPU time per build stage: the CPU figure stays meaningful on a shared, loaded machine.</summary>
internal sealed class StageClock
{
    private readonly Stopwatch _lap = Stopwatch.StartNew();
    private TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;

    public List<KeyValuePair<string, TimeSpan>> Stages { get; } = new();

    /// <summary>Per stage, the managed heap at its end (garbage not yet collected included) and the resident set then (MiB), to see which
    /// stage's data sets the peak.</summary>
    public List<KeyValuePair<string, (long HeapMiB, long RssMiB)>> Memory { get; } = new();

    /// <summary>Records the memory at the end of a stage timed elsewhere (the pipeline's own stages).</summary>
    public void Measure(string name)
    {
        using var self = Process.GetCurrentProcess();
        Memory.Add(new(name, (GC.GetTotalMemory(false) >> 20, self.WorkingSet64 >> 20)));
    }

    /// <summary>Ends the stage <paramref name="name"/> (started at the previous call) and starts the next.</summary>
    public void Done(string name)
    {
        var now = Process.GetCurrentProcess().TotalProcessorTime;
        Stages.Add(new(name, _lap.Elapsed));
        Stages.Add(new(name + "-cpu", now - _cpu));
        _cpu = now;
        using (var self = Process.GetCurrentProcess()) Memory.Add(new(name, (GC.GetTotalMemory(false) >> 20, self.WorkingSet64 >> 20)));
        _lap.Restart();
    }
}
