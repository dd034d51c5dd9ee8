using System.Net;
using System.Net.Sockets;
using System.Text;
using CoPrA.Rest;
using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Rest;

/// <summary>
/// Query and path encoding: RFC 3986 percent-encoding with ':' literal, built once, sent as built
/// and signed as sent.
/// </summary>
public class QueryEncodingTests
{
    private static KeyValuePair<string, string> Pair(string key, string value) => new(key, value);

    [Fact]
    public async Task Reserved_and_non_ASCII_characters_are_percent_encoded_and_colons_stay_literal()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/search", "{}");

        await harness.Client.GetAsync("/search",
        [
            Pair("q", "a b/c+d&e=f?g#h%"),
            Pair("name", "Zürich €"),
            Pair("start", "2019-01-01T00:00:00Z"),
            Pair("emoji", "😀"),
            Pair("unreserved", "AZaz09-._~"),
            Pair("k y", "v"),
        ], auth: true);

        var sent = harness.AssertSent(HttpMethod.Get,
            "/search?q=a%20b%2Fc%2Bd%26e%3Df%3Fg%23h%25&name=Z%C3%BCrich%20%E2%82%AC&start=2019-01-01T00:00:00Z" +
            "&emoji=%F0%9F%98%80&unreserved=AZaz09-._~&k%20y=v&" + NoCache);
        AssertSigned(sent);
    }

    [Fact]
    public async Task Typed_query_values_are_encoded_too()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/orders", "[]");

        await harness.Client.OrdersAsync(productId: "BTC USD/€", before: "2019-01-01T00:00:00+01:00");

        AssertSigned(harness.AssertSent(HttpMethod.Get, "/orders?limit=100&before=2019-01-01T00:00:00%2B01:00&product_id=BTC%20USD%2F%E2%82%AC&" + NoCache));
    }

    [Fact]
    public async Task Ids_in_the_path_are_encoded_as_one_segment()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/accounts/a%2Fb%20c%3Fd", "{}");

        await harness.Client.AccountAsync("a/b c?d");

        AssertSigned(harness.AssertSent(HttpMethod.Get, "/accounts/a%2Fb%20c%3Fd?" + NoCache));
    }

    [Fact]
    public async Task Repeated_status_keys_repeat_in_order()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/orders", "[]");

        await harness.Client.OrdersAsync([OrderStatus.Open, OrderStatus.Pending]);

        AssertSigned(harness.AssertSent(HttpMethod.Get, "/orders?limit=100&status=open&status=pending&" + NoCache));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public async Task A_dot_segment_id_is_rejected_before_it_can_retarget_the_request(string id)
    {
        // Uri collapses "/orders/." to "/orders/" and "/orders/.." to "/": a cancel of one order
        // would become a DELETE of the order collection.
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.CancelAsync(id), "orderId");
        await harness.AssertRejectedAsync<ArgumentException>(c => c.GetOrderAsync(id), "orderId");
        await harness.AssertRejectedAsync<ArgumentException>(c => c.AccountAsync(id), "accountId");
        await harness.AssertRejectedAsync<ArgumentException>(c => c.TickerAsync(id), "productId");
        await harness.AssertRejectedAsync<ArgumentException>(c => c.ReportStatusAsync(id), "reportId");
    }

    [Fact]
    public async Task Ids_that_merely_contain_dots_are_sent()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Delete, "/orders/...", "[]");

        await harness.Client.CancelAsync("...");

        AssertSigned(harness.AssertSent(HttpMethod.Delete, "/orders/..."));
    }

    [Fact]
    public async Task The_signature_covers_the_exact_request_target_on_a_real_socket()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var server = ServeOneRequestAsync(listener);
        using var client = new RestClient(new RestClientOptions
        {
            BaseUrl = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}",
            Credentials = new Credentials(Key, Secret, Passphrase),
            TimeProvider = Clock,
        });

        var response = await client.GetAsync("/orders", [Pair("q", "a b/c+d&é:"), Pair("status", "open"), Pair("status", "done")], auth: true)
            .WaitAsync(TimeSpan.FromSeconds(30));
        string head = await server.WaitAsync(TimeSpan.FromSeconds(30));

        string[] lines = head.Split("\r\n");
        string target = lines[0].Split(' ')[1];
        Assert.Equal("/orders?q=a%20b%2Fc%2Bd%26%C3%A9:&status=open&status=done&" + NoCache, target);
        string signature = lines.Single(l => l.StartsWith("CB-ACCESS-SIGN:", StringComparison.OrdinalIgnoreCase))["CB-ACCESS-SIGN:".Length..].Trim();
        Assert.Equal(ExpectedSignature(Secret, Timestamp, "GET", target, ""), signature);
        Assert.Equal(200, response.StatusCode);
    }

    /// <summary>Accepts one connection, returns its request head as sent, and answers <c>{}</c>.</summary>
    private static async Task<string> ServeOneRequestAsync(TcpListener listener)
    {
        using var connection = await listener.AcceptTcpClientAsync();
        var stream = connection.GetStream();
        var received = new List<byte>();
        var buffer = new byte[4096];
        while (!EndsWithBlankLine(received))
        {
            int read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                break;
            }

            received.AddRange(buffer.AsSpan(0, read));
        }

        Assert.All(received, b => Assert.True(b < 0x80, "the request head must be pure ASCII"));
        await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"u8.ToArray());
        return Encoding.ASCII.GetString([.. received]);
    }

    private static bool EndsWithBlankLine(List<byte> bytes) =>
        bytes.Count >= 4 && bytes[^4] == '\r' && bytes[^3] == '\n' && bytes[^2] == '\r' && bytes[^1] == '\n';
}
