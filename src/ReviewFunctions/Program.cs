using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using ReviewFunctions.Composition;

// The isolated worker's host. In an offline build (eng/FunctionsMode.props) CreateBuilder is a
// compile-only declaration and throws NotSupportedException: such a build cannot run.
var builder = FunctionsApplication.CreateBuilder(args);
builder.Services.AddReviewFunctions(builder.Configuration);
builder.Build().Run();
