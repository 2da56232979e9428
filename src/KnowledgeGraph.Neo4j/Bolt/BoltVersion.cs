namespace KnowledgeGraph.Neo4j.Bolt;

/// <summary>A Bolt protocol version as negotiated in the handshake.</summary>
public readonly record struct BoltVersion(int Major, int Minor) : IComparable<BoltVersion>
{
    public static readonly BoltVersion V1 = new(1, 0);
    public static readonly BoltVersion V4_4 = new(4, 4);
    public static readonly BoltVersion V5_0 = new(5, 0);
    public static readonly BoltVersion V5_1 = new(5, 1);
    public static readonly BoltVersion V5_3 = new(5, 3);
    public static readonly BoltVersion V5_4 = new(5, 4);

    /// <summary>Versions this client implements, newest first (the handshake offers them in this order).</summary>
    public static readonly IReadOnlyList<BoltVersion> Supported = new[] { V5_4, new(5, 3), new(5, 2), V5_1, V5_0, V4_4, V1 };

    public bool IsSupported => Supported.Contains(this);

    /// <summary>Bolt 3+ replaced ACK_FAILURE by RESET and added BEGIN/COMMIT/ROLLBACK; 4+ added PULL n.</summary>
    public bool HasExplicitTransactions => Major >= 3;

    public bool HasPullN => Major >= 4;

    public bool HasLogon => this >= V5_1;

    public bool HasBoltAgent => this >= V5_3;

    /// <summary>Decodes the server's four-byte handshake answer (00 00 minor major); zero means none agreed.</summary>
    public static BoltVersion FromHandshake(ReadOnlySpan<byte> answer) => new(answer[3], answer[2]);

    public int CompareTo(BoltVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator >=(BoltVersion a, BoltVersion b) => a.CompareTo(b) >= 0;
    public static bool operator <=(BoltVersion a, BoltVersion b) => a.CompareTo(b) <= 0;
    public static bool operator >(BoltVersion a, BoltVersion b) => a.CompareTo(b) > 0;
    public static bool operator <(BoltVersion a, BoltVersion b) => a.CompareTo(b) < 0;

    public override string ToString() => $"{Major}.{Minor}";
}
