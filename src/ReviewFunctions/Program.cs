using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using ReviewFunctions.Composition;

// The isolated worker's host: the Functions host starts it and hands it each trigger over gRPC.
var builder = FunctionsApplication.CreateBuilder(args);
builder.Services.AddReviewFunctions(builder.Configuration);
builder.Build().Run();
