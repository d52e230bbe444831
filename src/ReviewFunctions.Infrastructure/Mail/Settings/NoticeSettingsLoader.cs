using System.Text;
using ReviewFunctions.Domain.Notices;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// Loads the Board's notice settings (Board details, directory overrides, agencies, notices to confirm first) from
/// <c>Notices__SettingsFile</c> (a JSON file, e.g. on mounted storage) or <c>Notices__Settings</c> (the JSON itself),
/// over the shipped directory of national bodies; and a Board's own template wording from
/// <c>Notices__TemplatesDirectory</c> (<c>{template-id}.txt</c> files) over the shipped templates.
/// </summary>
public static class NoticeSettingsLoader
{
    public static NoticeSettings Load(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var file = Read(setting, "Notices__SettingsFile");
        if (file is not null)
        {
            return File.Exists(file)
                ? NoticeSettingsReader.Read(Path.GetFileName(file), File.ReadAllBytes(file))
                : throw new MailConfigurationException("The file named by Notices__SettingsFile does not exist.");
        }

        var json = Read(setting, "Notices__Settings")
            ?? throw new MailConfigurationException("Set Notices__SettingsFile or Notices__Settings: the Board's name, mailbox, administrator and directory.");
        return NoticeSettingsReader.Read("Notices__Settings", Encoding.UTF8.GetBytes(json));
    }

    public static NoticeCatalogue Catalogue(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var folder = Read(setting, "Notices__TemplatesDirectory");
        if (folder is null)
        {
            return NoticeCatalogue.Embedded;
        }

        if (!Directory.Exists(folder))
        {
            throw new MailConfigurationException("The folder named by Notices__TemplatesDirectory does not exist.");
        }

        var replacements = Directory.GetFiles(folder, "*.txt").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal);
        return NoticeCatalogue.Embedded.WithTemplates(replacements);
    }

    private static string? Read(Func<string, string?> setting, string name)
    {
        var value = setting(name) ?? setting(name.Replace("__", ":", StringComparison.Ordinal));
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
