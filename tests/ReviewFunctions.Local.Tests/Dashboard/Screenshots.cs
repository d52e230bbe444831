using Microsoft.Playwright;
using ReviewFunctions.Emulators.Storage;

namespace ReviewFunctions.Local.Tests.Dashboard;

/// <summary>Full-page screenshots kept under TestResults/screenshots (ignored by git), to look at what a person sees.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.Find(), "TestResults", "screenshots");

    public static async Task<string> TakeAsync(IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }
}
