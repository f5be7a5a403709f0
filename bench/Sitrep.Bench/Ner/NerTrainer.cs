namespace Sitrep.Bench.Ner;

public static class NerTrainer
{
    // STUB: to be implemented.
    public static int Run(BenchArgs args)
    {
        Console.Error.WriteLine("NerTrainer is not implemented yet");
        return 3;
    }
}
