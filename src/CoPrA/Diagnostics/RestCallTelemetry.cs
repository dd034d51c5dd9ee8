using System.Diagnostics;
using System.Globalization;
using CoPrA.Rest;

namespace CoPrA.Diagnostics;

/// <summary>
/// The span and duration of one REST call, named by its documented path template. Costs a flag
/// check when nothing listens. Never records a query, a body, a header or anything signed.
/// </summary>
internal readonly struct RestCallTelemetry
{
    private readonly Activity? _activity;
    private readonly long _started;
    private readonly string _method;
    private readonly string? _template;
    private readonly Uri _server;

    private RestCallTelemetry(Activity? activity, long started, string method, string? template, Uri server)
    {
        _activity = activity;
        _started = started;
        _method = method;
        _template = template;
        _server = server;
    }

    /// <summary>Starts the span (a client span, parent of HttpClient's own per-attempt spans) and the timer.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path sent, without the query.</param>
    /// <param name="templates">The templates of the calling client's endpoints.</param>
    /// <param name="server">The base URL: its host and port are recorded.</param>
    public static RestCallTelemetry Start(string method, string path, EndpointTemplates templates, Uri server)
    {
        bool traced = CoPrATelemetry.Source.HasListeners();
        if (!traced && !CoPrATelemetry.RequestDuration.Enabled)
        {
            return default;
        }

        string? template = templates.Match(path);
        Activity? activity = null;
        if (traced)
        {
            // OpenTelemetry's HTTP client span name: "{method} {url.template}", or the method alone.
            activity = CoPrATelemetry.Source.StartActivity(template is null ? method : string.Concat(method, " ", template), ActivityKind.Client);
            if (activity is { IsAllDataRequested: true })
            {
                activity.SetTag("http.request.method", method);
                activity.SetTag("server.address", server.Host);
                activity.SetTag("server.port", server.Port);
                activity.SetTag("url.template", template);
            }
        }

        return new RestCallTelemetry(activity, Stopwatch.GetTimestamp(), method, template, server);
    }

    /// <summary>Ends the span and records the duration.</summary>
    /// <param name="statusCode">The last answer's status, or null when none came.</param>
    /// <param name="attempts">How many times the request was sent (retries and a resend after a clock sync included).</param>
    /// <param name="error">The exception the call ends with, or null.</param>
    public void Stop(int? statusCode, int attempts, Exception? error)
    {
        if (_method is null)
        {
            return;
        }

        string? errorType = error switch
        {
            null => statusCode >= 400 ? statusCode.Value.ToString(CultureInfo.InvariantCulture) : null,
            ApiRequestException api => ((int)api.StatusCode).ToString(CultureInfo.InvariantCulture),
            _ => error.GetType().FullName,
        };
        int? status = error is ApiRequestException failed ? (int)failed.StatusCode : statusCode;

        if (_activity is { } activity)
        {
            if (activity.IsAllDataRequested)
            {
                activity.SetTag("http.response.status_code", status);
                activity.SetTag("http.request.resend_count", attempts > 1 ? attempts - 1 : null);
                activity.SetTag("error.type", errorType);
            }

            if (errorType is not null)
            {
                // The type or status only: a server message may quote what was sent.
                activity.SetStatus(ActivityStatusCode.Error, errorType);
            }

            activity.Dispose();
        }

        if (CoPrATelemetry.RequestDuration.Enabled)
        {
            var tags = new TagList
            {
                { "http.request.method", _method },
                { "server.address", _server.Host },
                { "server.port", _server.Port },
            };
            if (_template is not null)
            {
                tags.Add("url.template", _template);
            }

            if (status is not null)
            {
                tags.Add("http.response.status_code", status.Value);
            }

            if (errorType is not null)
            {
                tags.Add("error.type", errorType);
            }

            CoPrATelemetry.RequestDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
        }
    }
}
