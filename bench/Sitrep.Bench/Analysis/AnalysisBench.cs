namespace Sitrep.Bench.Analysis;

public static class AnalysisBench
{
    // STUB: to be implemented.
    public static int Run(BenchArgs args)
    {
        Console.Error.WriteLine("AnalysisBench is not implemented yet");
        return 3;
    }
}
