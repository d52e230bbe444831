using System.Diagnostics;

namespace ReviewFunctions.Infrastructure.Tests.Support;

/// <summary>
/// Reads PDFs back with poppler's command-line tools (Debian package poppler-utils, which .ci/run installs): an
/// independent reader, so a letter is proven by what a PDF viewer would find in it, not by what we meant to write.
/// </summary>
public static class Poppler
{
    public static Task<string> TextAsync(byte[] pdf) => RunAsync("pdftotext", pdf, "-enc", "UTF-8");

    /// <summary>Word boxes as XHTML (<c>&lt;word xMin=… xMax=…&gt;</c>), in points from the top left.</summary>
    public static Task<string> WordBoxesAsync(byte[] pdf) => RunAsync("pdftotext", pdf, "-bbox", "-enc", "UTF-8");

    public static Task<string> InfoAsync(byte[] pdf) => RunAsync("pdfinfo", pdf, "-enc", "UTF-8");

    public static Task<string> FontsAsync(byte[] pdf) => RunAsync("pdffonts", pdf);

    /// <summary>The XMP metadata packet as stored; poppler does not read it, so it checks nothing in it.</summary>
    public static Task<string> MetadataAsync(byte[] pdf) => RunAsync("pdfinfo", pdf, "-meta");

    private static async Task<string> RunAsync(string tool, byte[] pdf, params string[] options)
    {
        var file = Path.Combine(Path.GetTempPath(), $"rf-letter-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var option in options)
            {
                info.ArgumentList.Add(option);
            }

            info.ArgumentList.Add(file);
            if (tool == "pdftotext")
            {
                info.ArgumentList.Add("-");
            }

            Process process;
            try
            {
                process = Process.Start(info)!;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException($"{tool} is not installed: install Debian's poppler-utils (.ci/run does) to read letters back.", e);
            }

            using (process)
            {
                var output = process.StandardOutput.ReadToEndAsync();
                var errors = process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();

                // Poppler reports a damaged file on stderr and carries on; for us any complaint is a failure.
                return process.ExitCode == 0 && (await errors).Length == 0
                    ? await output
                    : throw new InvalidOperationException($"{tool} found fault with the PDF (exit {process.ExitCode}): {await errors}");
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
