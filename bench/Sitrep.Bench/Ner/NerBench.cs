namespace Sitrep.Bench.Ner;

public static class NerBench
{
    // STUB: to be implemented.
    public static int Run(BenchArgs args)
    {
        Console.Error.WriteLine("NerBench is not implemented yet");
        return 3;
    }
}
