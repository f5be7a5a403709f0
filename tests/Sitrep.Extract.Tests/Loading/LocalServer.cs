using System.Net;
using System.Net.Sockets;

namespace Sitrep.Extract.Tests.Loading;

/// <summary>A real HTTP server on 127.0.0.1 (HttpListener) with one handler per path, for fetcher tests.</summary>
internal sealed class LocalServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Func<HttpListenerContext, CancellationToken, Task>> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private int _requests;

    public LocalServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public int Port { get; }
    public int Requests => Volatile.Read(ref _requests);
    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public LocalServer On(string path, Func<HttpListenerContext, CancellationToken, Task> handler)
    {
        lock (_routes) _routes[path] = handler;
        return this;
    }

    public LocalServer OnBytes(string path, byte[] body, string contentType = "text/html; charset=utf-8", string? contentEncoding = null)
        => On(path, async (ctx, ct) =>
        {
            ctx.Response.ContentType = contentType;
            if (contentEncoding is not null) ctx.Response.AddHeader("Content-Encoding", contentEncoding);
            ctx.Response.ContentLength64 = body.Length;
            await ctx.Response.OutputStream.WriteAsync(body, ct);
            ctx.Response.Close();
        });

    public LocalServer OnRedirect(string path, string location, int status = 302)
        => On(path, (ctx, _) =>
        {
            ctx.Response.StatusCode = status;
            ctx.Response.RedirectLocation = location;
            ctx.Response.Close();
            return Task.CompletedTask;
        });

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            Interlocked.Increment(ref _requests);
            _ = Task.Run(async () =>
            {
                Func<HttpListenerContext, CancellationToken, Task>? handler;
                lock (_routes) _routes.TryGetValue(ctx.Request.Url!.AbsolutePath, out handler);
                try
                {
                    if (handler is null) { ctx.Response.StatusCode = 404; ctx.Response.Close(); }
                    else await handler(ctx, _stop.Token);
                }
                catch (Exception)
                {
                    try { ctx.Response.Abort(); } catch (Exception) { }
                }
            });
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }
}
