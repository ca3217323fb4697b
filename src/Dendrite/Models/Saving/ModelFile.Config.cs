// ModelFile, config.json: a model ↔ its description. Layers go through LayerRegistry (Keras class name +
// GetConfig), the optimizer and loss through their registries (name + GetConfig), metrics by name through
// MetricRegistry. Each model class has a describe/build pair: Sequential here, the functional graph in
// ModelFile.Functional.cs. A model with several outputs keeps a loss, a loss weight and metrics per output.
using System.Text.Json;
using System.Text.Json.Nodes;
using Dendrite.Metrics;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;

namespace Dendrite.Models.Saving;

internal static partial class ModelFile
{
    private static ModelConfigJson DescribeModel(Model model)
    {
        JsonObject config = model switch
        {
            Sequential sequential => JsonSerializer.SerializeToNode(DescribeSequential(sequential), ModelFileJsonContext.Default.SequentialConfigJson)!.AsObject(),
            { GraphEnds: not null } => JsonSerializer.SerializeToNode(DescribeFunctional(model), ModelFileJsonContext.Default.FunctionalConfigJson)!.AsObject(),
            _ => throw new NotSupportedException($"Model '{model.Name}' is a {model.GetType().Name}; the model file describes Sequential and functional (graph) models."),
        };
        return new ModelConfigJson
        {
            ClassName = model is Sequential ? "Sequential" : FunctionalClassName,
            Config = config,
            CompileConfig = model is { Optimizer: { } optimizer, Loss: { } loss } ? new CompileConfigJson
            {
                Optimizer = new ClassConfigJson { ClassName = optimizer.Name, Config = ConfigValues.ToJson(optimizer.GetConfig(), $"optimizer '{optimizer.Name}'") },
                Loss = Describe(loss),
                Metrics = model.CompiledOutputs.Count == 1 ? [.. model.Metrics.Select(m => m.Name)] : [],
                OutputLosses = model.CompiledOutputs.Count > 1 ? model.CompiledOutputs.ToDictionary(o => o.Name, o => Describe(o.Loss)) : null,
                LossWeights = model.CompiledOutputs.Count > 1 ? model.CompiledOutputs.ToDictionary(o => o.Name, o => o.LossWeight) : null,
                OutputMetrics = model.CompiledOutputs.Count > 1 ? model.CompiledOutputs.ToDictionary(o => o.Name, o => o.Metrics.Select(m => m.Name).ToList()) : null,
            }
            : null,
        };

        static ClassConfigJson Describe(Loss loss) => new() { ClassName = loss.Name, Config = ConfigValues.ToJson(loss.GetConfig(), $"loss '{loss.Name}'") };
    }

    private static SequentialConfigJson DescribeSequential(Sequential model) => new()
    {
        Name = model.Name,
        Seed = model.Seed,
        BuildInputShape = model.InputShape is { } shape ? [.. shape.ToArray().Select(d => d < 0 ? (int?)null : d)] : null,
        Layers = [.. model.Layers.Select(l => new ClassConfigJson { ClassName = LayerRegistry.ClassName(l), Config = ConfigValues.ToJson(l.GetConfig(), $"layer '{l.Name}'") })],
    };

    private static Model BuildModel(string path, ModelConfigJson config, bool compile)
    {
        Model model = config.ClassName switch
        {
            "Sequential" => BuildSequential(path, config.Config),
            FunctionalClassName => BuildFunctional(path, config.Config),
            _ => throw new ModelFileException(path, $"{ConfigEntry} describes a model of class '{config.ClassName}'; this Dendrite loads: Sequential, {FunctionalClassName}"),
        };
        if (compile && config.CompileConfig is { } compileConfig)
        {
            try
            {
                Optimizer optimizer = OptimizerRegistry.FromConfig(compileConfig.Optimizer.ClassName, ConfigValues.FromJson(compileConfig.Optimizer.Config));
                if (compileConfig.OutputLosses is { } losses)
                {
                    model.Compile(
                        optimizer,
                        losses.ToDictionary(kv => kv.Key, kv => LossRegistry.FromConfig(kv.Value.ClassName, ConfigValues.FromJson(kv.Value.Config))),
                        compileConfig.LossWeights,
                        compileConfig.OutputMetrics?.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Metric>)[.. kv.Value.Select(MetricRegistry.Create)]));
                }
                else
                {
                    Loss loss = LossRegistry.FromConfig(compileConfig.Loss.ClassName, ConfigValues.FromJson(compileConfig.Loss.Config));
                    model.Compile(optimizer, loss, [.. compileConfig.Metrics.Select(MetricRegistry.Create)]);
                }
            }
            catch (ArgumentException e)
            {
                throw new ModelFileException(path, $"{ConfigEntry} compile_config cannot be applied: {e.Message} (load with compile: false to skip it)", e);
            }
        }

        return model;
    }

    private static Sequential BuildSequential(string path, JsonObject json)
    {
        SequentialConfigJson config;
        try
        {
            config = JsonSerializer.Deserialize(json, ModelFileJsonContext.Default.SequentialConfigJson)
                ?? throw new ModelFileException(path, $"{ConfigEntry} has a null Sequential config");
        }
        catch (JsonException e)
        {
            throw new ModelFileException(path, $"{ConfigEntry} has an invalid Sequential config: {e.Message}", e);
        }

        var layers = new List<Layer>();
        for (int i = 0; i < config.Layers.Count; i++)
        {
            ClassConfigJson layer = config.Layers[i];
            try
            {
                layers.Add(LayerRegistry.FromConfig(layer.ClassName, ConfigValues.FromJson(layer.Config)));
            }
            catch (ArgumentException e)
            {
                throw new ModelFileException(path, $"{ConfigEntry} layer {i} ({layer.ClassName}) cannot be created: {e.Message}", e);
            }
        }

        try
        {
            var model = new Sequential(layers, config.Name, config.Seed);
            if (!model.Built && config.BuildInputShape is { } shape)
            {
                model.Build(new Shape([.. shape.Select(d => d ?? -1)]));
            }

            return model;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new ModelFileException(path, $"{ConfigEntry} describes a Sequential model that cannot be built: {e.Message}", e);
        }
    }

    private static void RestoreLearningRate(string path, Model model, CompileConfigJson? config)
    {
        if (model.Optimizer is not { } optimizer || config is null || config.Optimizer.ClassName != optimizer.Name
            || !config.Optimizer.Config.TryGetPropertyValue("learning_rate", out JsonNode? node) || node is not JsonValue value
            || !value.TryGetValue(out double learningRate))
        {
            return;
        }

        try
        {
            optimizer.LearningRate = learningRate;
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ModelFileException(path, $"{ConfigEntry} records an invalid learning rate: {e.Message}", e);
        }
    }
}
