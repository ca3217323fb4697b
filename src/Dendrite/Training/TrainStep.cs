// TrainStep: one optimisation step and one evaluation step on a batch — the heart of Fit.
//   forward:   ŷ_o = model(x, training)                     for every output o (recorded on a GradientTape)
//   loss:      L = Σ_o w_o · loss_o(y_o, ŷ_o) + Σ model.Losses   (sample weights inside each loss; the
//              regularization penalties as Keras 3's compute_loss — the logged "loss" includes them)
//   backward:  g = dL/dw for every trainable weight w      (the tape walks the records in reverse)
//   observe:   onGradients(w, g), only when a callback asked (GradientNorms, TensorBoard)
//   update:    optimizer.Apply(w, g)
// Loss trackers are Means weighted by batch size, so epoch losses are means over samples. Logs follow
// Keras: metrics (per output, "<output>_<metric>" with several outputs), then "<output>_loss" for each
// output when there are several, then "loss".
using Dendrite.Autodiff;
using Dendrite.Metrics;
using Dendrite.Models;
using Dendrite.Tensors;

namespace Dendrite.Training;

/// <summary>One training or evaluation step on a batch, and the running results.</summary>
internal static class TrainStep
{
    /// <summary>Forward, backward and update on one batch; updates the trackers and metrics.</summary>
    /// <remarks>With a <paramref name="pool"/>, the forward and backward passes rent their op results and gradients from it,
    /// and everything rented (including batches the caller rented) is returned when the step ends. <paramref name="onGradients"/>,
    /// when given, sees the raw gradients before the optimizer's update.</remarks>
    public static void Train(Model model, IReadOnlyList<Tensor> x, IReadOnlyList<Tensor> y, Tensor? sampleWeight, LossTrackers trackers, TensorPool? pool = null, Action<IReadOnlyList<Variable>, Tensor[]>? onGradients = null)
    {
        IReadOnlyList<Variable> variables = model.TrainableVariables;
        var values = new Tensor[variables.Count];
        IReadOnlyList<Tensor> yPred;
        Tensor[] outputLosses;
        Tensor total;
        Tensor[] gradients;
        using (TensorPool.Scope? renting = pool?.Activate())
        using (var tape = new GradientTape())
        {
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = variables[i].Value;
                tape.Watch(values[i]);
            }

            yPred = model.Call(x, training: true);
            outputLosses = OutputLosses(model, y, yPred, sampleWeight);
            total = AddRegularization(model, Total(model, outputLosses));
            gradients = tape.Gradient(total, values);
        }

        onGradients?.Invoke(variables, gradients);

