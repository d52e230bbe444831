using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Local.Cli;

/// <summary>A Board's own procedure files on disk, used instead of the shipped ones.</summary>
public static class ProcedureFolder
{
    public static ProcedureCatalogue Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"--procedures: folder '{folder}' does not exist");
        }

        var files = Directory.GetFiles(folder, "*.json").ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);
        try
        {
            return ProcedureCatalogue.Load(files);
        }
        catch (ProcedureLoadException e)
        {
            throw new UsageException($"--procedures: {e.Message}");
        }
    }
}
