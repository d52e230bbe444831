using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReviewFunctions.Local.Tests.Dashboard;

/// <summary>Signing in as a person does it in the browser: through the dashboard's own "who are you?" page.</summary>
public static class BrowserSignIn
{
    /// <summary>
    /// Opens <paramref name="address"/>; the dashboard sends a browser nobody has signed in with to the sign-in page,
    /// where <paramref name="name"/> is chosen, and back to the page asked for.
    /// </summary>
    public static async Task GotoAsAsync(this IPage page, string address, string name)
    {
        await page.GotoAsync(address);
        if (!page.Url.Contains("/sign-in", StringComparison.Ordinal))
        {
            await page.GotoAsync(new Uri(new Uri(address), "/sign-in?then=" + Uri.EscapeDataString(new Uri(address).PathAndQuery)).ToString());
        }

        await page.GetByLabel(name, new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(address);
        await Expect(page.Locator(".signed-in")).ToContainTextAsync($"Signed in as {name}");
    }
}
