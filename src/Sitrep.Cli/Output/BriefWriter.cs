using System.Text;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Extract;

namespace Sitrep.Cli.Output;

/// <summary>A readable Markdown brief of an analyzed article: who's who, who said what, a dated timeline, figures, places.</summary>
internal static class BriefWriter
{
    private const int SnippetChars = 160;

    public static string Render(ExtractionResult extraction)
    {
        var sb = new StringBuilder();
        var doc = extraction.Document ?? throw new ArgumentException("a failed extraction has no brief", nameof(extraction));
        var m = doc.Meta;
        sb.AppendLine($"# {Md(m.Title ?? m.Source ?? "Untitled")}").AppendLine();
        var facts = new List<string>();
        if (m.SiteName is { } site) facts.Add(Md(site));
        if (m.Authors.Count > 0) facts.Add("by " + Md(string.Join(", ", m.Authors)));
        if (ExtractionWriter.IsoDate(m.Published, m.PublishedHasTime, m.PublishedHasOffset) is { } pub) facts.Add("published " + pub);
        if (m.Language is { } lang) facts.Add("language " + lang);
        if (m.Syndication is { } syn) facts.Add("republished" + (syn.Publisher is { } pubName ? " from " + Md(pubName) : ""));
        if (facts.Count > 0) sb.AppendLine("*" + string.Join(" · ", facts) + "*").AppendLine();

        WhosWho(sb, doc);
        WhoSaidWhat(sb, doc);
        Timeline(sb, doc);
        Figures(sb, doc);
        PlacesSection(sb, doc);

        var problems = extraction.Problems.Concat(doc.Problems).ToList();
        if (problems.Count > 0)
        {
            sb.AppendLine("## Notes").AppendLine();
            foreach (var p in problems) sb.AppendLine($"- {Md(p.Message)} `{p.Code}`");
            sb.AppendLine();
        }
        return sb.ToString();
    }

