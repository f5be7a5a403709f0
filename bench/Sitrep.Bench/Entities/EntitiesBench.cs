using System.Diagnostics;
using System.Text.Json;
using Sitrep.Analyze.Entities.Recognition;
using Sitrep.Analyze.Entities.Resolution;
using Sitrep.Analyze.Places;
using Sitrep.Bench.Ner;
using Sitrep.Bench.Places;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Core.Pipeline;

namespace Sitrep.Bench.Entities;

/// <summary><c>./sitrep bench entities</c>: entity resolution on CoNLL-2003 valid (or --dataset), which has types but
/// no coreference, so it reports what can be checked: with the gold mentions given, how often a mention's type
/// survives resolution (changes should be demonyms LOC→MISC and countries →LOC only) and how many single-word person
/// mentions join a longer name (beside the peer, exact-string grouping); after the shipped recogniser, entities per
/// document and the same linkage. Speed: documents per second of the resolver alone on gold mentions, median of
/// --runs N (default 5).</summary>
public static class EntitiesBench
{
    public static int Run(BenchArgs args)
    {
        var dataset = args.DatasetOr("data/ner/conll2003/valid.txt");
        int runs = args.Extra.TryGetValue("runs", out var r) && int.TryParse(r, out int rn) && rn > 0 ? rn : 5;
        var docs = PlacesBench.BuildDocuments(ConllReader.Read(dataset, args.Limit));
        var resolver = new EntityResolver(Gazetteer.Default, new EntityResolverOptions());

        var gold = new Stats();
        var changes = new Dictionary<string, int>();
        foreach (var d in docs)
        {
            var doc = WithGold(d);
            resolver.Process(doc, CancellationToken.None);
            gold.Add(doc);
            var after = doc.Get(Layers.EntityMentions);
            for (int i = 0; i < after.Count; i++)
                if (after[i].Type != d.Gold[i].Type)
                {
                    var key = $"{d.Gold[i].Type}->{after[i].Type}";
                    changes[key] = changes.GetValueOrDefault(key) + 1;
                    if (args.Extra.ContainsKey("show-errors"))
                        Console.Error.WriteLine($"{key}: '{d.Text.Substring(after[i].Span.Start, after[i].Span.Length)}' in …{d.Text.Substring(Math.Max(0, after[i].Span.Start - 40), Math.Min(80, d.Text.Length - Math.Max(0, after[i].Span.Start - 40))).Replace('\n', '/')}…");
                }
        }
        var exact = new Stats();
        foreach (var d in docs) exact.AddExact(d);

        var pipeline = new PipelineBuilder().UseEntityRecognizer().Use(resolver).Build();
        var recognised = new Stats();
        foreach (var d in docs) recognised.Add(pipeline.Process(new Document(d.Text)));

        var speeds = new List<double>();
        var prepared = docs.Select(WithGold).Select(doc => (doc.Text, Mentions: doc.Get(Layers.EntityMentions))).ToList();
        for (int run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var (text, mentions) in prepared)
            {
                var doc = new Document(text);
                doc.Set(Layers.EntityMentions, mentions);
                resolver.Process(doc, CancellationToken.None);
            }
            speeds.Add(prepared.Count / clock.Elapsed.TotalSeconds);
        }
        double speed = speeds.Order().ElementAt(speeds.Count / 2);
        int goldMentions = docs.Sum(d => d.Gold.Count);
        int changed = changes.Values.Sum();

        if (args.Json)
        {
            var result = new Dictionary<string, object?>
            {
                ["dataset"] = dataset,
                ["documents"] = docs.Count,
                ["gold_mentions"] = goldMentions,
                ["type_kept_share"] = Math.Round(1 - (double)changed / Math.Max(1, goldMentions), 4),
                ["type_changes"] = changes,
                ["resolver_on_gold_mentions"] = gold.ToJson(),
                ["exact_string_peer"] = exact.ToJson(),
                ["resolver_after_recognizer"] = recognised.ToJson(),
                ["documents_per_second_one_thread"] = Math.Round(speed),
            };
            Console.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            Console.WriteLine($"entity resolution on {dataset}: {docs.Count} documents, {goldMentions} gold mentions");
            Console.WriteLine($"type kept on gold mentions: {100 - 100.0 * changed / Math.Max(1, goldMentions):F2}% ({string.Join(", ", changes.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value}"))})");
            Console.WriteLine($"{"",-28} {"entities",9} {"ment./ent.",10} {"1-word PER linked",18}");
            Print("resolver, gold mentions", gold);
            Print("exact-string peer, gold", exact);
            Print("resolver after recogniser", recognised);
            Console.WriteLine($"speed: {speed:N0} documents/s on one thread (resolver alone on gold mentions, median of {runs})");
        }
        return 0;
    }

    private static Document WithGold(PlacesBench.BenchDocument d)
    {
        var doc = new Document(d.Text);
        doc.Set(Layers.EntityMentions, d.Gold.Select(g => new EntityMention(g.Span, g.Type)));
        return doc;
    }

    private static void Print(string name, Stats s)
        => Console.WriteLine($"{name,-28} {s.Entities,9} {s.MentionsPerEntity,10:F2} {s.LinkedShare * 100,17:F1}%");

    /// <summary>Counts entities and how many one-word person mentions share an entity with a longer person name.</summary>
    private sealed class Stats
    {
        public int Entities { get; private set; }
        public int Mentions { get; private set; }
        public int SingleWordPersons { get; private set; }
        public int Linked { get; private set; }
        public double MentionsPerEntity => Entities == 0 ? 0 : (double)Mentions / Entities;
        public double LinkedShare => SingleWordPersons == 0 ? 0 : (double)Linked / SingleWordPersons;

        public void Add(Document doc)
        {
            var mentions = doc.Get(Layers.EntityMentions);
            var entities = doc.Get(Layers.Entities);
            Entities += entities.Count;
            foreach (var e in entities) Mentions += e.Mentions.Count;
            foreach (var m in mentions)
            {
                if (m.Type != EntityType.Person || doc.SliceOf(m.Span).Contains(' ')) continue;
                SingleWordPersons++;
                if (m.Entity >= 0 && entities[m.Entity].Name.Contains(' ')) Linked++;
            }
        }

        public void AddExact(PlacesBench.BenchDocument d)
        {
            var names = new HashSet<(string, EntityType)>();
            foreach (var (span, type) in d.Gold)
            {
                var text = d.Text.Substring(span.Start, span.Length);
                names.Add((text, type));
                Mentions++;
                if (type == EntityType.Person && !text.Contains(' ')) SingleWordPersons++;
            }
            Entities += names.Count;
        }

        public object ToJson() => new
        {
            entities = Entities,
            mentions_per_entity = Math.Round(MentionsPerEntity, 3),
            single_word_person_mentions = SingleWordPersons,
            linked_to_longer_name = Math.Round(LinkedShare, 4),
        };
    }
}
