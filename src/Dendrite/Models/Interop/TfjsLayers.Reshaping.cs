// TfjsLayers, reshaping layers (tfjs-layers src/layers/convolutional.ts, padding.ts, core.ts; keys as tfjs 4.22
// writes them, captured from its own model.json):
//   UpSampling2D   {size [h, w], data_format, interpolation "nearest"} (bilinear has no Dendrite layer)
//   ZeroPadding2D  {padding [[top, bottom], [left, right]], data_format}
//   Cropping2D     {cropping [[top, bottom], [left, right]], data_format}
//   Reshape        {target_shape}; the one inferred dimension (Dendrite's -1) is written null, as tfjs writes it,
//                  and -1 or null read back as -1
//   Permute        {dims} (1-based)        RepeatVector {n}
// None has weights. Flatten's rank-2 export as Reshape (TfjsLayers.Core.cs) therefore reads back as a Reshape to
// one axis, which computes the same.
using Dendrite.Nn;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Models.Interop;

internal static partial class TfjsLayers
{
    private static void AddReshaping(Table table)
    {
        table.Export<UpSampling2D>(u => new("UpSampling2D", new() { ["size"] = u.Size.ToArray(), ["data_format"] = "channels_last", ["interpolation"] = "nearest" }));
        table.Import("UpSampling2D", (c, name) => (c.NullableString("interpolation") ?? "nearest") == "nearest"
            ? new UpSampling2D(Pair(c, "size", 2), ChannelsLast(c, name))
            : throw new ArgumentException($"{c.What}: interpolation must be nearest (the only one Dendrite implements), received {c.NullableString("interpolation")}."));

        table.Export<ZeroPadding2D>(z => new("ZeroPadding2D", new() { ["padding"] = Sides(z.Top, z.Bottom, z.Left, z.Right), ["data_format"] = "channels_last" }));
        table.Import("ZeroPadding2D", (c, name) =>
        {
            var (top, bottom, left, right) = ReadSides(c, "padding", 1);
            return new ZeroPadding2D(top, bottom, left, right, ChannelsLast(c, name));
        });
        table.Export<Cropping2D>(z => new("Cropping2D", new() { ["cropping"] = Sides(z.Top, z.Bottom, z.Left, z.Right), ["data_format"] = "channels_last" }));
        table.Import("Cropping2D", (c, name) =>
        {
            var (top, bottom, left, right) = ReadSides(c, "cropping", 0);
            return new Cropping2D(top, bottom, left, right, ChannelsLast(c, name));
        });

        table.Export<Reshape>(r => new("Reshape", new() { ["target_shape"] = r.TargetShape.ToArray().Select(d => d == -1 ? null : (object?)d).ToArray() }));
        table.Import("Reshape", (c, name) => new Reshape(new Shape(TargetShape(c)), name));
        table.Export<Permute>(p => new("Permute", new() { ["dims"] = p.Dims.ToArray() }));
        table.Import("Permute", (c, name) => new Permute(c.RequiredIntArray("dims"), name));
        table.Export<RepeatVector>(r => new("RepeatVector", new() { ["n"] = r.N }));
        table.Import("RepeatVector", (c, name) => new RepeatVector(c.RequiredInt("n"), name));
    }

    /// <summary>target_shape with null (tfjs' unknown dimension) read as -1.</summary>
    private static int[] TargetShape(ConfigReader c) => c.Raw("target_shape") is System.Collections.IEnumerable items and not string
        ? [.. items.Cast<object?>().Select(d => d switch
        {
            null => -1,
            int n => n,
            _ => throw new ArgumentException($"{c.What}: setting 'target_shape' must hold integers or null, received {d}."),
        })]
        : throw new ArgumentException($"{c.What}: setting 'target_shape' must be a list of dimensions, received {c.Raw("target_shape") ?? "nothing"}.");

    private static int[][] Sides(int top, int bottom, int left, int right) => [[top, bottom], [left, right]];

    /// <summary>((top, bottom), (left, right)) written as n, [h, w] or [[top, bottom], [left, right]].</summary>
    private static (int Top, int Bottom, int Left, int Right) ReadSides(ConfigReader c, string key, int fallback)
    {
        if (c.Raw(key) is System.Collections.IEnumerable items and not string
            && items.Cast<object?>().ToArray() is [System.Collections.IEnumerable h and not string, System.Collections.IEnumerable w and not string])
        {
            var pairs = new ConfigReader(c.What, new Dictionary<string, object?> { [$"{key}[0]"] = h, [$"{key}[1]"] = w });
            return (pairs.RequiredIntArray($"{key}[0]"), pairs.RequiredIntArray($"{key}[1]")) switch
            {
                ([int t, int b], [int l, int r]) => (t, b, l, r),
                _ => throw new ArgumentException($"{c.What}: setting '{key}' must hold two pairs [[top, bottom], [left, right]]."),
            };
        }

        Size2D s = Pair(c, key, fallback);
        return (s.Height, s.Height, s.Width, s.Width);
    }
}
