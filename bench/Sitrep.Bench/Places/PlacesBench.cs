using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Sitrep.Analyze.Entities.Recognition;
using Sitrep.Analyze.Entities.Resolution;
using Sitrep.Analyze.Places;
using Sitrep.Bench.Ner;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Core.Pipeline;

namespace Sitrep.Bench.Places;

/// <summary><c>./sitrep bench places</c>: place mentions against the gold LOC spans of CoNLL-2003 valid (or
/// --dataset): exact-span precision, recall and F1 for the PlaceResolver alone (gazetteer scan), after the shipped
/// recogniser and entity resolution, and with the gold PER/ORG/MISC/LOC mentions given, beside a naive gazetteer tagger (longest match of
/// capitalized words, no guards) as the peer. Recall is bounded by gold LOC names the gazetteer holds (continents,
/// rivers and regions below first level are not places here); that bound is printed. Speed: documents per second of
/// the resolver alone, median of --runs N (default 5).</summary>
public static class PlacesBench
{
    public static int Run(BenchArgs args)
    {
        var dataset = args.DatasetOr("data/ner/conll2003/valid.txt");
        int runs = args.Extra.TryGetValue("runs", out var r) && int.TryParse(r, out int rn) && rn > 0 ? rn : 5;
        var docs = BuildDocuments(ConllReader.Read(dataset, args.Limit));
        var loadClock = Stopwatch.StartNew();
        var gazetteer = Gazetteer.Default;
        double loadMs = loadClock.Elapsed.TotalMilliseconds;
        var resolver = new PlaceResolver(gazetteer, new PlaceResolverOptions());

        var scanOnly = Score(docs, d => Resolve(resolver, new Document(d.Text)));
        var withGold = Score(docs, d =>
        {
            var doc = new Document(d.Text);
            doc.Set(Layers.EntityMentions, d.Gold.Select(g => new EntityMention(g.Span, g.Type)));
            return Resolve(resolver, doc);
        });
        // As in the default analysis: recogniser, then entity resolution (which retypes lone surnames and demonyms).
        var pipeline = new PipelineBuilder().UseEntityRecognizer().UseEntityResolver().Use(resolver).Build();
        var withNer = Score(docs, d => pipeline.Process(new Document(d.Text)).Get(Layers.Places).Items.Select(p => p.Span).ToList());
        if (args.Extra.TryGetValue("show-errors", out var mode))
            ShowErrors(docs, mode == "recogniser"
                ? d => pipeline.Process(new Document(d.Text)).Get(Layers.Places).Items.Select(p => p.Span).ToList()
                : d => Resolve(resolver, new Document(d.Text)));
        var naive = Score(docs, d => Naive(gazetteer, d.Text));

        int goldLoc = docs.Sum(d => d.Gold.Count(g => g.Type == EntityType.Location));
        int inGazetteer = docs.Sum(d => d.Gold.Count(g => g.Type == EntityType.Location && InGazetteer(gazetteer, d.Text.Substring(g.Span.Start, g.Span.Length))));

        var speeds = new List<double>();
        for (int run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var d in docs) resolver.Process(new Document(d.Text), CancellationToken.None);
            speeds.Add(docs.Count / clock.Elapsed.TotalSeconds);
        }
        double speed = speeds.Order().ElementAt(speeds.Count / 2);