    private static void WhosWho(StringBuilder sb, Document doc)
    {
        var entities = doc.Get(Layers.Entities);
        if (entities.Count == 0) return;
        sb.AppendLine("## Who's who").AppendLine();
        foreach (var type in new[] { EntityType.Person, EntityType.Organization, EntityType.Misc })
        {
            var group = entities.Items.Where(e => e.Type == type).OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Span.Start).ToList();
            if (group.Count == 0) continue;
            sb.AppendLine($"**{TypeHeading(type)}**").AppendLine();
            foreach (var e in group)
            {
                var line = new StringBuilder($"- **{Md(e.Name)}**");
                if (e.Roles.Count > 0) line.Append(" — ").Append(Md(string.Join("; ", e.Roles)));
                var aliases = e.Aliases.Where(a => a != e.Name).ToList();
                if (aliases.Count > 0) line.Append($" (also: {Md(string.Join(", ", aliases))})");
                if (e.Mentions.Count > 1) line.Append($" · {e.Mentions.Count} mentions");
                sb.AppendLine(line.ToString());
            }
            sb.AppendLine();
        }
    }

    private static void WhoSaidWhat(StringBuilder sb, Document doc)
    {
        var attributions = doc.Get(Layers.Attributions);
        if (attributions.Count == 0) return;
        var entities = doc.Get(Layers.Entities);
        sb.AppendLine("## Who said what").AppendLine();
        foreach (var a in attributions)
        {
            // An anonymous source is shown as described ("a U.S. official"), never as the entity inside it.
            string speaker = !a.Anonymous && a.SourceEntity is { } i && i >= 0 && i < entities.Count ? entities[i].Name
                : a.SourceDescription ?? (a.Source is { } s ? doc.TextOf(s) : "unattributed");
            string tag = a.Anonymous ? " *(anonymous)*" : a.Kind == AttributionKind.Indirect ? " *(paraphrase)*" : "";
            var content = string.Join(" … ", a.Content.Select(c => doc.TextOf(c).Trim()));
            // Only a direct quote gets quotation marks; a paraphrase with quoted words keeps its own.
            var quoted = a.Kind == AttributionKind.Direct ? "“" + Md(content.Trim('“', '”', '"', '‘', '’', '«', '»', ' ')) + "”" : Md(content);
            sb.AppendLine($"- **{Md(speaker)}**{tag}: {quoted}");
        }
        sb.AppendLine();
    }

    private static void Timeline(StringBuilder sb, Document doc)
    {
        var times = doc.Get(Layers.TimeExpressions).Items.Where(t => t.Value is not null && t.Kind != TimeKind.Duration).ToList();
        if (times.Count == 0) return;
        sb.AppendLine("## Timeline").AppendLine();
        sb.AppendLine("| when | said as | context |").AppendLine("| --- | --- | --- |");
        foreach (var t in times.OrderBy(t => t.Value, StringComparer.Ordinal).ThenBy(t => t.Span.Start))
            sb.AppendLine($"| {Readable(t.Value!)}{(t.Underspecified ? " (approx.)" : "")} | {Md(doc.TextOf(t.Span))} | {Md(Snippet(doc, t.Span))} |");
        sb.AppendLine();
    }

    /// <summary>TIMEX3 parts of day ("2023-08-08TAF") in words; other ISO values are left as they are.</summary>
    private static string Readable(string value)
    {
        int t = value.IndexOf('T');
        if (t < 0 || value.Length != t + 3) return value;
        string? part = value[(t + 1)..] switch { "MO" => "morning", "AF" => "afternoon", "EV" => "evening", "NI" => "night", "DT" => "daytime", _ => null };
        return part is null ? value : $"{value[..t]} {part}";
    }

    private static void Figures(StringBuilder sb, Document doc)
    {
        // A count inside a quote's source ("two of the officials") says who spoke, not a figure the article gives.
        var sources = doc.Get(Layers.Attributions).Items.Where(a => a.Source is not null).Select(a => a.Source!.Value).ToList();
        var quantities = doc.Get(Layers.Quantities).Items.Where(q => !sources.Any(s => s.Contains(q.Span))).ToList();
        if (quantities.Count == 0) return;
        sb.AppendLine("## Figures").AppendLine();
        foreach (var q in quantities)
        {
            string value = q.ValueMax is { } max && max != q.Value ? $"{q.Value:#,0.##}–{max:#,0.##}" : $"{q.Value:#,0.##}";
            string approx = q.Approximation == Approximation.Exact ? "" : $", {q.Approximation.ToString().ToSnakeCase().Replace('_', ' ')}";
            sb.AppendLine($"- **{Md(doc.TextOf(q.Span))}** ({value}{(q.Unit is { } u ? " " + Md(u) : "")}{approx}) — {Md(Snippet(doc, q.Span))}");
        }
        sb.AppendLine();
    }

    private static void PlacesSection(StringBuilder sb, Document doc)
    {
        var places = doc.Get(Layers.Places);
        if (places.Count == 0) return;
        sb.AppendLine("## Places").AppendLine();
        foreach (var g in places.Items.GroupBy(p => (p.Name, p.CountryCode)).OrderByDescending(g => g.Count()))
        {
            var p = g.First();
            string where = p.Latitude is { } lat && p.Longitude is { } lon ? $", {lat:0.###}, {lon:0.###}" : "";
            sb.AppendLine($"- **{Md(p.Name)}** ({p.Kind.ToString().ToSnakeCase()}, {p.CountryCode}{where}){(g.Count() > 1 ? $" · {g.Count()} mentions" : "")}");
        }
        sb.AppendLine();
    }

    /// <summary>The sentence around a span, shortened around it.</summary>
    private static string Snippet(Document doc, TextSpan span)
    {
        var sentences = doc.Get(Layers.Sentences);
        int i = sentences.IndexAt(span.Start);
        var range = i >= 0 ? sentences[i].Span : TextSpan.FromBounds(Math.Max(0, span.Start - SnippetChars / 2), Math.Min(doc.Text.Length, span.End + SnippetChars / 2));
        var s = doc.TextOf(range).Replace('\n', ' ').Trim();
        if (s.Length <= SnippetChars) return s;
        int rel = Math.Clamp(span.Start - range.Start - SnippetChars / 3, 0, s.Length - SnippetChars);
        return (rel > 0 ? "…" : "") + s.Substring(rel, SnippetChars).Trim() + "…";
    }

    private static string TypeHeading(EntityType t) => t switch
    {
        EntityType.Person => "People",
        EntityType.Organization => "Organisations",
        _ => "Other names",
    };

    /// <summary>Inline Markdown: escaped as extraction output is, on one line (table cells and list items).</summary>
    private static string Md(string s) => ExtractionWriter.Md(s.ReplaceLineEndings(" "), atLineStart: false);
}
