// TrainStep: one optimisation step and one evaluation step on a batch — the heart of Fit.
//   forward:   ŷ = model(x, training)          (recorded on a GradientTape)
//   loss:      L = loss(y, ŷ) (+ sample weights) + Σ model.Losses   (regularization penalties, as Keras 3's
//              compute_loss; the logged "loss" includes them, in training and evaluation alike)
//   backward:  g = dL/dw for every trainable weight w   (the tape walks the records in reverse)
//   update:    optimizer.Apply(w, g)
// The loss tracker is a Mean weighted by batch size, so the epoch loss is the mean over samples.
using Dendrite.Autodiff;
using Dendrite.Metrics;
using Dendrite.Models;
using Dendrite.Tensors;

namespace Dendrite.Training;

/// <summary>One training or evaluation step on a batch.</summary>
internal static class TrainStep
{
    /// <summary>Forward, backward and update on one batch; updates the loss tracker and metrics.</summary>
    public static void Train(Model model, Tensor x, Tensor y, Tensor? sampleWeight, Mean lossTracker)
    {
        IReadOnlyList<Variable> variables = model.TrainableVariables;
        var values = new Tensor[variables.Count];
        Tensor yPred;
        Tensor loss;
        Tensor[] gradients;
        using (var tape = new GradientTape())
        {
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = variables[i].Value;
                tape.Watch(values[i]);
            }

            yPred = model.Call(x, training: true);
            loss = AddRegularization(model, model.Loss!.Compute(y, yPred, sampleWeight));
            gradients = tape.Gradient(loss, values);
        }

        model.Optimizer!.Apply(variables, gradients);
        Record(model, y, yPred, loss, sampleWeight, lossTracker);
    }

    /// <summary>Forward pass and loss on one batch without recording; updates the loss tracker and metrics.</summary>
    public static void Test(Model model, Tensor x, Tensor y, Tensor? sampleWeight, Mean lossTracker)
    {
        using var noRecording = new NoRecording();
        Tensor yPred = model.Call(x, training: false);
        Tensor loss = AddRegularization(model, model.Loss!.Compute(y, yPred, sampleWeight));
        Record(model, y, yPred, loss, sampleWeight, lossTracker);
    }

    /// <summary>The current metric results, then the loss, in Keras' log order.</summary>
    public static Logs Results(Model model, Mean lossTracker, string prefix = "")
    {
        var logs = new Logs();
        foreach (Metric m in model.Metrics)
        {
            logs[prefix + m.Name] = m.Result();
        }

        logs[prefix + "loss"] = lossTracker.Result();
        return logs;
    }

    /// <summary>Resets the loss tracker and every compiled metric.</summary>
    public static void Reset(Model model, Mean lossTracker)
    {
        lossTracker.ResetState();
        foreach (Metric m in model.Metrics)
        {
            m.ResetState();
        }
    }

    /// <summary>The loss plus every regularization penalty of the model's layers.</summary>
    private static Tensor AddRegularization(Model model, Tensor loss)
    {
        foreach (Tensor penalty in model.Losses)
        {
            loss = Ops.Add(loss, penalty.To(loss.DType));
        }

        return loss;
    }

    private static void Record(Model model, Tensor y, Tensor yPred, Tensor loss, Tensor? sampleWeight, Mean lossTracker)
    {
        int batch = yPred.Rank == 0 ? 1 : yPred.Shape[0];
        lossTracker.Update(loss.ToScalar(), batch);
        foreach (Metric m in model.Metrics)
        {
            m.UpdateState(y, yPred, sampleWeight);
        }
    }
}
