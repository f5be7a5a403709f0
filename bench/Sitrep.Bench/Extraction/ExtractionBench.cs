namespace Sitrep.Bench.Extraction;

public static class ExtractionBench
{
    // STUB: to be implemented.
    public static int Run(BenchArgs args)
    {
        Console.Error.WriteLine("ExtractionBench is not implemented yet");
        return 3;
    }
}
