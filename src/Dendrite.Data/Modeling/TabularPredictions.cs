// TabularPredictions: what TabularModel.Predict returns for raw rows — the network's outputs, class
// probabilities in sklearn's predict_proba layout (binary: [P(classes[0]), P(classes[1])]; multiclass: one column
// per class; multilabel: P(second class) per target), and the decoded predictions as a table with one column per
// target in the target's own kind (labels for classification, values for regression).
using Dendrite.Data.Tables;
using Dendrite.Tensors;

namespace Dendrite.Data.Modeling;

/// <summary>Predictions for raw rows: network outputs, class probabilities and decoded labels or values.</summary>
public sealed class TabularPredictions
{
    internal TabularPredictions(TabularTask task, Tensor outputs, Tensor? probabilities, IReadOnlyList<string> probabilityNames, DataTable predicted)
    {
        Task = task;
        Outputs = outputs;
        Probabilities = probabilities;
        ProbabilityNames = probabilityNames;
        Predicted = predicted;
    }

    /// <summary>The task the model predicts.</summary>
    public TabularTask Task { get; }

    /// <summary>The network's output, (rows, units).</summary>
    public Tensor Outputs { get; }

    /// <summary>Class probabilities, (rows, columns named by <see cref="ProbabilityNames"/>); null for regression.</summary>
    public Tensor? Probabilities { get; }

    /// <summary>What each column of <see cref="Probabilities"/> is: a class (binary, multiclass) or a target (multilabel); empty for regression.</summary>
    public IReadOnlyList<string> ProbabilityNames { get; }

    /// <summary>One column per target: the decoded label (in the target's kind) or the predicted value.</summary>
    public DataTable Predicted { get; }

    /// <summary>The first target's predictions as text, one per row.</summary>
    public IReadOnlyList<string> Labels
    {
        get
        {
            DataColumn column = Predicted.Columns[0];
            return [.. Enumerable.Range(0, column.Length).Select(column.Format)];
        }
    }
}
