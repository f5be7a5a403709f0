namespace Sitrep.Bench.Attribution;

/// <summary>Matched, predicted and gold counts summed over articles, with precision, recall and F1.</summary>
public sealed class PrfCount
{
    public int Matched { get; set; }
    public int Predicted { get; set; }
    public int Gold { get; set; }

    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