        // The optimizer and the metrics allocate normally (their state outlives the step); the rented results
        // (predictions, losses, gradients) stay valid until the pool takes them back after both.
        model.Optimizer!.Apply(variables, gradients);
        Record(model, y, yPred, outputLosses, total, sampleWeight, trackers);
        pool?.ReturnAll();
    }

    /// <summary>Whether a forward pass of <paramref name="model"/> may rent from a <see cref="TensorPool"/>: a built-in model
    /// of built-in layers without activity regularizers (see <see cref="CanPool"/>).</summary>
    public static bool CanPoolInference(Model model)
    {
        System.Reflection.Assembly library = typeof(Model).Assembly;
        if (model.GetType().Assembly != library)
        {
            return false;
        }

        foreach (Nn.Layers.Layer layer in model.Layers)
        {
            if (layer.GetType().Assembly != library || layer.ActivityRegularizer is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a step of <paramref name="model"/> may rent from a <see cref="TensorPool"/>: only built-in layers
    /// (which keep no op result past a step), losses, metrics and optimizers, and no activity regularizer (its penalty
    /// stays readable in <c>Layer.Losses</c> after the step). Anything user-defined could hold on to a rented tensor.</summary>
    public static bool CanPool(Model model)
    {
        System.Reflection.Assembly library = typeof(Model).Assembly;
        if (!CanPoolInference(model) || model.Optimizer is not { } optimizer || optimizer.GetType().Assembly != library)
        {
            return false;
        }

        foreach (CompiledOutput output in model.CompiledOutputs)
        {
            if (output.Loss.GetType().Assembly != library || output.Loss is Nn.Losses.CustomLoss)
            {
                return false;
            }

            foreach (Metric m in output.Metrics)
            {
                if (m.GetType().Assembly != library || m is CustomMetric)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Forward pass and losses on one batch without recording; updates the trackers and metrics.</summary>
    public static void Test(Model model, IReadOnlyList<Tensor> x, IReadOnlyList<Tensor> y, Tensor? sampleWeight, LossTrackers trackers)
    {
        using var noRecording = new NoRecording();
        IReadOnlyList<Tensor> yPred = model.Call(x, training: false);
        Tensor[] outputLosses = OutputLosses(model, y, yPred, sampleWeight);
        Record(model, y, yPred, outputLosses, AddRegularization(model, Total(model, outputLosses)), sampleWeight, trackers);
    }

    /// <summary>The current results in Keras' log order, each key prefixed with <paramref name="prefix"/> (e.g. "val_").</summary>
    public static Logs Results(Model model, LossTrackers trackers, string prefix = "")
    {
        var logs = new Logs();
        foreach (CompiledOutput output in model.CompiledOutputs)
        {
            foreach (Metric m in output.Metrics)
            {
                logs[prefix + output.Prefix + m.Name] = m.Result();
            }
        }

        if (model.CompiledOutputs.Count > 1)
        {
            for (int i = 0; i < model.CompiledOutputs.Count; i++)
            {
                logs[prefix + model.CompiledOutputs[i].Prefix + "loss"] = trackers.PerOutput[i].Result();
            }
        }

        logs[prefix + "loss"] = trackers.Total.Result();
        return logs;
    }

    /// <summary>Resets the trackers and every compiled metric.</summary>
    public static void Reset(Model model, LossTrackers trackers)
    {
        trackers.Total.ResetState();
        foreach (Mean m in trackers.PerOutput)
        {
            m.ResetState();
        }

        foreach (Metric m in model.Metrics)
        {
            m.ResetState();
        }
    }

    private static Tensor[] OutputLosses(Model model, IReadOnlyList<Tensor> y, IReadOnlyList<Tensor> yPred, Tensor? sampleWeight)
    {
        var losses = new Tensor[yPred.Count];
        for (int i = 0; i < losses.Length; i++)
        {
            losses[i] = model.CompiledOutputs[i].Loss.Compute(y[i], yPred[i], sampleWeight);
        }

        return losses;
    }

    private static Tensor Total(Model model, Tensor[] outputLosses)
    {
        Tensor total = Ops.Multiply(outputLosses[0], model.CompiledOutputs[0].LossWeight);
        for (int i = 1; i < outputLosses.Length; i++)
        {
            total = Ops.Add(total, Ops.Multiply(outputLosses[i], model.CompiledOutputs[i].LossWeight));
        }

        return total;
    }

    private static Tensor AddRegularization(Model model, Tensor loss)
    {
        foreach (Tensor penalty in model.Losses)
        {
            loss = Ops.Add(loss, penalty.To(loss.DType));
        }

        return loss;
    }

    private static void Record(Model model, IReadOnlyList<Tensor> y, IReadOnlyList<Tensor> yPred, Tensor[] outputLosses, Tensor total, Tensor? sampleWeight, LossTrackers trackers)
    {
        int batch = yPred[0].Rank == 0 ? 1 : yPred[0].Shape[0];
        for (int i = 0; i < outputLosses.Length; i++)
        {
            trackers.PerOutput[i].Update(outputLosses[i].ToScalar(), batch);
            foreach (Metric m in model.CompiledOutputs[i].Metrics)
            {
                m.UpdateState(y[i], yPred[i], sampleWeight);
            }
        }

        trackers.Total.Update(total.ToScalar(), batch);
    }
}

/// <summary>The running total loss and the loss of each output, as means weighted by batch size.</summary>
internal sealed class LossTrackers(int outputs)
{
    public Mean Total { get; } = new("loss");

    public Mean[] PerOutput { get; } = Enumerable.Range(0, outputs).Select(_ => new Mean("loss")).ToArray();
}
