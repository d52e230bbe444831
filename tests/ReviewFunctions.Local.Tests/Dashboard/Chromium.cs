using Microsoft.Playwright;

namespace ReviewFunctions.Local.Tests.Dashboard;

/// <summary>
/// Debian's Chromium driven by Playwright's own driver (shipped in the NuGet package; no browser download). Without
/// the browser every test of the class fails with the reason, so a missing browser never passes for a green run.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The dashboard's browser tests need Debian's Chromium at {ExecutablePath}, and it is not installed. " +
                "Install it with: apt-get update && apt-get install -y chromium (.ci/run does this before the tests).");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser profile at a laptop's size, in UK English and UK time, with axe-core loaded into every page.</summary>
    public async Task<BrowserSession> OpenAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-GB",
            TimezoneId = "Europe/London",
            AcceptDownloads = true,
        });

        // An init script is added by the browser itself, outside the page's Content-Security-Policy, so axe can run
        // on pages that forbid every script of their own.
        await context.AddInitScriptAsync(await AxeCore.ScriptAsync());
        return new BrowserSession(context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}

/// <summary>One browser profile and its page, with every Content-Security-Policy refusal the page logged.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly List<string> consoleErrors = [];

    public BrowserSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (consoleErrors)
                {
                    consoleErrors.Add(message.Text);
                }
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>
    /// What the browser refused because our own policy forbids it (an inline style, a script): each is a part of the
    /// page that a person does not see as written. A sandboxed letter's blocked script is the sandbox working, not this.
    /// </summary>
    public IReadOnlyList<string> PolicyViolations
    {
        get
        {
            lock (consoleErrors)
            {
                return [.. consoleErrors.Where(e => e.Contains("Content Security Policy", StringComparison.Ordinal))];
            }
        }
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
