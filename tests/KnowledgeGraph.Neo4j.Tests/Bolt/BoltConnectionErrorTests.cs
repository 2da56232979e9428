using System.Net;
using System.Net.Sockets;
using KnowledgeGraph.Neo4j.Bolt;

namespace KnowledgeGraph.Neo4j.Tests.Bolt;

/// <summary>Errors that need no server: nothing listening, a non-Bolt listener, the handshake bytes.</summary>
public class BoltConnectionErrorTests
{
    [Fact]
    public async Task Server_down_says_connection_refused_with_the_uri()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens on this port now

        await using var driver = new BoltDriver(new BoltEndpoint("127.0.0.1", port));
        var e = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.OpenSessionAsync());
        Assert.Contains($"cannot connect to bolt://127.0.0.1:{port}: connection refused", e.Message);
    }

    [Fact]
    public void Handshake_offers_5_4_down_to_5_0_then_4_4_then_1()
    {
        var bytes = BoltConnection.HandshakeBytes(BoltVersion.Supported);
        Assert.Equal("6060B017" + "00040405" + "00000404" + "00000001" + "00000000", Convert.ToHexString(bytes));
    }

    [Fact]
    public void Uri_parsing_defaults_the_port_and_rejects_other_schemes()
    {
        Assert.Equal(new BoltEndpoint("localhost", 7687), BoltEndpoint.Parse("bolt://localhost"));
        Assert.Equal(7999, BoltEndpoint.Parse("neo4j://127.0.0.1:7999").Port);
        Assert.Throws<ArgumentException>(() => BoltEndpoint.Parse("http://localhost:7474"));
    }
}
