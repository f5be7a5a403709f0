using System.Text;
using Sitrep.Core;
using Sitrep.Core.Annotations;

namespace Sitrep.Analyze.Tests.Entities;

/// <summary>Builds a document with hand-made entity mentions from inline annotations:
/// "[Mohamed Bazoum]{PER} flew to [Niamey]{LOC}." (PER, ORG, LOC, MISC).</summary>
internal static class Annotated
{
    public static Document Parse(string annotated)
    {
        var text = new StringBuilder();
        var mentions = new List<EntityMention>();
        int i = 0;
        while (i < annotated.Length)
        {
            if (annotated[i] == '[')
            {
                int close = annotated.IndexOf("]{", i, StringComparison.Ordinal);
                int end = annotated.IndexOf('}', close);
                var surface = annotated[(i + 1)..close];
                var type = annotated[(close + 2)..end] switch
                {
                    "PER" => EntityType.Person,
                    "ORG" => EntityType.Organization,
                    "LOC" => EntityType.Location,
                    "MISC" => EntityType.Misc,
                    var t => throw new FormatException($"unknown type {t}"),
                };
                mentions.Add(new EntityMention(new TextSpan(text.Length, surface.Length), type));
                text.Append(surface);
                i = end + 1;
                continue;
            }
            text.Append(annotated[i++]);
        }
        var doc = new Document(text.ToString());
        doc.Set(Layers.EntityMentions, mentions);
        return doc;
    }
}
