// TfjsActivations: Dendrite activations ↔ the activation names of a TensorFlow.js config (tfjs-layers
// src/activations.ts: elu, selu, relu, relu6, linear, sigmoid, hardSigmoid, softplus, softsign, tanh, softmax,
// logSoftmax, gelu, gelu_new, mish, swish, written snake_case in model.json). Only exact equivalents map:
//   tfjs elu, softmax and logSoftmax take no settings (α = 1, last axis), so only those settings export;
//   tfjs gelu is the exact erf form (our Gelu(approximate: false)); its gelu_new cannot be read back by
//   tfjs (the name becomes "geluNew", which is not registered), so the tanh form does not export;
//   tfjs hardSigmoid is Keras 2's clip(0.2x + 0.5, 0, 1), not Keras 3's clip(x/6 + 0.5, 0, 1) that Dendrite
//   implements, so hard_sigmoid maps neither way; swish (α = 1) is our silu.
// LeakyRelu, and Softmax on another axis, export as layers (LeakyReLU, Softmax) when they stand alone as an
// ActivationLayer (see TfjsLayers.Core.cs); an Elu with α ≠ 1 has no equivalent (tfjs' ELU layer rejects it).
using Dendrite.Nn.Activations;

namespace Dendrite.Models.Interop;

/// <summary>Maps activations to and from TensorFlow.js activation names.</summary>
internal static class TfjsActivations
{
    /// <summary>tfjs name → Dendrite activation, for the activations that are the same function.</summary>
    private static readonly Dictionary<string, Func<Activation>> s_imports = new(StringComparer.Ordinal)
    {
        ["linear"] = () => Activation.Linear,
        ["relu"] = () => Activation.Relu,
        ["sigmoid"] = () => Activation.Sigmoid,
        ["tanh"] = () => Activation.Tanh,
        ["softmax"] = () => Activation.Softmax,
        ["log_softmax"] = () => Activation.LogSoftmax,
        ["elu"] = () => Activation.Elu,
        ["selu"] = () => Activation.Selu,
        ["gelu"] = () => Activation.Gelu,
        ["swish"] = () => Activation.Silu,
        ["silu"] = () => Activation.Silu,
        ["softplus"] = () => Activation.Softplus,
        ["softsign"] = () => Activation.Softsign,
    };

    /// <summary>The tfjs name of <paramref name="activation"/>, or null when tfjs has no activation that computes the same.</summary>
    public static string? TryExport(Activation activation) => activation switch
    {
        Linear => "linear",
        Relu => "relu",
        Sigmoid => "sigmoid",
        Tanh => "tanh",
        Softmax { Axis: -1 } => "softmax",
        LogSoftmax { Axis: -1 } => "log_softmax",
        Elu { Alpha: 1.0 } => "elu",
        Selu => "selu",
        Gelu { Approximate: false } => "gelu",
        Silu => "swish",
        Softplus => "softplus",
        Softsign => "softsign",
        _ => null,
    };

    /// <summary>The tfjs name of <paramref name="activation"/>.</summary>
    /// <param name="activation">The activation.</param>
    /// <param name="where">The layer, for the message.</param>
    /// <exception cref="NotSupportedException">tfjs has no activation that computes the same.</exception>
    public static string Export(Activation activation, string where) => TryExport(activation)
        ?? throw new NotSupportedException($"{where} uses activation '{activation.Name}' with settings {{{string.Join(", ", activation.GetConfig().Select(kv => $"{kv.Key}: {kv.Value}"))}}}, which TensorFlow.js has no equivalent activation for ({Why(activation)}). TensorFlow.js activations Dendrite exports: {string.Join(", ", s_imports.Keys.Where(k => k != "silu"))}.");

    /// <summary>The activation a tfjs config names.</summary>
    /// <param name="value">A name (tfjs and Keras 2 write names) or <c>{class_name, config}</c> with an empty config.</param>
    /// <exception cref="ArgumentException">The activation has no Dendrite equivalent; the message says which.</exception>
    public static Activation Import(object? value)
    {
        string name = value switch
        {
            null => "linear",
            string s => s,
            IReadOnlyDictionary<string, object?> d when d.TryGetValue("class_name", out object? c) && c is string s
                && (!d.TryGetValue("config", out object? config) || config is null or IReadOnlyDictionary<string, object?> { Count: 0 }) => s,
            _ => throw new ArgumentException($"activation {value} is neither a name nor {{class_name, config}} with no settings."),
        };
        if (s_imports.TryGetValue(name, out Func<Activation>? create))
        {
            return create();
        }

        string reason = name == "hard_sigmoid"
            ? "TensorFlow.js' hard_sigmoid is Keras 2's clip(0.2x + 0.5, 0, 1); Dendrite's is Keras 3's clip(x/6 + 0.5, 0, 1)"
            : "Dendrite has no activation computing the same";
        throw new ArgumentException($"activation '{name}' cannot be imported: {reason}. Supported: {string.Join(", ", s_imports.Keys)}.");
    }

    private static string Why(Activation activation) => activation switch
    {
        HardSigmoid => "TensorFlow.js' hardSigmoid is Keras 2's clip(0.2x + 0.5, 0, 1), Dendrite's is Keras 3's clip(x/6 + 0.5, 0, 1)",
        Gelu => "TensorFlow.js cannot read back its own tanh-approximate gelu_new",
        Elu => "TensorFlow.js' elu and its ELU layer support only alpha 1",
        LeakyRelu or Softmax => "put it in an ActivationLayer after a linear layer instead: that exports as a TensorFlow.js " + (activation is LeakyRelu ? "LeakyReLU" : "Softmax") + " layer",
        _ => "no TensorFlow.js activation computes it",
    };
}
