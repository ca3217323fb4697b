// Activations → ONNX (operators of the default domain as of opset 17), keyed by the exact activation type:
//   linear       f(x) = x                         Identity
//   relu         max(x, 0)                        Relu
//   sigmoid      1 / (1 + e^−x)                   Sigmoid
//   tanh         tanh x                           Tanh
//   softmax      e^x_j / Σ_k e^x_k along `axis`   Softmax(axis)      (opset ≥ 13: one axis, as Dendrite)
//   log_softmax  x_j − log Σ_k e^x_k              LogSoftmax(axis)
//   leaky_relu   x > 0 ? x : s·x                  LeakyRelu(alpha = s)
//   elu          x > 0 ? x : α(e^x − 1)           Elu(alpha = α)
//   selu         λ(x > 0 ? x : α(e^x − 1))        Selu(alpha = α, gamma = λ) with Dendrite's (Keras') α, λ
//   softplus     log(1 + e^x)                     Softplus
//   softsign     x / (1 + |x|)                    Softsign
//   hard_sigmoid clip(x/6 + 1/2, 0, 1)            HardSigmoid(alpha = 1/6, beta = 1/2)   (Keras 3's form, ours)
//   silu/swish   x · σ(x)                         Mul(x, Sigmoid(x))
//   gelu         x · (1 + erf(x / √2)) / 2        Erf composition (opset 17 has no Gelu; it came in opset 20)
//   gelu approx  x · (1 + tanh(√(2/π)(x + 0.044715 x³))) / 2    Tanh composition
//   step         x ≥ 0 ? 1 : 0                    Cast(GreaterOrEqual(x, 0), to = FLOAT)
// Formulas: the ONNX operator docs (docs/Operators.md) and Dendrite's own Activations/*.cs headers.
using Dendrite.Autodiff;
using Dendrite.Nn.Activations;
using Dendrite.Onnx.Proto;

namespace Dendrite.Onnx.Converters;

/// <summary>Converts each built-in activation to ONNX nodes.</summary>
internal static class ActivationConverters
{
    private delegate void Converter(LayerConversion conversion, Activation activation, string x, string y);

    private const double SqrtTwoOverPi = 0.7978845608028654; // √(2/π)
    private const double GeluCubic = 0.044715;
    private const double InverseSqrtTwo = 0.7071067811865476; // 1/√2

    private static readonly Dictionary<Type, Converter> s_converters = new()
    {
        [typeof(Linear)] = (c, a, x, y) => c.Graph.AddNode("Identity", [x], y),
        [typeof(Relu)] = (c, a, x, y) => c.Graph.AddNode("Relu", [x], y),
        [typeof(Sigmoid)] = (c, a, x, y) => c.Graph.AddNode("Sigmoid", [x], y),
        [typeof(Tanh)] = (c, a, x, y) => c.Graph.AddNode("Tanh", [x], y),
        [typeof(Softmax)] = (c, a, x, y) => c.Graph.AddNode("Softmax", [x], y, OnnxGraphBuilder.Attribute("axis", (long)((Softmax)a).Axis)),
        [typeof(LogSoftmax)] = (c, a, x, y) => c.Graph.AddNode("LogSoftmax", [x], y, OnnxGraphBuilder.Attribute("axis", (long)((LogSoftmax)a).Axis)),
        [typeof(LeakyRelu)] = (c, a, x, y) => c.Graph.AddNode("LeakyRelu", [x], y, OnnxGraphBuilder.Attribute("alpha", (float)((LeakyRelu)a).NegativeSlope)),
        [typeof(Elu)] = (c, a, x, y) => c.Graph.AddNode("Elu", [x], y, OnnxGraphBuilder.Attribute("alpha", (float)((Elu)a).Alpha)),
        [typeof(Selu)] = (c, a, x, y) => c.Graph.AddNode("Selu", [x], y, OnnxGraphBuilder.Attribute("alpha", (float)Ops.SeluAlpha), OnnxGraphBuilder.Attribute("gamma", (float)Ops.SeluScale)),
        [typeof(Softplus)] = (c, a, x, y) => c.Graph.AddNode("Softplus", [x], y),
        [typeof(Softsign)] = (c, a, x, y) => c.Graph.AddNode("Softsign", [x], y),
        [typeof(HardSigmoid)] = (c, a, x, y) => c.Graph.AddNode("HardSigmoid", [x], y, OnnxGraphBuilder.Attribute("alpha", 1f / 6f), OnnxGraphBuilder.Attribute("beta", 0.5f)),
        [typeof(Silu)] = (c, a, x, y) => c.Graph.AddNode("Mul", [x, c.Graph.AddNode("Sigmoid", [x], c.Temp("sigmoid"))], y),
        [typeof(Gelu)] = Gelu,
        [typeof(Step)] = Step,
    };

