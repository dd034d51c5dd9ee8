using System.Net;
using System.Text;
using RichardSzalay.MockHttp;

namespace CoPrA.Tests.Orders.Tracking;

/// <summary>
/// A mocked GET whose answer is held back until the test releases it: a reconcile pass that stays
/// under way, at a known point, while the test does something else. Release it in a finally, so
/// that a failing test never leaves a lookup waiting.
/// </summary>
internal sealed class HeldAnswer
{
    private readonly TaskCompletionSource _asked = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Answers GET <paramref name="url"/> (any query) with <paramref name="body"/> once released.</summary>
    public HeldAnswer(MockHttpMessageHandler mock, string url, string body) =>
        mock.When(HttpMethod.Get, url).Respond(async _ =>
        {
            _asked.TrySetResult();
            await _released.Task;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        });

    /// <summary>Completes when the request has arrived (and is being held).</summary>
    public Task Asked => _asked.Task;

    /// <summary>Lets the answer go.</summary>
    public void Release() => _released.TrySetResult();
}
