// TfjsObjects: the nested objects of a layer config — initializers, regularizers, constraints — in the
// {"class_name", "config"} form tfjs writes (tfjs-layers src/initializers.ts, regularizers.ts, constraints.ts):
//   initializers   tfjs class names (GlorotUniform, HeNormal, LeCunNormal — tfjs spells LeCun —, VarianceScaling,
//                  …) with Keras' settings; VarianceScaling's "normal" is the truncated normal in tfjs and
//                  Keras 2, so it reads as truncated_normal, and the untruncated normal has no tfjs equivalent.
//   regularizers   tfjs registers only L1L2 {l1, l2}: L1 and L2 export as L1L2 with the other factor 0.
//   constraints    MaxNorm, MinMaxNorm, NonNeg, UnitNorm: the same class names and settings as Keras.
// Initial values do not change what a loaded model predicts, but a wrong initializer would change training
// after loading, so an initializer without an equivalent is an error, not a silent substitute.
using Dendrite.Nn.Constraints;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Regularizers;

namespace Dendrite.Models.Interop;

/// <summary>Maps initializers, regularizers and constraints to and from their TensorFlow.js config form.</summary>
internal static class TfjsObjects
{
    /// <summary>Keras registry name → tfjs class name.</summary>
    private static readonly Dictionary<string, string> s_initializerClasses = new(StringComparer.Ordinal)
    {
        ["constant"] = "Constant",
        ["glorot_normal"] = "GlorotNormal",
        ["glorot_uniform"] = "GlorotUniform",
        ["he_normal"] = "HeNormal",
        ["he_uniform"] = "HeUniform",
        ["lecun_normal"] = "LeCunNormal",
        ["lecun_uniform"] = "LeCunUniform",
        ["ones"] = "Ones",
        ["orthogonal"] = "Orthogonal",
        ["random_normal"] = "RandomNormal",
        ["random_uniform"] = "RandomUniform",
        ["truncated_normal"] = "TruncatedNormal",
        ["variance_scaling"] = "VarianceScaling",
        ["zeros"] = "Zeros",
    };

    /// <summary>tfjs (and Keras) class name → Keras registry name.</summary>
    private static readonly Dictionary<string, string> s_initializerNames = s_initializerClasses
        .Select(kv => KeyValuePair.Create(kv.Value, kv.Key))
        .Concat([KeyValuePair.Create("LecunNormal", "lecun_normal"), KeyValuePair.Create("LecunUniform", "lecun_uniform")])
        .ToDictionary(StringComparer.Ordinal);

    /// <summary>The tfjs form of <paramref name="initializer"/>.</summary>
    /// <exception cref="NotSupportedException">tfjs has no equivalent initializer.</exception>
    public static Dictionary<string, object?> ExportInitializer(Initializer initializer, string where)
    {
        if (!s_initializerClasses.TryGetValue(initializer.Name, out string? className)
            || initializer is VarianceScaling { Distribution: VarianceScalingDistribution.UntruncatedNormal } and { Name: "variance_scaling" })
        {
            throw new NotSupportedException($"{where} uses initializer '{initializer.Name}' ({initializer.GetType().Name}), which has no TensorFlow.js equivalent; TensorFlow.js initializers Dendrite exports: {string.Join(", ", s_initializerClasses.Values)} (VarianceScaling without untruncated_normal).");
        }

        return new Dictionary<string, object?> { ["class_name"] = className, ["config"] = initializer.GetConfig() };
    }

    /// <summary>The initializer of a tfjs config value, or null (the layer's default) when the value is null.</summary>
    /// <exception cref="ArgumentException">The initializer is unknown or its settings are invalid.</exception>
    public static Initializer? ImportInitializer(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string name:
                return InitializerRegistry.Create(name);
            case IReadOnlyDictionary<string, object?> form when form.TryGetValue("class_name", out object? c) && c is string className:
                if (!s_initializerNames.TryGetValue(className, out string? kerasName))
                {
                    throw new ArgumentException($"initializer '{className}' has no Dendrite equivalent; supported: {string.Join(", ", s_initializerNames.Keys.Order(StringComparer.Ordinal))}.");
                }

                var config = form.TryGetValue("config", out object? settings) && settings is IReadOnlyDictionary<string, object?> d
                    ? new Dictionary<string, object?>(d, StringComparer.Ordinal)
                    : [];
                if (kerasName == "variance_scaling" && config.TryGetValue("distribution", out object? distribution) && distribution is "normal")
                {
                    config["distribution"] = "truncated_normal";
                }

                return InitializerRegistry.FromConfig(kerasName, config);
            default:
                throw new ArgumentException($"initializer {value} is neither a name nor {{class_name, config}}.");
        }
    }

    /// <summary>The tfjs form of a regularizer (L1L2), or null.</summary>
    public static Dictionary<string, object?>? ExportRegularizer(Regularizer? regularizer)
    {
        if (regularizer is null)
        {
            return null;
        }

        IReadOnlyDictionary<string, object?> config = regularizer.GetConfig();
        return new Dictionary<string, object?>
        {
            ["class_name"] = "L1L2",
            ["config"] = new Dictionary<string, object?> { ["l1"] = config.GetValueOrDefault("l1") ?? 0.0, ["l2"] = config.GetValueOrDefault("l2") ?? 0.0 },
        };
    }

    /// <summary>The regularizer of a tfjs config value, or null.</summary>
    public static Regularizer? ImportRegularizer(object? value) => RegularizerRegistry.Deserialize(value);

    /// <summary>The tfjs form of a constraint (the Keras form), or null.</summary>
    public static IReadOnlyDictionary<string, object?>? ExportConstraint(Constraint? constraint) => constraint?.Serialize();

    /// <summary>The constraint of a tfjs config value, or null.</summary>
    public static Constraint? ImportConstraint(object? value) => ConstraintRegistry.Deserialize(value);
}
