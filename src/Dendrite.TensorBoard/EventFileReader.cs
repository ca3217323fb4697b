// EventFileReader: the events of a TensorBoard event file, each record's two CRCs checked (TfRecord.Read).
// Used by the tests to check our files and files written by TensorFlow; unknown fields are skipped by protobuf.
using Dendrite.TensorBoard.Protos;

namespace Dendrite.TensorBoard;

/// <summary>Reads the <see cref="Event"/> records of an event file.</summary>
internal static class EventFileReader
{
    /// <summary>Every event of the file at <paramref name="path"/>, in order.</summary>
    /// <exception cref="InvalidDataException">A record is truncated, fails a CRC check or is not an Event.</exception>
    public static IReadOnlyList<Event> Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        var events = new List<Event>();
        foreach (ReadOnlyMemory<byte> record in TfRecord.Read(bytes, path))
        {
            try
            {
                events.Add(Event.Parser.ParseFrom(record.Span));
            }
            catch (Google.Protobuf.InvalidProtocolBufferException e)
            {
                throw new InvalidDataException($"Event file '{path}': record {events.Count} is not an Event: {e.Message}", e);
            }
        }

        return events;
    }

    /// <summary>The events of every event file directly in <paramref name="directory"/>, files in name order.</summary>
    public static IReadOnlyList<Event> ReadDirectory(string directory) =>
        [.. Directory.GetFiles(directory, "events.out.tfevents.*").Order(StringComparer.Ordinal).SelectMany(Read)];
}
