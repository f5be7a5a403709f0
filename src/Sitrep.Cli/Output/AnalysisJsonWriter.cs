using System.Text;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Extract;

namespace Sitrep.Cli.Output;

/// <summary>All layers of an analyzed document as JSON. Offsets are UTF-16 code units into "text", half-open
/// (start, length), so text.substr(start, length) is the annotated string; cross-references are array indexes.</summary>
internal static class AnalysisJsonWriter
{
    public static string ToJson(ExtractionResult extraction, bool indented)
        => ExtractionWriter.Serialize(w => Write(w, extraction), indented);

    public static void Write(Utf8JsonWriter w, ExtractionResult extraction)
    {
        var doc = extraction.Document;
        w.WriteStartObject();
        w.WritePropertyName("article");
        ExtractionWriter.WriteJson(w, extraction, withProblems: false);
        if (doc is not null)
        {
            var text = doc.Text;
            w.WriteStartObject("layers");

            w.WriteStartArray("sentences");
            foreach (var s in doc.Get(Layers.Sentences)) { w.WriteStartObject(); Span(w, s.Span); w.WriteEndObject(); }
            w.WriteEndArray();

            w.WriteStartArray("tokens");
            foreach (var t in doc.Get(Layers.Tokens)) { w.WriteStartObject(); Span(w, t.Span); w.WriteString("kind", t.Kind.ToString().ToSnakeCase()); w.WriteEndObject(); }
            w.WriteEndArray();

            w.WriteStartArray("entity_mentions");
            foreach (var m in doc.Get(Layers.EntityMentions))
            {
                w.WriteStartObject(); Span(w, m.Span, text);
                w.WriteString("type", TypeName(m.Type));
                if (m.Entity >= 0) w.WriteNumber("entity", m.Entity); else w.WriteNull("entity");
                w.WriteNumber("confidence", Math.Round(m.Confidence, 3));
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("entities");
            foreach (var e in doc.Get(Layers.Entities))
            {
                w.WriteStartObject(); Span(w, e.Span);
                w.WriteString("name", e.Name);
                w.WriteString("type", TypeName(e.Type));
                w.WriteString("subtype", e.Subtype);
                Strings(w, "aliases", e.Aliases);
                Strings(w, "roles", e.Roles);
                w.WriteStartArray("mentions");
                foreach (var i in e.Mentions) w.WriteNumberValue(i);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("attributions");
            foreach (var a in doc.Get(Layers.Attributions))
            {
                w.WriteStartObject(); Span(w, a.Span);
                w.WriteString("kind", a.Kind.ToString().ToSnakeCase());
                w.WriteStartArray("content");
                foreach (var c in a.Content) { w.WriteStartObject(); Span(w, c, text); w.WriteEndObject(); }
                w.WriteEndArray();
                OptionalSpan(w, "cue", a.Cue, text);
                OptionalSpan(w, "source", a.Source, text);
                if (a.SourceEntity is { } se) w.WriteNumber("source_entity", se); else w.WriteNull("source_entity");
                w.WriteBoolean("anonymous", a.Anonymous);
                w.WriteString("source_description", a.SourceDescription);
                w.WriteBoolean("pronoun_resolved", a.PronounResolved);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("time_expressions");
            foreach (var t in doc.Get(Layers.TimeExpressions))
            {
                w.WriteStartObject(); Span(w, t.Span, text);
                w.WriteString("kind", t.Kind.ToString().ToSnakeCase());
                w.WriteString("value", t.Value);
                w.WriteString("granularity", t.Granularity.ToString().ToSnakeCase());
                w.WriteBoolean("underspecified", t.Underspecified);
                w.WriteString("anchor", t.Anchor);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("quantities");
            foreach (var q in doc.Get(Layers.Quantities))
            {
                w.WriteStartObject(); Span(w, q.Span, text);
                w.WriteNumber("value", q.Value);
                if (q.ValueMax is { } max) w.WriteNumber("value_max", max); else w.WriteNull("value_max");
                w.WriteString("unit", q.Unit);
                w.WriteString("approximation", q.Approximation.ToString().ToSnakeCase());
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("places");
            foreach (var p in doc.Get(Layers.Places))
            {
                w.WriteStartObject(); Span(w, p.Span, text);
                w.WriteString("name", p.Name);
                w.WriteString("kind", p.Kind.ToString().ToSnakeCase());
                w.WriteString("country_code", p.CountryCode);
                if (p.Latitude is { } lat) w.WriteNumber("latitude", lat); else w.WriteNull("latitude");
                if (p.Longitude is { } lon) w.WriteNumber("longitude", lon); else w.WriteNull("longitude");
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteEndObject();
        }
        ExtractionWriter.WriteProblems(w, extraction.Problems.Concat(doc?.Problems ?? []));
        w.WriteEndObject();
    }

    public static string TypeName(EntityType t) => t switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };

    private static void Span(Utf8JsonWriter w, TextSpan s, string? text = null)
    {
        w.WriteNumber("start", s.Start);
        w.WriteNumber("length", s.Length);
        if (text is not null) w.WriteString("text", text.AsSpan(s.Start, s.Length));
    }

    private static void OptionalSpan(Utf8JsonWriter w, string name, TextSpan? s, string text)
    {
        if (s is not { } span) { w.WriteNull(name); return; }
        w.WriteStartObject(name); Span(w, span, text); w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
