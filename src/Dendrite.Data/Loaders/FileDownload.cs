// Downloads one file into a cache folder safely: the body goes to a temporary file in the same folder, its
// length is checked against Content-Length and its unpacked SHA-256 against the expected one, and only then is
// it renamed to its final name. Any failure deletes the temporary file, so the cache never holds a partial file.
using System.IO.Compression;
using System.Security.Cryptography;

namespace Dendrite.Data.Loaders;

/// <summary>Downloads a file into a cache folder through a temporary file and a rename.</summary>
internal static class FileDownload
{
    public static void Fetch(HttpClient client, Uri uri, string destination, string? expectedUnpackedSha256)
    {
        string temp = destination + $".{Environment.ProcessId}.{Guid.NewGuid():N}.part";
        try
        {
            long received;
            long? expected;
            using (var request = new HttpRequestMessage(HttpMethod.Get, uri))
            using (HttpResponseMessage response = client.Send(request, HttpCompletionOption.ResponseHeadersRead))
            {
                if (!response.IsSuccessStatusCode)
                {
                    throw new HttpRequestException($"Downloading {uri} failed: the server answered {(int)response.StatusCode} {response.ReasonPhrase}.");
                }

                expected = response.Content.Headers.ContentLength;
                using Stream body = response.Content.ReadAsStream();
                using (var file = File.Create(temp))
                {
                    try
                    {
                        body.CopyTo(file);
                    }
                    catch (Exception e) when (e is IOException or HttpRequestException)
                    {
                        throw new IOException($"Downloading {uri} failed after {file.Length} bytes{(expected is long n ? $" of {n}" : string.Empty)}: {e.Message}", e);
                    }

                    received = file.Length;
                }
            }

            if (expected is long length && received != length)
            {
                throw new IOException($"Downloading {uri} failed: received {received} bytes, expected {length}.");
            }

            if (expectedUnpackedSha256 is not null)
            {
                string actual = UnpackedSha256(temp, uri);
                if (!actual.Equals(expectedUnpackedSha256, StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidDataException($"Downloaded {uri}: its unpacked SHA-256 is {actual}, expected {expectedUnpackedSha256}.");
                }
            }

            File.Move(temp, destination, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static string UnpackedSha256(string path, Uri uri)
    {
        try
        {
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            return Convert.ToHexStringLower(SHA256.HashData(gzip));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"Downloaded {uri}: not a valid gzip file ({e.Message}).", e);
        }
    }
}
