using Sitrep.Analyze.Sentences.Heuristics;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Sentences;

/// <summary>Groups the tokens into sentences (requires <see cref="Layers.Tokens"/>, produces
/// <see cref="Layers.Sentences"/>; every sentence starts and ends on a token boundary).
/// A sentence ends at ".", "!", "?" or an ellipsis unless a lower-case word follows; at a blank line (unless the
/// line ends in a dateline dash); at an abbreviation such as "Inc." or "U.S." only when a typical sentence starter
/// follows; never at titles, months or initials ("Gen.", "Sept.", "J."). Closing quotes and brackets after the end
/// stay in the sentence. Sentences are capped at <see cref="SentenceSplitterOptions.MaxSentenceTokens"/>.</summary>
public sealed class SentenceSplitter(SentenceSplitterOptions? options = null) : IComponent
{
    private readonly SentenceSplitterOptions _options = options ?? new SentenceSplitterOptions();

    public string Name => "sentence-splitter";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Sentences];

    public void Process(Document doc, CancellationToken ct)
    {
        var tokens = doc.Get(Layers.Tokens).AsSpan();
        var sentences = new List<Sentence>(tokens.Length / 20 + 1);
        Split(doc.Text, tokens, _options, sentences, ct);
        doc.Set(Layers.Sentences, Layer<Sentence>.From(sentences));
    }

    /// <summary>Appends the sentences over <paramref name="tokens"/> to <paramref name="output"/>.</summary>
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceSplitterOptions options, List<Sentence> output, CancellationToken ct = default)
    {
        int max = Math.Max(2, options.MaxSentenceTokens);
        int start = 0;
        int straightQuotes = 0, curlyOpen = 0;
        for (int t = 0; t < tokens.Length; t++)
        {
            if ((t & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
            if (t > start && BreaksBetween(text, tokens[t - 1], tokens[t], options))
            {
                Emit(tokens, start, t - 1, output);
                start = t;
                straightQuotes = curlyOpen = 0;
            }
            var tok = text.Slice(tokens[t].Span.Start, tokens[t].Span.Length);
            if (tok is "\"" or "''" or "``") straightQuotes++;
            else if (tok is "“" or "‘" or "«") curlyOpen++;
            else if (tok is "”" or "’" or "»" && curlyOpen > 0) curlyOpen--;

            int end = -1;
            if (IsTerminal(text, tokens, t))
            {
                end = t;
                // Closing quotes and brackets after the full stop belong to the sentence.
                while (end + 1 < tokens.Length && !BreaksBetween(text, tokens[end], tokens[end + 1], options))
                {
                    var next = text.Slice(tokens[end + 1].Span.Start, tokens[end + 1].Span.Length);
                    if (next is ")" or "]" or "»" or "”" or "’") { end++; continue; }
                    if (next is "\"" or "''" && (straightQuotes & 1) == 1) { straightQuotes++; end++; continue; }
                    break;
                }
            }
            else if (t - start + 1 >= max)
            {
                end = t;
                for (int k = t; k >= start + max / 2; k--)
                {
                    var s = text.Slice(tokens[k].Span.Start, tokens[k].Span.Length);
                    if (s is "," or ";" or ":") { end = k; break; }
                }
            }
            if (end >= 0)
            {
                Emit(tokens, start, end, output);
                start = end + 1;
                t = end;
                straightQuotes = curlyOpen = 0;
            }
        }
        if (start < tokens.Length) Emit(tokens, start, tokens.Length - 1, output);
    }

    private static void Emit(ReadOnlySpan<Token> tokens, int first, int last, List<Sentence> output)
        => output.Add(new Sentence(TextSpan.FromBounds(tokens[first].Span.Start, tokens[last].Span.End)));

    /// <summary>A blank line between two tokens ends a sentence, unless the line ends in a dateline dash.</summary>
    private static bool BreaksBetween(ReadOnlySpan<char> text, Token before, Token after, SentenceSplitterOptions options)
    {
        var gap = text[before.Span.End..after.Span.Start];
        int newlines = 0;
        foreach (char c in gap)
        {
            if (c == '\n' || c == '\u2029' || c == '\u2028') newlines++;
            else if (c == '\r') continue;
        }
        if (newlines == 0 || (newlines == 1 && !options.LineBreakEndsSentence)) return false;
        var prev = text.Slice(before.Span.Start, before.Span.Length);
        return prev is not ("-" or "--" or "—" or "–" or ":");
    }

    private static bool IsTerminal(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t)
    {
        var tok = text.Slice(tokens[t].Span.Start, tokens[t].Span.Length);
        char last = tok[^1];
        bool isEllipsis = tok is "…" || (tok.Length >= 2 && tok.IndexOfAnyExcept('.') < 0);
        if (tok is "." || isEllipsis || (tok.IndexOfAnyExcept("!?") < 0 && tok.Length > 0))
        {
            var next = NextWord(text, tokens, t);
            if (next.IsEmpty) return true;
            if (char.IsLower(next[0])) return false;
            // An ellipsis often marks an omission inside a sentence; it ends one only before a capital.
            return !isEllipsis || char.IsUpper(next[0]) || !char.IsLetterOrDigit(next[0]);
        }
        if (last != '.' || tok.Length < 2) return false;
        if (tok.Length == 2 && char.IsUpper(tok[0])) return false; // an initial: "J. R. Smith"
        if (SentenceHeuristics.NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tok)) return false;
        var following = NextWord(text, tokens, t);
        if (following.IsEmpty) return true;
        return SentenceHeuristics.SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(following);
    }

    /// <summary>The next token after <paramref name="t"/> that is not a closing quote or bracket, or empty.</summary>
    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t)
    {
        for (int k = t + 1; k < tokens.Length && k <= t + 4; k++)
        {
            var s = text.Slice(tokens[k].Span.Start, tokens[k].Span.Length);
            if (s is "\"" or "''" or "”" or "’" or "'" or ")" or "]" or "»" or "“" or "‘" or "(" or "``" or "«") continue;
            return s;
        }
        return [];
    }
}
