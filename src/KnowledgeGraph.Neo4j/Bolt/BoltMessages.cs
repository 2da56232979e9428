namespace KnowledgeGraph.Neo4j.Bolt;

/// <summary>Message signatures of the Bolt versions spoken here (the same byte for a renamed message, e.g. INIT/HELLO).</summary>
public static class BoltMessages
{
    public const byte Init = 0x01;         // Bolt 1–2 INIT, Bolt 3+ HELLO
    public const byte Hello = 0x01;
    public const byte Goodbye = 0x02;      // Bolt 3+
    public const byte AckFailure = 0x0E;   // Bolt 1–2
    public const byte Reset = 0x0F;
    public const byte Run = 0x10;
    public const byte Begin = 0x11;        // Bolt 3+
    public const byte Commit = 0x12;
    public const byte Rollback = 0x13;
    public const byte DiscardAll = 0x2F;   // Bolt 1–3 DISCARD_ALL, Bolt 4+ DISCARD {n, qid}
    public const byte Discard = 0x2F;
    public const byte PullAll = 0x3F;      // Bolt 1–3 PULL_ALL, Bolt 4+ PULL {n, qid}
    public const byte Pull = 0x3F;
    public const byte Logon = 0x6A;        // Bolt 5.1+
    public const byte Logoff = 0x6B;

    public const byte Success = 0x70;
    public const byte Record = 0x71;
    public const byte Ignored = 0x7E;
    public const byte Failure = 0x7F;

    public static string Name(byte signature) => signature switch
    {
        Success => "SUCCESS",
        Record => "RECORD",
        Ignored => "IGNORED",
        Failure => "FAILURE",
        _ => $"0x{signature:X2}",
    };
}
