using System.Net;
using CoPrA.Rest;
using static CoPrA.Tests.Reliability.ReliabilityHarness;

namespace CoPrA.Tests.Reliability;

/// <summary>No answer is read whole regardless of size: error bodies are cut at a cap, bodies over the response cap are refused.</summary>
public class BodyCapTests
{
    private const long HundredMegabytes = 100L * 1024 * 1024;
    private const int OneMebibyte = 1024 * 1024;

    private static HttpResponseMessage Generated(HttpStatusCode status, GeneratedStream body) =>
        new(status) { Content = new StreamContent(body) };

    [Fact]
    public async Task A_100_MB_error_body_is_cut_at_MaxErrorBodyBytes_and_the_exception_says_so()
    {
        var body = new GeneratedStream(HundredMegabytes);
        var handler = new Sequence(_ => Generated(HttpStatusCode.BadRequest, body));
        using var client = new RestClient(Options(), new HttpClient(handler));

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => client.ProductsAsync());

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal(OneMebibyte, ex.Body.Length);
        Assert.Contains("MaxErrorBodyBytes", ex.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
        Assert.True(body.BytesRead < 2 * OneMebibyte, $"read {body.BytesRead} bytes of a 100 MB body");
    }

    [Fact]
    public async Task A_100_MB_page_is_refused_at_MaxResponseBytes_without_reading_it_whole()
    {
        var body = new GeneratedStream(HundredMegabytes);
        var handler = new Sequence(_ => Generated(HttpStatusCode.OK, body));
        using var client = new RestClient(Options(), new HttpClient(handler));

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => client.ProductsAsync());

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Contains("MaxResponseBytes", ex.Message, StringComparison.Ordinal);
        Assert.True(body.BytesRead <= 65L * OneMebibyte, $"read {body.BytesRead} bytes of a 100 MB body");
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task The_caps_are_configurable_and_a_body_at_the_cap_is_read()
    {
        string page = "[" + string.Join(",", Enumerable.Repeat("\"BTC-USD\"", 10)) + "]";
        var handler = new Sequence(
            _ => Json(HttpStatusCode.OK, page),
            _ => Json(HttpStatusCode.OK, page + " "),
            _ => Json(HttpStatusCode.BadRequest, """{"message":"too long"}"""));
        using var client = new RestClient(Options(configure: o => { o.MaxResponseBytes = page.Length; o.MaxErrorBodyBytes = 5; }), new HttpClient(handler));

        Assert.Equal(10, (await client.GetAsync("/products")).Json.GetArrayLength());
        var over = await Assert.ThrowsAsync<ApiRequestException>(() => client.GetAsync("/products"));
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => client.GetAsync("/products"));

        Assert.Contains($"MaxResponseBytes ({page.Length} bytes)", over.Message, StringComparison.Ordinal);
        Assert.Equal("{\"mes", error.Body);
    }

    /// <summary>A read-only stream of <c>length</c> spaces, made as it is read, counting what was read.</summary>
    private sealed class GeneratedStream(long length) : Stream
    {
        private long _position;

        public long BytesRead => Interlocked.Read(ref _position);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = (int)Math.Min(buffer.Length, length - _position);
            buffer[..n].Fill((byte)' ');
            Interlocked.Add(ref _position, n);
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
