namespace Dendrite.Data.Modeling;

/// <summary>What a tabular model predicts; it fixes the target encoding and the output layer.</summary>
public enum TabularTask
{
    /// <summary>One target with two classes: one sigmoid output, the probability of the second class in sorted order.</summary>
    Binary,

    /// <summary>One target with more than two classes: a softmax output per class, sparse integer targets.</summary>
    Multiclass,

    /// <summary>Several targets with two classes each: one sigmoid output per target.</summary>
    Multilabel,

    /// <summary>One or more numeric targets: one linear output per target.</summary>
    Regression,
}
