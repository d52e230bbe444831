namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>How intake treats an attachment, by its name and declared type.</summary>
internal static class AttachmentKinds
{
    private static readonly HashSet<string> Programs = new(StringComparer.OrdinalIgnoreCase)
    {
        ".exe", ".com", ".bat", ".cmd", ".scr", ".pif", ".js", ".jse", ".vbs", ".vbe", ".wsf", ".wsh", ".ps1", ".msi",
        ".msp", ".dll", ".jar", ".hta", ".lnk", ".reg", ".cpl", ".iso", ".img", ".vhd", ".sh", ".app",
    };

    private static readonly HashSet<string> MacroDocuments = new(StringComparer.OrdinalIgnoreCase)
    {
        ".docm", ".dotm", ".xlsm", ".xltm", ".xlam", ".pptm", ".potm", ".ppsm",
    };

    public static bool IsWord(IntakeAttachment a) =>
        a.Name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || a.Name.EndsWith(".dotx", StringComparison.OrdinalIgnoreCase)
        || string.Equals(a.ContentType, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", StringComparison.OrdinalIgnoreCase);

    public static bool IsProgram(IntakeAttachment a) => Programs.Contains(Path.GetExtension(a.Name));

    public static bool IsMacroDocument(IntakeAttachment a) =>
        MacroDocuments.Contains(Path.GetExtension(a.Name)) || (a.ContentType?.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) ?? false);

    public static bool IsHtml(IntakeAttachment a) =>
        Path.GetExtension(a.Name) is { } e && (e.Equals(".htm", StringComparison.OrdinalIgnoreCase) || e.Equals(".html", StringComparison.OrdinalIgnoreCase))
        || string.Equals(a.ContentType, "text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file's kind in words ("a PDF", "an older Word (.doc) file") for a message to the sender.</summary>
    public static string Describe(IntakeAttachment a) => Path.GetExtension(a.Name).ToLowerInvariant() switch
    {
        ".pdf" => "a PDF",
        ".doc" => "an older Word (.doc) file",
        ".odt" => "an OpenDocument file",
        ".rtf" => "a rich-text file",
        ".zip" or ".7z" or ".rar" => "a compressed folder",
        ".jpg" or ".jpeg" or ".png" or ".gif" or ".tif" or ".tiff" or ".heic" => "a picture",
        "" => "a file without a type",
        var other => $"a {other} file",
    };
}
