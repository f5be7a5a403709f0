namespace Sitrep.Bench.Attribution;

public static class AttributionBench
{
    // STUB: to be implemented.
    public static int Run(BenchArgs args)
    {
        Console.Error.WriteLine("AttributionBench is not implemented yet");
        return 3;
    }
}
