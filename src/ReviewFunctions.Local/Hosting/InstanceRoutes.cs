using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReviewFunctions.Infrastructure.Orchestrations;
using ReviewFunctions.Local.Dashboard.Security;

namespace ReviewFunctions.Local.Hosting;

/// <summary>
/// The Durable Functions instance-management API at the address the Functions host serves it, so what an administrator
/// scripts against Azure (list, status, terminate, raise an event, rewind, purge) runs against the local engine too.
/// </summary>
public static class InstanceRoutes
{
    public const string Instances = "/runtime/webhooks/durabletask/instances";

    public static IEndpointRouteBuilder MapInstanceManagement(this IEndpointRouteBuilder app)
    {
        // In Azure a system key guards these; here a web page open in the same browser must not be able to stop a
        // review, so a request a browser says comes from another site is refused. Tools send no such header.
        var instances = app.MapGroup(Instances).AddEndpointFilter(async (context, next) =>
            RequestChecks.IsFromOurPages(context.HttpContext.Request)
                ? await next(context)
                : Results.Text("The instance-management API does not answer other sites' pages.", "text/plain", statusCode: StatusCodes.Status403Forbidden));
        instances.MapGet(string.Empty, async (HttpContext http, InstanceManagementApi api) =>
            await LocalRoutes.WriteAsync(http, await api.ListAsync(http.Request.Query["runtimeStatus"], http.RequestAborted)));
        instances.MapGet("/{instanceId}", async (HttpContext http, InstanceManagementApi api, string instanceId) =>
            await LocalRoutes.WriteAsync(http, await api.GetAsync(instanceId, http.Request.Query["returnInternalServerErrorOnFailure"], http.RequestAborted)));
        instances.MapPost("/{instanceId}/terminate", async (HttpContext http, InstanceManagementApi api, string instanceId) =>
            await LocalRoutes.WriteAsync(http, await api.TerminateAsync(instanceId, http.Request.Query["reason"], http.RequestAborted)));
        instances.MapPost("/{instanceId}/raiseEvent/{eventName}", async (HttpContext http, InstanceManagementApi api, string instanceId, string eventName) =>
            await LocalRoutes.WriteAsync(http, await api.RaiseEventAsync(instanceId, eventName, http.Request.ContentType, await LocalRoutes.BodyAsync(http), http.RequestAborted)));
        instances.MapPost("/{instanceId}/rewind", async (HttpContext http, InstanceManagementApi api, string instanceId) =>
            await LocalRoutes.WriteAsync(http, await api.RewindAsync(instanceId, http.Request.Query["reason"], http.RequestAborted)));
        instances.MapDelete("/{instanceId}", async (HttpContext http, InstanceManagementApi api, string instanceId) =>
            await LocalRoutes.WriteAsync(http, await api.PurgeAsync(instanceId, http.RequestAborted)));
        return app;
    }
}
