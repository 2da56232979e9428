namespace KnowledgeGraph.Neo4j.Bolt;

/// <summary>One result row: values in the order of the query's keys.</summary>
public sealed class Record
{
    public Record(IReadOnlyList<string> keys, IReadOnlyList<object?> values)
    {
        Keys = keys;
        Values = values;
    }

    public IReadOnlyList<string> Keys { get; }

    public IReadOnlyList<object?> Values { get; }

    public object? this[int index] => Values[index];

    public object? this[string key]
    {
        get
        {
            for (var i = 0; i < Keys.Count; i++)
                if (Keys[i] == key) return Values[i];
            throw new KeyNotFoundException($"the record has no key '{key}' (keys: {string.Join(", ", Keys)})");
        }
    }
}

/// <summary>The metadata the server sent when a query ended (statistics under "stats").</summary>
public sealed record ResultSummary(IReadOnlyDictionary<string, object?> Metadata)
{
    /// <summary>An update counter such as "nodes-created" or "relationships-created"; 0 when absent.</summary>
    public long Counter(string name) =>
        Metadata.TryGetValue("stats", out var stats) && stats is IReadOnlyDictionary<string, object?> map
            && map.TryGetValue(name, out var value) && value is long count ? count : 0;
}
