// TabularModel: a trained network together with the preprocessing fitted on its training rows, so that it
// predicts on raw rows — text categories, missing cells, categories never seen — and travels as one .dendrite
// file (the preprocessing rides along as the model attachment "tabular.json", see Model.Attachments).
//   Predict(rows)   schema check → features → network → probabilities → decoded labels
//                   binary: label = classes[1] when p > threshold (default 0.5; strictly greater, as Keras'
//                   BinaryAccuracy), else classes[0]; multiclass: the arg-max class (first on ties, as numpy);
//                   multilabel: per target as binary; regression: the outputs.
//   Evaluate(rows)  the compiled loss and metrics on raw rows with their targets.
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;
using Dendrite.Models;
using Dendrite.Models.Saving;
using Dendrite.Nn;
using Dendrite.Tensors;
using Dendrite.Training;

namespace Dendrite.Data.Modeling;

/// <summary>A network with its fitted preprocessing: predicts and evaluates on raw table rows, and saves both in one model file.</summary>
/// <remarks>
/// <code>
/// var prep = TabularPreprocessor.Fit(train, target: "Status");
/// var net = new Sequential([new Input([prep.FeatureCount]), new Dense(32, Activation.Relu), new Dense(prep.OutputUnits, Activation.Sigmoid)]);
/// net.Compile(new Adam(), new BinaryCrossentropy(), metrics: ["accuracy"]);
/// net.Fit(prep.TransformFeatures(train), prep.TransformTargets(train), epochs: 20);
/// var model = new TabularModel(prep, net);
/// model.Save("loans.dendrite");
/// </code>
/// </remarks>
public sealed class TabularModel
{
    /// <summary>The name of the model attachment that holds the preprocessing.</summary>
    public const string AttachmentName = "tabular.json";

    private double _threshold;

    /// <summary>Combines fitted preprocessing and a network trained on its features.</summary>
    /// <param name="preprocessing">The preprocessing fitted on the training rows.</param>
    /// <param name="model">The network; when built, its input and output widths must match the preprocessing.</param>
    /// <param name="threshold">The binary and multilabel decision threshold, in [0, 1]; default 0.5.</param>
    /// <exception cref="ShapeMismatchException">The network's input or output width differs from the preprocessing's.</exception>
    public TabularModel(TabularPreprocessor preprocessing, Model model, double threshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(preprocessing);
        ArgumentNullException.ThrowIfNull(model);
        if (model.InputShape is { } input && input[^1] >= 0 && input[^1] != preprocessing.FeatureCount)
        {
            throw new ShapeMismatchException($"Model '{model.Name}' takes {input[^1]} input features, but the preprocessing makes {preprocessing.FeatureCount}.");
        }

        if (model.OutputShape is { } output && output[^1] >= 0 && output[^1] != preprocessing.OutputUnits)
        {
            throw new ShapeMismatchException(
                $"Model '{model.Name}' has {output[^1]} outputs, but a {preprocessing.Task.ToString().ToLowerInvariant()} task with these targets needs {preprocessing.OutputUnits}.");
        }

        Preprocessing = preprocessing;
        Model = model;
        Threshold = threshold;
    }

    /// <summary>The fitted preprocessing.</summary>
    public TabularPreprocessor Preprocessing { get; }

    /// <summary>The network.</summary>
    public Model Model { get; }

    /// <summary>What the model predicts.</summary>
    public TabularTask Task => Preprocessing.Task;

    /// <summary>The binary and multilabel decision threshold: the second class is predicted when its probability is above it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [0, 1].</exception>
    public double Threshold
    {
        get => _threshold;
        set => _threshold = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The decision threshold must be in [0, 1].");
    }

    /// <summary>Predicts raw rows: probabilities and decoded labels (or values for regression).</summary>
    /// <param name="rows">Rows with the training feature columns; text, missing cells and unseen categories are handled as the preprocessing was fitted.</param>
    /// <param name="batchSize">Rows per batch; default 32.</param>
    /// <exception cref="PreprocessingException">The columns differ from the training schema (missing and unexpected ones are named), a value does not fit its column, or a category is unknown to an encoder set to Error.</exception>
    public TabularPredictions Predict(DataTable rows, int batchSize = 32)
    {
        Tensor outputs = Model.Predict(Preprocessing.TransformFeatures(rows), batchSize);
        return TabularDecoding.Decode(Preprocessing, outputs, Threshold);
    }

    /// <summary>The compiled loss and metrics on raw rows with their target column(s).</summary>
    /// <param name="rows">Rows with the training feature columns and the target(s).</param>
    /// <param name="batchSize">Rows per batch; default 32.</param>
    /// <exception cref="PreprocessingException">The rows do not fit the training schema or lack a target.</exception>
    /// <exception cref="InvalidOperationException">The network is not compiled.</exception>
    public Logs Evaluate(DataTable rows, int batchSize = 32) =>
        Model.Evaluate(Preprocessing.TransformFeatures(rows), Preprocessing.TransformTargets(rows), batchSize);

    /// <summary>Saves the network and its preprocessing to one .dendrite file.</summary>
    /// <param name="path">The file; replaced atomically.</param>
    public void Save(string path)
    {
        Model.Attachments[AttachmentName] = Preprocessing.ToJson(Threshold);
        Model.Save(path);
    }

    /// <summary>Loads a model saved with <see cref="Save"/>, ready to predict raw rows.</summary>
    /// <param name="path">The .dendrite file.</param>
    /// <param name="compile">Whether to compile the network as saved (needed by <see cref="Evaluate"/>); default true.</param>
    /// <exception cref="ModelFileException">The file cannot be read, holds no tabular preprocessing, or its preprocessing is corrupt; the message says which.</exception>
    public static TabularModel Load(string path, bool compile = true)
    {
        Model model = Dendrite.Models.Model.Load(path, compile);
        if (!model.Attachments.TryGet(AttachmentName, out ReadOnlyMemory<byte> bytes))
        {
            throw new ModelFileException(path, $"it holds a plain model without tabular preprocessing (no attachment '{AttachmentName}'); load it with Model.Load");
        }

        try
        {
            var (preprocessing, threshold) = TabularPreprocessor.FromJson(bytes.ToArray());
            return new TabularModel(preprocessing, model, threshold);
        }
        catch (Exception e) when (e is FormatException or ShapeMismatchException)
        {
            throw new ModelFileException(path, $"attachment '{AttachmentName}' is not valid: {e.Message}", e);
        }
    }
}
