using Sitrep.Core;

namespace Sitrep.Bench.Attribution;

/// <summary>The naive peer: every passage in double quotation marks is content, its source the nearest run of
/// capitalised words outside quotes (not sentence-initial), its cue the word "said"/"says"/"told" nearest to it.</summary>
public static class QuoteOnlyBaseline
{
    public static List<ScoredAttribution> Predict(string text)
    {
        var result = new List<ScoredAttribution>();
        var names = new List<(int Start, int End)>();
        var inQuote = new bool[text.Length];
        var quotes = new List<(int Start, int End)>();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('“' or '"')) continue;
            int close = text.IndexOfAny(['”', '"', '\n'], i + 1);
            if (close < 0 || text[close] == '\n') continue;
            quotes.Add((i + 1, close));
            for (int k = i; k <= close; k++) inQuote[k] = true;
            i = close;
        }
        for (int i = 0; i < text.Length; i++)
        {
            if (inQuote[i] || !char.IsUpper(text[i]) || (i > 0 && char.IsLetter(text[i - 1]))) continue;
            int prev = i - 1;
            while (prev >= 0 && text[prev] == ' ') prev--;
            if (prev < 0 || text[prev] is '.' or '\n' or '“' or '"' or '”') continue;
            int end = i;
            while (end < text.Length && !inQuote[end] && (char.IsLetter(text[end]) || (text[end] == ' ' && end + 1 < text.Length && char.IsUpper(text[end + 1])))) end++;
            names.Add((i, end));
            i = end;
        }
        foreach (var q in quotes)
        {
            var source = Nearest(names, q);
            var cue = NearestCue(text, q);
            result.Add(new ScoredAttribution(SpanSet.Of(text, [q]), cue is { } c ? SpanSet.Of(text, [c]) : SpanSet.Empty, source is { } s ? SpanSet.Of(text, [s]) : SpanSet.Empty));
        }
        return result;
    }

    private static (int, int)? Nearest(List<(int Start, int End)> spans, (int Start, int End) q)
    {
        (int, int)? best = null;
        int bestDistance = int.MaxValue;
        foreach (var s in spans)
        {
            int d = s.End <= q.Start ? q.Start - s.End : s.Start >= q.End ? s.Start - q.End : int.MaxValue;
            if (d < bestDistance) { bestDistance = d; best = s; }
        }
        return bestDistance <= 300 ? best : null;
    }

    private static (int, int)? NearestCue(string text, (int Start, int End) q)
    {
        (int, int)? best = null;
        int bestDistance = 200;
        foreach (var cue in (ReadOnlySpan<string>)[" said", " says", " told"])
        {
            int after = text.IndexOf(cue, q.End, Math.Min(200, text.Length - q.End), StringComparison.Ordinal);
            if (after >= 0 && after - q.End < bestDistance) { bestDistance = after - q.End; best = (after + 1, after + cue.Length); }
            int from = Math.Max(0, q.Start - 200);
            int before = text.LastIndexOf(cue, q.Start, q.Start - from, StringComparison.Ordinal);
            if (before >= 0 && q.Start - before < bestDistance) { bestDistance = q.Start - before; best = (before + 1, before + cue.Length); }
        }
        return best;
    }
}
