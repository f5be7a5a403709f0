namespace Sitrep.Analyze.Entities.Recognition;

/// <summary>Settings of <see cref="NerModelTrainer"/>; the defaults produce the shipped model.</summary>
public sealed class NerTrainingOptions
{
    /// <summary>Perceptron passes over the training data. Tuned on CoNLL-2003 valid (rerun `./sitrep bench ner`).</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>Seed of the shuffling; a fixed seed gives the same model on every run.</summary>
    public int Seed { get; init; } = 17;

    /// <summary>Folds for jackknifed gazetteer features: a training sentence sees a gazetteer built from the other
    /// folds' documents, so the model does not learn to trust a gazetteer that always contains the answer.</summary>
    public int GazetteerFolds { get; init; } = 5;

    /// <summary>Fine and coarse numbers of word clusters learned from the unlabeled text.</summary>
    public int FineClusters { get; init; } = 600;

    public int CoarseClusters { get; init; } = 80;

    /// <summary>Passes of the exchange clustering algorithm.</summary>
    public int ClusterIterations { get; init; } = 6;

    /// <summary>Words rarer than this in the unlabeled text get no cluster.</summary>
    public int MinClusterWordCount { get; init; } = 3;

    /// <summary>Features seen fewer times than this in training are dropped (smaller model, less overfitting).</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>Progress messages (epoch, errors); null for silence.</summary>
    public Action<string>? Log { get; init; }
}
