namespace Sitrep.Analyze.Entities.Recognition;

/// <summary>One labelled sentence for training: tokens, their IOB1/IOB2 tags ("B-PER", "I-ORG", "O"), and the
/// index of the document it came from (gazetteer features are built without the sentence's own document fold).</summary>
public sealed record NerTrainingSentence(string[] Words, string[] Tags, int Document);
