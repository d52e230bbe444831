using Microsoft.Graph.Models.ODataErrors;

namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>Turns Graph's error shape (<c>{"error":{"code":…,"message":…}}</c>) into the case-file errors callers handle.</summary>
internal static class GraphFailure
{
    public static bool Is(ODataError error, int status, string? code = null) =>
        error.ResponseStatusCode == status && (code is null || string.Equals(error.Error?.Code, code, StringComparison.OrdinalIgnoreCase));

    public static async Task<T> Call<T>(string operation, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ODataError e)
        {
            throw new CaseFileServiceException(operation, e.ResponseStatusCode, e.Error?.Code, e);
        }
    }

    public static async Task Call(string operation, Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (ODataError e)
        {
            throw new CaseFileServiceException(operation, e.ResponseStatusCode, e.Error?.Code, e);
        }
    }
}
