// TfjsLayers, normalization layers (tfjs-layers src/layers/normalization.ts, the same settings as Keras):
//   BatchNormalization  {axis, momentum, epsilon, center, scale, beta/gamma/moving_mean/moving_variance_initializer,
//                        beta/gamma_regularizer, beta/gamma_constraint}; weights gamma, beta, moving_mean, moving_variance
//   LayerNormalization  {axis, epsilon, center, scale, beta/gamma_initializer, beta/gamma_regularizer}; weights gamma, beta.
//                       tfjs writes axis as a list ([1]) and has no constraints, so constrained γ/β do not export.
using Dendrite.Nn.Layers;

namespace Dendrite.Models.Interop;

internal static partial class TfjsLayers
{
    private static void AddNormalization(Table table)
    {
        table.Export<BatchNormalization>(b => new("BatchNormalization", new()
        {
            ["axis"] = b.Axis,
            ["momentum"] = b.Momentum,
            ["epsilon"] = b.Epsilon,
            ["center"] = b.Center,
            ["scale"] = b.Scale,
            ["beta_initializer"] = TfjsObjects.ExportInitializer(b.BetaInitializer, Where(b)),
            ["gamma_initializer"] = TfjsObjects.ExportInitializer(b.GammaInitializer, Where(b)),
            ["moving_mean_initializer"] = TfjsObjects.ExportInitializer(b.MovingMeanInitializer, Where(b)),
            ["moving_variance_initializer"] = TfjsObjects.ExportInitializer(b.MovingVarianceInitializer, Where(b)),
            ["beta_regularizer"] = TfjsObjects.ExportRegularizer(b.BetaRegularizer),
            ["gamma_regularizer"] = TfjsObjects.ExportRegularizer(b.GammaRegularizer),
            ["beta_constraint"] = TfjsObjects.ExportConstraint(b.BetaConstraint),
            ["gamma_constraint"] = TfjsObjects.ExportConstraint(b.GammaConstraint),
        }));
        table.Import("BatchNormalization", (c, name) => new BatchNormalization(
            SingleAxis(c, "axis", -1),
            c.Double("momentum", 0.99),
            c.Double("epsilon", 1e-3),
            c.Bool("center", true),
            c.Bool("scale", true),
            TfjsObjects.ImportInitializer(c.Raw("beta_initializer")),
            TfjsObjects.ImportInitializer(c.Raw("gamma_initializer")),
            TfjsObjects.ImportInitializer(c.Raw("moving_mean_initializer")),
            TfjsObjects.ImportInitializer(c.Raw("moving_variance_initializer")),
            TfjsObjects.ImportRegularizer(c.Raw("beta_regularizer")),
            TfjsObjects.ImportRegularizer(c.Raw("gamma_regularizer")),
            TfjsObjects.ImportConstraint(c.Raw("beta_constraint")),
            TfjsObjects.ImportConstraint(c.Raw("gamma_constraint")),
            name));

        table.Export<LayerNormalization>(l => l.BetaConstraint is null && l.GammaConstraint is null
            ? new("LayerNormalization", new()
            {
                ["axis"] = l.Axis,
                ["epsilon"] = l.Epsilon,
                ["center"] = l.Center,
                ["scale"] = l.Scale,
                ["beta_initializer"] = TfjsObjects.ExportInitializer(l.BetaInitializer, Where(l)),
                ["gamma_initializer"] = TfjsObjects.ExportInitializer(l.GammaInitializer, Where(l)),
                ["beta_regularizer"] = TfjsObjects.ExportRegularizer(l.BetaRegularizer),
                ["gamma_regularizer"] = TfjsObjects.ExportRegularizer(l.GammaRegularizer),
            })
            : throw new NotSupportedException($"{Where(l)} has a constraint on γ or β, which TensorFlow.js' LayerNormalization does not support (it would be dropped silently)."));
        table.Import("LayerNormalization", (c, name) => new LayerNormalization(
            SingleAxis(c, "axis", -1),
            c.Double("epsilon", 1e-3),
            c.Bool("center", true),
            c.Bool("scale", true),
            TfjsObjects.ImportInitializer(c.Raw("beta_initializer")),
            TfjsObjects.ImportInitializer(c.Raw("gamma_initializer")),
            TfjsObjects.ImportRegularizer(c.Raw("beta_regularizer")),
            TfjsObjects.ImportRegularizer(c.Raw("gamma_regularizer")),
            TfjsObjects.ImportConstraint(c.Raw("beta_constraint")),
            TfjsObjects.ImportConstraint(c.Raw("gamma_constraint")),
            name));
    }
}
