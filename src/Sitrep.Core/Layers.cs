using Sitrep.Core.Annotations;

namespace Sitrep.Core;

/// <summary>The well-known layers; each component says which of these it requires and produces.</summary>
public static class Layers
{
    public static readonly LayerKey<Paragraph> Paragraphs = new("paragraphs", allowOverlap: false);
    public static readonly LayerKey<Sentence> Sentences = new("sentences", allowOverlap: false);
    public static readonly LayerKey<Token> Tokens = new("tokens", allowOverlap: false);
    public static readonly LayerKey<EntityMention> EntityMentions = new("entity_mentions", allowOverlap: false);
    public static readonly LayerKey<Entity> Entities = new("entities");
    public static readonly LayerKey<Attribution> Attributions = new("attributions");
    public static readonly LayerKey<TimeExpression> TimeExpressions = new("time_expressions", allowOverlap: false);
    public static readonly LayerKey<Quantity> Quantities = new("quantities", allowOverlap: false);
    public static readonly LayerKey<Place> Places = new("places", allowOverlap: false);
}
