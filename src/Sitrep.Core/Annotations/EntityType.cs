namespace Sitrep.Core.Annotations;

/// <summary>Named-entity classes (CoNLL-2003's four, the ones the statistical model predicts).</summary>
public enum EntityType { Person, Organization, Location, Misc }
