using System.Threading.Channels;

namespace Sitrep.Cli.Commands;

/// <summary>Runs CPU work on a stream of items across cores and hands the results back in input order.
/// At most <c>2 × degree</c> items are in flight, so a directory of any size is processed in constant memory.</summary>
internal static class BatchRunner
{
    public static async Task RunAsync<TIn, TOut>(IAsyncEnumerable<TIn> items, Func<TIn, TOut> work, int degree, Action<TOut> emit, CancellationToken ct)
    {
        var inFlight = Channel.CreateBounded<Task<TOut>>(new BoundedChannelOptions(Math.Max(1, degree) * 2) { SingleReader = true, SingleWriter = true });
        using var gate = new SemaphoreSlim(Math.Max(1, degree));

        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in items.WithCancellation(ct))
                {
                    await gate.WaitAsync(ct);
                    var task = Task.Run(() =>
                    {
                        try { return work(item); }
                        finally { gate.Release(); }
                    }, ct);
                    await inFlight.Writer.WriteAsync(task, ct);
                }
                inFlight.Writer.Complete();
            }
            catch (Exception ex)
            {
                inFlight.Writer.Complete(ex);
            }
        }, ct);

        await foreach (var task in inFlight.Reader.ReadAllAsync(ct))
            emit(await task);
        await producer;
    }
}
