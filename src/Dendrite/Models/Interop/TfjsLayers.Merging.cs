// TfjsLayers, merge layers (tfjs-layers src/layers/merge.ts): Add, Multiply, Average, Maximum take no settings;
// Concatenate {axis}. tfjs has no Subtract layer (Keras does), so Subtract imports from Keras files but does
// not export; tfjs' Minimum and Dot have no Dendrite layer.
using Dendrite.Nn.Layers;

namespace Dendrite.Models.Interop;

internal static partial class TfjsLayers
{
    private static void AddMerging(Table table)
    {
        table.Export<Add>(_ => new("Add", []));
        table.Import("Add", (_, name) => new Add(name));
        table.Export<Subtract>(s => throw new NotSupportedException($"{Where(s)} cannot be exported: TensorFlow.js has no Subtract layer (it registers Add, Multiply, Average, Maximum, Minimum, Concatenate and Dot)."));
        table.Import("Subtract", (_, name) => new Subtract(name));
        table.Export<Multiply>(_ => new("Multiply", []));
        table.Import("Multiply", (_, name) => new Multiply(name));
        table.Export<Average>(_ => new("Average", []));
        table.Import("Average", (_, name) => new Average(name));
        table.Export<Maximum>(_ => new("Maximum", []));
        table.Import("Maximum", (_, name) => new Maximum(name));
        table.Export<Concatenate>(c => new("Concatenate", new() { ["axis"] = c.Axis }));
        table.Import("Concatenate", (c, name) => new Concatenate(c.Int("axis", -1), name));
    }
}
