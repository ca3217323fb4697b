// Summaries: the Summary.Value messages TensorBoard's plugins read, shaped as their official writers shape them.
//   scalar:    tensor DT_FLOAT, shape [], tensor_content = the float's 4 little-endian bytes; metadata plugin
//              "scalars" with empty content (as TensorFlow 2's tf.summary.scalar — see the real file in the tests)
//   histogram: histo = HistogramProto (min, max, num, sum, sum_squares, bucket_limit, bucket), no metadata
//              (as PyTorch's SummaryWriter.add_histogram; TensorBoard converts it to its histogram tensor)
//   text:      tensor DT_STRING, shape [], string_val = UTF-8 Markdown; metadata plugin "text" with content
//              TextPluginData{version 0} (tensorboard/plugins/text/summary_v2.py)
//   hparams:   tags _hparams_/session_start_info and _hparams_/session_end_info, metadata plugin "hparams" with
//              content HParamsPluginData{version 0, session_start_info | session_end_info}
//              (tensorboard/plugins/hparams/metadata.py); the value carries no data of its own, so an empty
//              DT_FLOAT scalar tensor stands in, as TensorBoard's own summary helper attaches a placeholder tensor.
using Dendrite.TensorBoard.Protos;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Dendrite.TensorBoard;

/// <summary>Builds the summary values of the scalar, histogram, text and hparams plugins.</summary>
internal static class Summaries
{
    public const string HParamsStartTag = "_hparams_/session_start_info";
    public const string HParamsEndTag = "_hparams_/session_end_info";

    /// <summary>A scalar: a rank-0 DT_FLOAT tensor for the scalars plugin.</summary>
    public static Summary.Types.Value Scalar(string tag, double value) => new()
    {
        Tag = tag,
        Metadata = Plugin("scalars", ByteString.Empty),
        Tensor = new TensorProto
        {
            Dtype = DataType.DtFloat,
            TensorShape = new TensorShapeProto(),
            TensorContent = ByteString.CopyFrom(BitConverter.GetBytes((float)value)),
        },
    };

    /// <summary>A histogram of <paramref name="values"/> in <paramref name="buckets"/> equal-width buckets.</summary>
    public static Summary.Types.Value Histogram(string tag, ReadOnlySpan<float> values, int buckets = Dendrite.TensorBoard.Histogram.DefaultBuckets) => new()
    {
        Tag = tag,
        Histo = Dendrite.TensorBoard.Histogram.Compute(values, buckets),
    };

    /// <summary>Markdown text for the text plugin.</summary>
    public static Summary.Types.Value Text(string tag, string markdown) => new()
    {
        Tag = tag,
        Metadata = Plugin("text", new TextPluginData { Version = 0 }.ToByteString()),
        Tensor = new TensorProto
        {
            Dtype = DataType.DtString,
            TensorShape = new TensorShapeProto(),
            StringVal = { ByteString.CopyFromUtf8(markdown) },
        },
    };

    /// <summary>The hparams plugin's session start: the hyper-parameter values of this run.</summary>
    public static Summary.Types.Value HParamsStart(IEnumerable<KeyValuePair<string, object>> hparams, double startTimeSecs)
    {
        var start = new SessionStartInfo { StartTimeSecs = startTimeSecs };
        foreach (var (name, value) in hparams)
        {
            start.Hparams[name] = value switch
            {
                string s => Value.ForString(s),
                bool b => Value.ForBool(b),
                _ => Value.ForNumber(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
            };
        }

        return HParams(HParamsStartTag, new HParamsPluginData { Version = 0, SessionStartInfo = start });
    }

    /// <summary>The hparams plugin's session end, with its status.</summary>
    public static Summary.Types.Value HParamsEnd(HParamsStatus status, double endTimeSecs) =>
        HParams(HParamsEndTag, new HParamsPluginData { Version = 0, SessionEndInfo = new SessionEndInfo { Status = status, EndTimeSecs = endTimeSecs } });

    private static Summary.Types.Value HParams(string tag, HParamsPluginData data) => new()
    {
        Tag = tag,
        Metadata = Plugin("hparams", data.ToByteString()),
        Tensor = new TensorProto { Dtype = DataType.DtFloat, TensorShape = new TensorShapeProto() },
    };

    private static SummaryMetadata Plugin(string name, ByteString content) => new()
    {
        PluginData = new SummaryMetadata.Types.PluginData { PluginName = name, Content = content },
    };
}
