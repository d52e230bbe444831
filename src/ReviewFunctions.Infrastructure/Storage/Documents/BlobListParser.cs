using System.Globalization;
using System.Xml.Linq;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Reads the List Blobs XML (EnumerationResults/Blobs/Blob, NextMarker).</summary>
internal static class BlobListParser
{
    public static BlobListPage Parse(string xml)
    {
        var root = XDocument.Parse(xml).Root ?? throw new InvalidDataException("The blob listing is empty.");
        var items = root.Element("Blobs")?.Elements("Blob").Select(ParseBlob).ToList() ?? [];
        var marker = root.Element("NextMarker")?.Value;
        return new BlobListPage(items, string.IsNullOrEmpty(marker) ? null : marker);
    }

    private static BlobItem ParseBlob(XElement blob)
    {
        var properties = blob.Element("Properties");
        var metadata = blob.Element("Metadata")?.Elements()
            .ToDictionary(e => e.Name.LocalName, e => e.Value, StringComparer.OrdinalIgnoreCase)
            ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        return new BlobItem(
            blob.Element("Name")?.Value ?? string.Empty,
            long.TryParse(properties?.Element("Content-Length")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var length) ? length : 0,
            properties?.Element("Content-Type")?.Value ?? string.Empty,
            DateTimeOffset.TryParse(properties?.Element("Last-Modified")?.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var modified) ? modified : DateTimeOffset.MinValue,
            metadata);
    }
}
