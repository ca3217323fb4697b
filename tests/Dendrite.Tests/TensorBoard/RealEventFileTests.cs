// A real event file written by TensorFlow 2 (Data/README.md: tf.summary.scalar("my_metric", 0.5*step) for steps
// 0..99): our reader parses every record with valid CRCs, and the scalar values our writer builds are
// byte-for-byte the ones TensorFlow wrote (same tag, tensor and scalars-plugin metadata).
using Dendrite.TensorBoard;
using Dendrite.TensorBoard.Protos;
using Dendrite.Tests.Repository;
using Google.Protobuf;

namespace Dendrite.Tests.TensorBoard;

public sealed class RealEventFileTests
{
    private static readonly string s_path = Path.Combine(RepositoryPaths.Root, "tests", "Dendrite.Tests", "TensorBoard", "Data", "events.out.tfevents.1585499054.Jaakkos-Mac-mini.local.11684.5.v2");

    [Fact]
    public void Every_record_of_a_TensorFlow_file_parses_with_valid_crcs()
    {
        IReadOnlyList<Event> events = EventFileReader.Read(s_path);
        Assert.Equal(101, events.Count);
        Assert.Equal(EventFileWriter.FileVersion, events[0].FileVersion);
        Assert.Equal(1585499054, (long)events[0].WallTime);
        for (int step = 0; step < 100; step++)
        {
            Event e = events[step + 1];
            Assert.Equal(step, e.Step);
            Summary.Types.Value value = Assert.Single(e.Summary.Value);
            Assert.Equal("my_metric", value.Tag);
            Assert.Equal("scalars", value.Metadata.PluginData.PluginName);
            Assert.Equal(DataType.DtFloat, value.Tensor.Dtype);
            Assert.Empty(value.Tensor.TensorShape.Dim);
            Assert.Equal(0.5f * step, BitConverter.ToSingle(value.Tensor.TensorContent.Span));
        }
    }

    [Fact]
    public void Our_scalar_values_are_byte_identical_to_TensorFlows()
    {
        IReadOnlyList<Event> events = EventFileReader.Read(s_path);
        for (int step = 0; step < 100; step++)
        {
            byte[] theirs = events[step + 1].Summary.Value[0].ToByteArray();
            byte[] ours = Summaries.Scalar("my_metric", 0.5 * step).ToByteArray();
            Assert.Equal(theirs, ours);
        }
    }

    [Fact]
    public void Our_files_have_the_same_framing_and_first_record()
    {
        string folder = Directory.CreateTempSubdirectory("dendrite-tb-real-").FullName;
        try
        {
            var writer = new EventFileWriter(folder);
            writer.Add(7, Summaries.Scalar("my_metric", 3.5));
            writer.Flush();
            Assert.Matches(@"^events\.out\.tfevents\.\d+\.", Path.GetFileName(writer.Path));
            IReadOnlyList<Event> ours = EventFileReader.Read(writer.Path), theirs = EventFileReader.Read(s_path);
            Assert.Equal(2, ours.Count);
            Assert.Equal(theirs[0].FileVersion, ours[0].FileVersion);
            Assert.Equal(Event.WhatOneofCase.FileVersion, ours[0].WhatCase);
            Assert.Equal(theirs[8].WhatCase, ours[1].WhatCase); // a summary event, as TensorFlow's step 7
            Assert.Equal(theirs[8].Summary.Value[0].ToByteArray(), ours[1].Summary.Value[0].ToByteArray());
            Assert.Equal(7, ours[1].Step);
            Assert.True(ours[1].WallTime > 1.6e9, $"wall time {ours[1].WallTime} is seconds since 1970");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