    /// <summary>The supported activation types.</summary>
    public static IReadOnlyList<Type> SupportedTypes => [.. s_converters.Keys.OrderBy(t => t.Name, StringComparer.Ordinal)];

    /// <summary>Writes the nodes of <paramref name="activation"/> from value <paramref name="x"/> to value <paramref name="y"/>.</summary>
    /// <param name="conversion">The layer call the activation belongs to (names its intermediate values and errors).</param>
    /// <param name="activation">The activation.</param>
    /// <param name="x">The input value name.</param>
    /// <param name="y">The output value name.</param>
    /// <exception cref="NotSupportedException">The activation's type has no converter (e.g. a custom activation).</exception>
    public static void Convert(LayerConversion conversion, Activation activation, string x, string y)
    {
        if (!s_converters.TryGetValue(activation.GetType(), out Converter? converter))
        {
            throw new NotSupportedException(
                $"ONNX export does not support activation '{activation.Name}' of type {activation.GetType().FullName} in layer '{conversion.Layer.Name}' of type {conversion.Layer.GetType().Name}. " +
                $"Supported activation types: {string.Join(", ", SupportedTypes.Select(t => t.Name))}.");
        }

        converter(conversion, activation, x, y);
    }

    private static void Gelu(LayerConversion c, Activation activation, string x, string y)
    {
        OnnxGraphBuilder g = c.Graph;
        string inner;
        if (((Gelu)activation).Approximate)
        {
            // u = √(2/π) · (x + 0.044715 x³);  y = x · (1 + tanh u) / 2
            string cube = g.AddNode("Mul", [g.AddNode("Mul", [x, x], c.Temp("square")), x], c.Temp("cube"));
            string sum = g.AddNode("Add", [x, g.AddNode("Mul", [cube, g.AddScalar(c.Temp("cubic_coefficient"), (float)GeluCubic)], c.Temp("scaled_cube"))], c.Temp("sum"));
            string u = g.AddNode("Mul", [sum, g.AddScalar(c.Temp("sqrt_two_over_pi"), (float)SqrtTwoOverPi)], c.Temp("u"));
            inner = g.AddNode("Tanh", [u], c.Temp("tanh"));
        }
        else
        {
            // y = x · (1 + erf(x / √2)) / 2
            string scaled = g.AddNode("Mul", [x, g.AddScalar(c.Temp("inverse_sqrt_two"), (float)InverseSqrtTwo)], c.Temp("scaled"));
            inner = g.AddNode("Erf", [scaled], c.Temp("erf"));
        }

        string onePlus = g.AddNode("Add", [inner, g.AddScalar(c.Temp("one"), 1f)], c.Temp("one_plus"));
        string product = g.AddNode("Mul", [x, onePlus], c.Temp("product"));
        g.AddNode("Mul", [product, g.AddScalar(c.Temp("half"), 0.5f)], y);
    }

    private static void Step(LayerConversion c, Activation activation, string x, string y)
    {
        string mask = c.Graph.AddNode("GreaterOrEqual", [x, c.Graph.AddScalar(c.Temp("zero"), 0f)], c.Temp("non_negative"));
        c.Graph.AddNode("Cast", [mask], y, OnnxGraphBuilder.Attribute("to", (long)TensorProto.Types.DataType.Float));
    }
}
