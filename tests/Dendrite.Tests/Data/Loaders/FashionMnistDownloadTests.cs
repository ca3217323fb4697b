// Downloads tested against a loopback HTTP server started in the test (127.0.0.1, ephemeral port).
using Dendrite.Data.Loaders;

namespace Dendrite.Tests.Data.Loaders;

public class FashionMnistDownloadTests
{
    private static (LoopbackServer Server, Dictionary<string, string> Sha256) Serve(string? truncate = null, string? corrupt = null)
    {
        var server = new LoopbackServer();
        (byte[] trainImages, byte[] trainLabels) = IdxTests.Small(4);
        (byte[] testImages, byte[] testLabels) = IdxTests.Small(2);
        byte[][] files = [trainImages, trainLabels, testImages, testLabels];
        var sha = new Dictionary<string, string>();
        for (int i = 0; i < 4; i++)
        {
            string name = FashionMnist.FileNames[i];
            sha[name] = IdxTests.Sha256(files[i]);
            byte[] body = IdxTests.Gzip(name == corrupt ? [.. files[i].Select(b => (byte)(b ^ 1))] : files[i]);
            server.Add(name, body, truncate: name == truncate);
        }

        return (server, sha);
    }

    [Fact]
    public void Downloads_missing_files_into_the_cache_then_uses_the_cache()
    {
        (LoopbackServer server, Dictionary<string, string> sha) = Serve();
        using (server)
        {
            using var cache = new TempCsv("", "unused");
            var options = new FashionMnistOptions { BaseUri = server.BaseUri, Sha256 = sha };
            ImageDataset d = FashionMnist.Load(cache.Directory, options);

            Assert.Equal((4, 2), (d.TrainLabels.Length, d.TestLabels.Length));
            Assert.Equal([0, 1, 2, 3], d.TrainLabels);
            Assert.Equal(4, server.Requests);
            Assert.Equal(FashionMnist.FileNames.Order().Append("unused"), Directory.GetFiles(cache.Directory).Select(Path.GetFileName).Order());

            FashionMnist.Load(cache.Directory, options);
            Assert.Equal(4, server.Requests); // the second load reads the cache only
        }
    }

    [Fact]
    public void A_truncated_download_is_an_error_and_leaves_no_file()
    {
        (LoopbackServer server, Dictionary<string, string> sha) = Serve(truncate: "train-labels-idx1-ubyte.gz");
        using (server)
        {
            using var cache = new TempCsv("", "unused");
            var e = Assert.Throws<IOException>(() => FashionMnist.Load(cache.Directory, new FashionMnistOptions { BaseUri = server.BaseUri, Sha256 = sha }));

            Assert.StartsWith($"Downloading {server.BaseUri}train-labels-idx1-ubyte.gz failed", e.Message);
            Assert.Equal(["train-images-idx3-ubyte.gz", "unused"], Directory.GetFiles(cache.Directory).Select(Path.GetFileName).Order());
        }
    }

    [Fact]
    public void A_checksum_mismatch_or_missing_file_on_the_server_is_an_error_and_leaves_no_file()
    {
        (LoopbackServer server, Dictionary<string, string> sha) = Serve(corrupt: "train-images-idx3-ubyte.gz");
        using (server)
        {
            using var cache = new TempCsv("", "unused");
            var e = Assert.Throws<InvalidDataException>(() => FashionMnist.Load(cache.Directory, new FashionMnistOptions { BaseUri = server.BaseUri, Sha256 = sha }));
            Assert.Contains($"its unpacked SHA-256 is", e.Message);
            Assert.EndsWith($"expected {sha["train-images-idx3-ubyte.gz"]}.", e.Message);
            Assert.Equal(["unused"], Directory.GetFiles(cache.Directory).Select(Path.GetFileName));

            var missing = Assert.Throws<HttpRequestException>(() => FashionMnist.Load(cache.Directory, new FashionMnistOptions { BaseUri = new Uri(server.BaseUri, "elsewhere/") }));
            Assert.EndsWith("failed: the server answered 404 Not Found.", missing.Message);
            Assert.Throws<FileNotFoundException>(() => FashionMnist.Load(cache.Directory, new FashionMnistOptions { Download = false }));
        }
    }
}
