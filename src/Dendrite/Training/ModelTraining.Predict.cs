// Predict and the single-batch forms (TrainOnBatch / TestOnBatch / PredictOnBatch).
// Prediction runs without recording on the tape and with training = false (dropout off).
using Dendrite.Autodiff;
using Dendrite.Metrics;
using Dendrite.Models;
using Dendrite.Tensors;

namespace Dendrite.Training;

public static partial class ModelTraining
{
    /// <summary>Prediction and single-batch steps of a model.</summary>
    /// <param name="model">The model.</param>
    extension(Model model)
    {
        /// <summary>The model's outputs for <paramref name="x"/>, computed in batches.</summary>
        /// <param name="x">Inputs, shape (samples, …).</param>
        /// <param name="batchSize">Samples per batch, ≥ 1; default 32.</param>
        /// <returns>The outputs, shape (samples, …).</returns>
        /// <exception cref="Nn.ShapeMismatchException">x does not fit the model.</exception>
        /// <exception cref="Nn.NonFiniteValueException">x contains NaN or infinity.</exception>
        public Tensor Predict(Tensor x, int batchSize = 32)
        {
            ArgumentNullException.ThrowIfNull(model);
            ArgumentNullException.ThrowIfNull(x);
            ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
            if (x.Rank < 1)
            {
                throw new Nn.ShapeMismatchException($"Predict: x must have a batch axis, received shape {x.Shape}.");
            }

            DataChecks.RequireFinite(x, "Predict x");
            if (!model.Built)
            {
                model.Build(x.Shape.With(0, -1));
            }

            model.CheckInputShape(x, "Predict x");
            int n = x.Shape[0];
            using var noRecording = new NoRecording();
            Tensor? result = null;
            for (int start = 0; start < n; start += batchSize)
            {
                int count = Math.Min(batchSize, n - start);
                Tensor batch = model.Call(x.Rows(start, count), training: false);
                result ??= Tensor.Zeros(batch.Shape.With(0, n), batch.DType);
                result.Rows(start, count).CopyFrom(batch);
            }

            return result ?? Tensor.Zeros((model.OutputShape ?? new Shape(0, 0)).With(0, 0));
        }

        /// <summary>One gradient step on one batch.</summary>
        /// <param name="x">The batch's inputs.</param>
        /// <param name="y">The batch's targets.</param>
        /// <param name="sampleWeight">One weight per sample; default null.</param>
        /// <returns>The batch's metrics then <c>loss</c>.</returns>
        public Logs TrainOnBatch(Tensor x, Tensor y, Tensor? sampleWeight = null)
        {
            ArgumentNullException.ThrowIfNull(model);
            RequireCompiled(model, "TrainOnBatch");
            PrepareData(model, x, y, "TrainOnBatch");
            var tracker = new Mean("loss");
            TrainStep.Reset(model, tracker);
            TrainStep.Train(model, x, y, sampleWeight, tracker);
            return TrainStep.Results(model, tracker);
        }

        /// <summary>Loss and metrics on one batch, without training.</summary>
        /// <param name="x">The batch's inputs.</param>
        /// <param name="y">The batch's targets.</param>
        /// <param name="sampleWeight">One weight per sample; default null.</param>
        /// <returns>The batch's metrics then <c>loss</c>.</returns>
        public Logs TestOnBatch(Tensor x, Tensor y, Tensor? sampleWeight = null)
        {
            ArgumentNullException.ThrowIfNull(model);
            RequireCompiled(model, "TestOnBatch");
            PrepareData(model, x, y, "TestOnBatch");
            var tracker = new Mean("loss");
            TrainStep.Reset(model, tracker);
            TrainStep.Test(model, x, y, sampleWeight, tracker);
            return TrainStep.Results(model, tracker);
        }

        /// <summary>The outputs for one batch.</summary>
        /// <param name="x">The batch's inputs.</param>
        public Tensor PredictOnBatch(Tensor x) => model.Predict(x, batchSize: Math.Max(1, x.Rank == 0 ? 1 : x.Shape[0]));
    }
}
