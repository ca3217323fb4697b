// The data checks every Fit / Evaluate / Predict runs first: arrange x and y in the model's input and
// output order, build a Sequential model from the data's shape if needed, and reject empty, ragged,
// non-finite or mis-shaped data — and targets the loss cannot take — before any step runs.
using Dendrite.Models;
using Dendrite.Tensors;

namespace Dendrite.Training;

public static partial class ModelTraining
{
    private static (IReadOnlyList<Tensor> X, IReadOnlyList<Tensor> Y, int Rows) PrepareData(Model model, TensorData x, TensorData y, string what)
    {
        ArgumentNullException.ThrowIfNull(y);
        IReadOnlyList<Tensor> xs = PrepareInputs(model, x, what);
        IReadOnlyList<Tensor> ys = y.Arrange(model.OutputNames, what + " y");
        int n = xs[0].Shape[0];
        for (int i = 0; i < ys.Count; i++)
        {
            string name = ys.Count == 1 ? what + " y" : $"{what} y['{model.OutputNames[i]}']";
            DataChecks.RequireSameRows(xs[0], ys[i], what);
            DataChecks.RequireFinite(ys[i], name);
            model.CompiledOutputs[i].Loss.ValidateTargets(ys[i], model.OutputShapes[i]);
        }

        return (xs, ys, n);
    }

    private static IReadOnlyList<Tensor> PrepareInputs(Model model, TensorData x, string what)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (!model.Built && x.Count == 1 && !x.IsByName)
        {
            Tensor first = x.First();
            if (first.Rank >= 1)
            {
                model.Build(first.Shape.With(0, -1));
            }
        }

        IReadOnlyList<Tensor> xs = x.Arrange(model.InputNames, what + " x");
        for (int i = 0; i < xs.Count; i++)
        {
            string name = xs.Count == 1 ? what + " x" : $"{what} x['{model.InputNames[i]}']";
            if (xs[i].Rank < 1 || xs[i].Shape[0] == 0)
            {
                throw new Nn.ShapeMismatchException($"{name} must have at least one sample, received shape {xs[i].Shape}.");
            }

            DataChecks.RequireSameRows(xs[0], xs[i], what);
            DataChecks.RequireFinite(xs[i], name);
            if (!Model.ShapeFits(model.InputShapes[i], xs[i].Shape))
            {
                throw new Nn.ShapeMismatchException($"Model '{model.Name}' expects {name} of shape {model.InputShapes[i]}{Layout(model.InputShapes[i])}, received shape {xs[i].Shape}.");
            }
        }

        return xs;
    }

    /// <summary>The layout a rank-3 or rank-4 input shape stands for, for messages: sequences or channels-last images.</summary>
    private static string Layout(Shape expected) => expected.Rank switch
    {
        3 => " (batch, steps, features)",
        4 => " (batch, height, width, channels)",
        _ => "",
    };
}