        if (args.Json)
        {
            var result = new Dictionary<string, object?>
            {
                ["dataset"] = dataset,
                ["documents"] = docs.Count,
                ["gold_loc"] = goldLoc,
                ["gold_loc_in_gazetteer"] = inGazetteer,
                ["places_scan_only"] = scanOnly.ToJson(),
                ["places_after_recognizer"] = withNer.ToJson(),
                ["places_with_gold_mentions"] = withGold.ToJson(),
                ["naive_gazetteer"] = naive.ToJson(),
                ["documents_per_second_one_thread"] = Math.Round(speed),
                ["gazetteer_load_ms"] = Math.Round(loadMs),
                ["gazetteer_names"] = gazetteer.NameCount,
            };
            Console.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            Console.WriteLine($"places vs gold LOC on {dataset}: {docs.Count} documents, {goldLoc} LOC spans, {inGazetteer} ({100.0 * inGazetteer / Math.Max(1, goldLoc):F1}%) named as a whole in the gazetteer, capitals in title case (recall bound)");
            Console.WriteLine($"{"",-34} {"P",6} {"R",6} {"F1",6}   {"pred",6}");
            Print("places, gazetteer scan only", scanOnly);
            Print("places after recogniser+resolver", withNer);
            Print("places with gold mentions", withGold);
            Print("naive gazetteer (peer)", naive);
            Console.WriteLine($"speed: {speed:N0} documents/s on one thread (resolver alone, median of {runs}); gazetteer load {loadMs:F0} ms, {gazetteer.NameCount:N0} names");
        }
        return 0;
    }

    // Prints false positives and misses of gazetteer names to stderr, for error analysis on the dev split
    // (--show-errors for the scan alone, --show-errors recogniser for the full pipeline).
    private static void ShowErrors(List<BenchDocument> docs, Func<BenchDocument, List<TextSpan>> predict)
    {
        var falsePositives = new Dictionary<string, int>();
        var misses = new Dictionary<string, int>();
        foreach (var d in docs)
        {
            var gold = d.Gold.Where(g => g.Type == EntityType.Location).Select(g => g.Span).ToHashSet();
            var spans = predict(d);
            foreach (var s in spans.Where(s => !gold.Contains(s)))
            {
                var label = d.Text.Substring(s.Start, s.Length) + " [" + (d.Gold.FirstOrDefault(g => g.Span.Overlaps(s)) is { Span.Length: > 0 } o ? o.Type + ":" + d.Text.Substring(o.Span.Start, o.Span.Length) : "O") + "]";
                falsePositives[label] = falsePositives.GetValueOrDefault(label) + 1;
            }
            foreach (var g in gold.Where(g => !spans.Contains(g) && InGazetteer(Gazetteer.Default, d.Text.Substring(g.Start, g.Length))))
            {
                var label = d.Text.Substring(g.Start, g.Length) + " <" + d.Text.Substring(Math.Max(0, g.Start - 30), Math.Min(d.Text.Length, g.End + 30) - Math.Max(0, g.Start - 30)).Replace('\n', '/') + ">";
                misses[label] = misses.GetValueOrDefault(label) + 1;
            }
        }
        Console.Error.WriteLine("false positives: " + string.Join("; ", falsePositives.OrderByDescending(kv => kv.Value).Take(80).Select(kv => $"{kv.Key} x{kv.Value}")));
        Console.Error.WriteLine("misses: " + string.Join("; ", misses.OrderByDescending(kv => kv.Value).Take(60).Select(kv => $"{kv.Key} x{kv.Value}")));
    }

    private static bool InGazetteer(Gazetteer gazetteer, string name)
        => !gazetteer.Find(name).IsEmpty
           || (name.Length >= 4 && name == name.ToUpperInvariant()
               && !gazetteer.Find(System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant())).IsEmpty);

    private static List<TextSpan> Resolve(PlaceResolver resolver, Document doc)
    {
        resolver.Process(doc, CancellationToken.None);
        return [.. doc.Get(Layers.Places).Items.Select(p => p.Span)];
    }

    // Longest match of up to four capitalized words against gazetteer names, the usual dictionary tagger.
    private static List<TextSpan> Naive(Gazetteer gazetteer, string text)
    {
        var words = new List<(int Start, int End)>();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            int s = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            words.Add((s, i));
        }
        var found = new List<TextSpan>();
        for (int k = 0; k < words.Count; k++)
        {
            if (!char.IsUpper(text[words[k].Start])) continue;
            for (int n = Math.Min(4, words.Count - k); n >= 1; n--)
            {
                var span = TextSpan.FromBounds(words[k].Start, words[k + n - 1].End);
                if (gazetteer.Find(text.AsSpan(span.Start, span.Length)).IsEmpty) continue;
                found.Add(span);
                k += n - 1;
                break;
            }
        }
        return found;
    }

    private static PlaceScore Score(List<BenchDocument> docs, Func<BenchDocument, List<TextSpan>> predict)
    {
        int gold = 0, predicted = 0, correct = 0;
        foreach (var d in docs)
        {
            var goldSpans = d.Gold.Where(g => g.Type == EntityType.Location).Select(g => g.Span).ToHashSet();
            var spans = predict(d);
            gold += goldSpans.Count;
            predicted += spans.Count;
            correct += spans.Count(goldSpans.Contains);
        }
        return new PlaceScore(gold, predicted, correct);
    }

    private static void Print(string name, PlaceScore s)
        => Console.WriteLine($"{name,-34} {s.P * 100,6:F2} {s.R * 100,6:F2} {s.F1 * 100,6:F2}   {s.Predicted,6}");

    internal sealed record BenchDocument(string Text, List<(TextSpan Span, EntityType Type)> Gold);

    private sealed record PlaceScore(int Gold, int Predicted, int Correct)
    {
        public double P => Predicted == 0 ? 0 : (double)Correct / Predicted;
        public double R => Gold == 0 ? 0 : (double)Correct / Gold;
        public double F1 => P + R == 0 ? 0 : 2 * P * R / (P + R);
        public object ToJson() => new { precision = Math.Round(P, 4), recall = Math.Round(R, 4), f1 = Math.Round(F1, 4), gold = Gold, predicted = Predicted, correct = Correct };
    }

    /// <summary>Each CoNLL document as one text: tokens joined by spaces, one sentence per line; gold spans from IOB tags.</summary>
    internal static List<BenchDocument> BuildDocuments(List<NerTrainingSentence> sentences)
    {
        var result = new List<BenchDocument>();
        var sb = new StringBuilder();
        var gold = new List<(TextSpan, EntityType)>();
        int current = sentences.Count > 0 ? sentences[0].Document : 0;
        foreach (var s in sentences)
        {
            if (s.Document != current) Flush(s.Document);
            int openStart = -1, openEnd = -1;
            string? openType = null;
            for (int k = 0; k < s.Words.Length; k++)
            {
                if (k > 0) sb.Append(' ');
                int start = sb.Length;
                sb.Append(s.Words[k]);
                var tag = s.Tags[k];
                string? type = tag == "O" ? null : tag[2..];
                bool begins = type is not null && (tag[0] == 'B' || type != openType);
                if (openType is not null && (type is null || begins)) { Close(); }
                if (begins) { openStart = start; openType = type; }
                if (type is not null) openEnd = sb.Length;
            }
            if (openType is not null) Close();
            sb.Append('\n');

            void Close()
            {
                gold.Add((TextSpan.FromBounds(openStart, openEnd), openType switch
                {
                    "PER" => EntityType.Person,
                    "ORG" => EntityType.Organization,
                    "LOC" => EntityType.Location,
                    _ => EntityType.Misc,
                }));
                openType = null;
            }
        }
        Flush(current);
        return result;

        void Flush(int next)
        {
            if (sb.Length > 0) result.Add(new BenchDocument(sb.ToString(), [.. gold]));
            sb.Clear();
            gold.Clear();
            current = next;
        }
    }
}
