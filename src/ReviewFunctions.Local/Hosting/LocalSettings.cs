namespace ReviewFunctions.Local.Hosting;

/// <summary>The local host's settings, read by name the way the Functions app reads its app settings.</summary>
public sealed class LocalSettings(Func<string, string?> read)
{
    public Func<string, string?> Read { get; } = read;
}
