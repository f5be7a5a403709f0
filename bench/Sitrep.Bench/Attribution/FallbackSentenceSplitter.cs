using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Core.Pipeline;

namespace Sitrep.Bench.Attribution;

/// <summary>Bench-only stand-in for the Analyze sentence splitter while it is not on this branch: splits at line breaks
/// and at . ! ? followed by a space and a capital letter or an opening quote, except after short abbreviations.</summary>
public sealed class FallbackSentenceSplitter : IComponent
{
    public string Name => "fallback-sentences";
    public IReadOnlyList<LayerKey> Requires { get; } = [];
    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Sentences];

    public void Process(Document doc, CancellationToken ct)
    {
        var text = doc.Text;
        var sentences = new List<Sentence>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool cut = c == '\n';
            int end = i;
            if (c is '.' or '!' or '?')
            {
                int j = i + 1;
                while (j < text.Length && text[j] is '”' or '"' or '’' or '\'' or ')') j++;
                if (j + 1 < text.Length && text[j] == ' ' && (char.IsUpper(text[j + 1]) || text[j + 1] is '“' or '"' or '‘' or '\'') && !IsAbbreviation(text, i))
                {
                    cut = true;
                    end = j;
                    i = j;
                }
            }
            if (!cut) continue;
            Add(text, sentences, start, end);
            start = i + 1;
        }
        Add(text, sentences, start, text.Length);
        doc.Set(Layers.Sentences, sentences);
    }

    private static void Add(string text, List<Sentence> sentences, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new Sentence(TextSpan.FromBounds(start, end)));
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        if (text[dot] != '.') return false;
        int s = dot;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        var word = text.AsSpan(s, dot - s);
        return (word.Length == 1 && char.IsUpper(word[0])) || (s > 0 && text[s - 1] == '.')
            || Sitrep.Analyze.Quotes.AttributionHeuristics.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
