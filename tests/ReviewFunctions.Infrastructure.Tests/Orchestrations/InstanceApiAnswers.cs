using System.Text.Json;
using ReviewFunctions.Infrastructure.Reviews;

namespace ReviewFunctions.Infrastructure.Tests.Orchestrations;

/// <summary>Reading the instance-management API's answers in tests.</summary>
internal static class InstanceApiAnswers
{
    public static JsonElement Json(ApiResponse response) => JsonDocument.Parse(response.Body).RootElement.Clone();

    /// <summary>The problem's type, which names the refusal: the last segment of its URI.</summary>
    public static string ProblemType(ApiResponse response)
    {
        Assert.Equal(ApiResponse.ProblemJson, response.ContentType);
        return Json(response).GetProperty("type").GetString()!.Split('/')[^1];
    }

    public static string Detail(ApiResponse response) => Json(response).GetProperty("detail").GetString()!;
}
