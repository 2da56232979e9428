using KnowledgeGraph.Neo4j.Bolt;
using KnowledgeGraph.Neo4j.PackStream;
using KnowledgeGraph.Neo4j.Tests.Support;

namespace KnowledgeGraph.Neo4j.Tests.Bolt;

/// <summary>The Bolt 4.4 and 5.x paths, against a fake server replaying transcripts written from the specification.</summary>
public class BoltTranscriptTests
{
    private static readonly BoltClientOptions Options = new(FetchSize: 2, UserAgent: "kg/1", ConnectTimeout: TimeSpan.FromSeconds(5));

    private static async Task<List<object?>> ColumnAsync(IRecordStream stream) =>
        (await ((BoltRecordStream)stream).ToListAsync()).Select(r => r[0]).ToList();

    [Fact]
    public async Task Bolt_5_4_session_follows_the_transcript()
    {
        await using var server = new TranscriptServer("bolt54-session.txt");
        await using (var driver = new BoltDriver(BoltEndpoint.Parse(server.Uri), Options))
        {
            await using (var session = await driver.OpenSessionAsync())
            {
                Assert.Equal(BoltVersion.V5_4, session.ProtocolVersion);
                Assert.Equal("Neo4j/5.20.0", session.ServerAgent);

                var numbers = await session.RunAsync("UNWIND [1, 2, 3] AS n RETURN n");
                Assert.Equal(new object?[] { 1L, 2L, 3L }, await ColumnAsync(numbers));

                await using (var tx = await session.BeginTransactionAsync())
                {
                    var nodes = await ColumnAsync(await tx.RunAsync("MATCH (p) RETURN p"));
                    var node = Assert.IsType<Node>(Assert.Single(nodes));
                    Assert.Equal(("4:db:1", "Ana"), (node.ElementId, node.Properties["name"]));
                    await tx.CommitAsync();
                }

                var e = await Assert.ThrowsAsync<Neo4jServerException>(() => session.RunAsync("RETRUN 1"));
                Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
                Assert.Equal(new object?[] { 7L }, await ColumnAsync(await session.RunAsync("RETURN 7")));
            }
        }
        await server.Completion;
    }

    [Fact]
    public async Task Bolt_4_4_read_session_sends_mode_r_and_auth_in_hello()
    {
        await using var server = new TranscriptServer("bolt44-read-session.txt");
        await using (var driver = new BoltDriver(BoltEndpoint.Parse(server.Uri), Options))
        await using (var session = await driver.OpenSessionAsync(new SessionOptions(AccessMode.Read)))
        {
            Assert.Equal(BoltVersion.V4_4, session.ProtocolVersion);
            Assert.Equal(new object?[] { 1L }, await ColumnAsync(await session.RunAsync("RETURN 1")));
        }
        await server.Completion;
    }

    [Fact]
    public async Task Disconnect_mid_stream_is_reported_as_such_after_the_records_already_received()
    {
        await using var server = new TranscriptServer("bolt50-disconnect.txt");
        await using var driver = new BoltDriver(BoltEndpoint.Parse(server.Uri), Options);
        var session = await driver.OpenSessionAsync();
        Assert.Equal(BoltVersion.V5_0, session.ProtocolVersion);
        var stream = await session.RunAsync("UNWIND [1, 2, 3] AS n RETURN n");
        var seen = new List<object?>();
        var e = await Assert.ThrowsAsync<ServiceUnavailableException>(async () =>
        {
            await foreach (var r in stream) seen.Add(r[0]);
        });
        Assert.Equal(new object?[] { 1L }, seen);
        Assert.Contains($"connection to bolt://127.0.0.1:{server.Port} closed by the server mid-stream", e.Message);
        await session.DisposeAsync();
        Assert.Equal(0, driver.IdleConnections);
        await server.Completion;
    }

    [Fact]
    public async Task Handshake_refused_names_the_offered_versions()
    {
        await using var server = new TranscriptServer("handshake-refused.txt");
        await using var driver = new BoltDriver(BoltEndpoint.Parse(server.Uri), Options);
        var e = await Assert.ThrowsAsync<BoltProtocolException>(() => driver.OpenSessionAsync());
        Assert.Contains($"handshake refused by bolt://127.0.0.1:{server.Port}", e.Message);
        Assert.Contains("5.4, 5.3, 5.2, 5.1, 5.0, 4.4, 1.0", e.Message);
        await server.Completion;
    }

    [Fact]
    public async Task Messages_longer_than_a_chunk_are_split_into_65535_byte_chunks()
    {
        var wire = new MemoryStream();
        var transport = new BoltTransport(wire, "test");
        transport.BeginMessage(1, 0x10).WriteString(new string('a', 70000));
        transport.EndMessage();
        await transport.FlushAsync(CancellationToken.None);
        var bytes = wire.ToArray();
        // body = B1 10 D2 00 01 11 70 + 70000 bytes = 70007 bytes → chunks of 65535 and 4472, then 00 00
        Assert.Equal("FFFF", Convert.ToHexString(bytes, 0, 2));
        Assert.Equal("1178", Convert.ToHexString(bytes, 2 + 65535, 2));
        Assert.Equal(2 + 65535 + 2 + 4472 + 2, bytes.Length);
        Assert.Equal("0000", Convert.ToHexString(bytes, bytes.Length - 2, 2));

        wire.Position = 0;
        var body = await new BoltTransport(wire, "test").ReadMessageAsync(CancellationToken.None);
        Assert.Equal(70007, body.Length);
    }
}
