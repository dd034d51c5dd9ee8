using System.Net;
using System.Net.Http.Headers;

namespace CoPrA.Benchmarks.Rest;

/// <summary>
/// A message handler that answers every request at once with the same 200 body and the headers
/// Kestrel sends (Date, Content-Type, Content-Length), so that a benchmark over it measures the
/// client's own work and no network. Answering asynchronously (after a yield to the thread pool)
/// makes every async method on the way suspend, as it does on a real socket.
/// </summary>
internal sealed class CannedResponseHandler(byte[] body, bool answerAsynchronously) : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private static readonly DateTimeOffset Date = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        answerAsynchronously ? AnswerLaterAsync(request) : Task.FromResult(Answer(request));

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) => Answer(request);

    private async Task<HttpResponseMessage> AnswerLaterAsync(HttpRequestMessage request)
    {
        await Task.Yield();
        return Answer(request);
    }

    private HttpResponseMessage Answer(HttpRequestMessage request)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new ByteArrayContent(body) };
        response.Headers.Date = Date;
        response.Content.Headers.ContentType = Json;
        response.Content.Headers.ContentLength = body.Length;
        return response;
    }
}
